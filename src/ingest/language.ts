/**
 * Language detection for articles that arrive without one. tinyld scores the
 * text; a text it does not place in a supported language may still be one
 * tinyld does not know (Uzbek), by the frequent words its pack lists; anything
 * else comes back as unknown so the caller can warn instead of running the
 * wrong rules.
 */
import { detectAll } from 'tinyld';
import { isLanguage, languages, packs, type Language } from './languages';

export const supportedLanguages: readonly Language[] = languages;

export type Detection = { language: Language; confidence: number } | { language: 'unknown'; confidence: number };

/** A language tinyld does not know, by its frequent words (the pack's `detectionWords`): the one with the most. */
function byWords(sample: string): Detection | undefined {
  const words = sample.match(/\p{L}+/gu)?.length ?? 0;
  let found: Detection | undefined;
  for (const language of languages) {
    const cue = packs[language].detectionWords;
    const share = cue && words > 0 ? (sample.match(cue)?.length ?? 0) / words : 0;
    if (share >= 0.1 && share > (found?.confidence ?? 0)) found = { language, confidence: share };
  }
  return found;
}

export function detectLanguage(text: string): Detection {
  const sample = text.slice(0, 4000);
  // Cyrillic script is decisive for our three languages, and short texts fool n-gram models.
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  const cyrillic = sample.match(/\p{Script=Cyrillic}/gu)?.length ?? 0;
  if (letters > 0 && cyrillic / letters > 0.5) return { language: 'ru', confidence: cyrillic / letters };
  const [best] = detectAll(sample);
  if (!best || !isLanguage(best.lang))
    return byWords(sample) ?? { language: 'unknown', confidence: best?.accuracy ?? 0 };
  return { language: best.lang, confidence: best.accuracy };
}
