/**
 * Language detection for articles that arrive without one. tinyld scores the
 * text; anything it does not place in en/de/ru comes back as unknown so the
 * caller can warn instead of running the wrong rules.
 */
import { detectAll } from 'tinyld';
import { isLanguage, languages, type Language } from './languages';

export const supportedLanguages: readonly Language[] = languages;

export type Detection = { language: Language; confidence: number } | { language: 'unknown'; confidence: number };

export function detectLanguage(text: string): Detection {
  const sample = text.slice(0, 4000);
  // Cyrillic script is decisive for our three languages, and short texts fool n-gram models.
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  const cyrillic = sample.match(/\p{Script=Cyrillic}/gu)?.length ?? 0;
  if (letters > 0 && cyrillic / letters > 0.5) return { language: 'ru', confidence: cyrillic / letters };
  const [best] = detectAll(sample);
  if (!best || !isLanguage(best.lang)) return { language: 'unknown', confidence: best?.accuracy ?? 0 };
  return { language: best.lang, confidence: best.accuracy };
}
