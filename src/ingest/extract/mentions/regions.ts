/**
 * Region phrases: "the Ferghana region", "Balkan velayat" (en), "Gebiet(s) Almaty",
 * "Freistaat Bayern" (de), "Ферганской области", "провинция Кайсери" (ru).
 * Canonical name: the gazetteer's spelling of the base plus the type ("Fergana Region").
 */
import { latinName, lookupPlace, lookupRussianAdjective, placeName } from '../naming';
import { countryIn } from './countries';
import { NAME_TOKEN, matchSentences, spanOf, type ArticleContext, type Candidate } from '../context';

function candidate(
  context: ArticleContext,
  hit: Parameters<typeof spanOf>[1] & { sentenceIndex: number },
  base: string,
  suffix: string,
  rule: string,
): Candidate {
  const span = spanOf(context, hit, 0);
  const name = suffix ? `${base} ${suffix}` : base;
  return { ...span, sentenceIndex: hit.sentenceIndex, kind: 'Region', roles: [], name, base, rule, confidence: 0.9 };
}

function english(context: ArticleContext): Candidate[] {
  const found: Candidate[] = [];
  for (const [word, suffix] of context.lexicon.regionWords) {
    const cased = `${word}|${word.charAt(0).toUpperCase()}${word.slice(1)}`;
    const pattern = new RegExp(`((?:${NAME_TOKEN}\\s+){0,2}${NAME_TOKEN})\\s+(?:${cased})(?![\\p{L}])`, 'gdu');
    for (const hit of matchSentences(context, pattern)) {
      const tokens = (hit.match[1] ?? '').split(/\s+/);
      // "Belarus’ Gomel Oblast", "China’s Shaanxi Province": the possessive country is not part of the name.
      while (
        tokens.length > 1 &&
        (context.lexicon.stopwords.has(tokens[0] ?? '') || /['’](?:s)?$/u.test(tokens[0] ?? ''))
      )
        tokens.shift();
      if (tokens.length === 0 || context.lexicon.stopwords.has(tokens[0] ?? '') || !/^\p{Lu}/u.test(tokens[0] ?? ''))
        continue;
      const bare = tokens.join(' ');
      const start = hit.offset + hit.match[0].indexOf(bare);
      const end = hit.offset + hit.match[0].length;
      const surface = context.text.slice(start, end);
      found.push({
        start,
        end,
        surface,
        sentenceIndex: hit.sentenceIndex,
        kind: 'Region',
        roles: [],
        name: `${placeName(bare, 'en')} ${suffix}`,
        base: placeName(bare, 'en'),
        rule: 'en.region.name-type',
        confidence: 0.9,
      });
    }
  }
  return found;
}

/** "Fergana and Xorazm regions", "Andijan, Bukhara and Jizzakh regions": each name before the plural type word is a region. */
function englishCoordinated(context: ArticleContext): Candidate[] {
  const found: Candidate[] = [];
  const member = `(?:${NAME_TOKEN}\\s+)?${NAME_TOKEN}`;
  const regionWord = new RegExp(`^(?:${context.lexicon.regionWords.map(([w]) => w).join('|')})$`, 'iu');
  for (const [word, suffix] of context.lexicon.regionWords) {
    const pattern = new RegExp(
      `(${member}(?:(?:,\\s+|,?\\s+and\\s+)${member})*,?\\s+and\\s+${member})\\s+(?:${word})s(?![\\p{L}])`,
      'gdu',
    );
    for (const hit of matchSentences(context, pattern)) {
      const list = hit.match[1] ?? '';
      const listStart = hit.offset + hit.match[0].indexOf(list);
      for (const part of list.matchAll(new RegExp(member, 'gu'))) {
        const tokens = part[0].split(/\s+/);
        while (tokens.length > 0 && context.lexicon.stopwords.has(tokens[0] ?? '')) tokens.shift();
        const bare = tokens.join(' ');
        // "Grodno Oblast and Samarkand and Andijan regions": a member with its own type word is read on its
        // own; "regions of Uzbekistan, Grodno Oblast and ...": a country is no member.
        if (!bare || regionWord.test(tokens.at(-1) ?? '') || countryIn(bare, 'en')) continue;
        const start = listStart + (part.index ?? 0) + part[0].indexOf(bare);
        found.push({
          start,
          end: start + bare.length,
          surface: bare,
          sentenceIndex: hit.sentenceIndex,
          kind: 'Region',
          roles: [],
          name: `${placeName(bare, 'en')} ${suffix}`,
          base: placeName(bare, 'en'),
          rule: 'en.region.coordinated',
          confidence: 0.85,
        });
      }
    }
  }
  return found;
}

function german(context: ArticleContext): Candidate[] {
  const found: Candidate[] = [];
  for (const [word, suffix] of context.lexicon.regionWords) {
    const pattern = new RegExp(`(?<![\\p{L}])(?:${word})\\s+(${NAME_TOKEN})`, 'gdu');
    for (const hit of matchSentences(context, pattern)) {
      const bare = hit.match[1] ?? '';
      if (!lookupPlace(bare) && !/^\p{Lu}\p{Ll}+$/u.test(bare)) continue;
      if (context.lexicon.stopwords.has(bare)) continue;
      found.push(candidate(context, hit, placeName(bare, 'de'), suffix, 'de.region.type-name'));
    }
  }
  return found;
}

function russian(context: ArticleContext): Candidate[] {
  const found: Candidate[] = [];
  for (const [word, suffix] of context.lexicon.regionWords) {
    const adjective = new RegExp(`(\\p{Lu}[\\p{L}-]*?)(?:ская|ской|скую|ском|ским|ские|ских)\\s+(?:${word})`, 'gdu');
    for (const hit of matchSentences(context, adjective)) {
      const word0 = hit.match[0].split(/\s+/)[0] ?? '';
      const known = lookupRussianAdjective(word0);
      const bare = known?.name ?? latinName(hit.match[1] ?? '', 'ru');
      found.push(candidate(context, hit, bare, suffix, 'ru.region.adjective-type'));
    }
    const noun = new RegExp(`(?<![\\p{L}])(?:${word})\\s+(${NAME_TOKEN})`, 'gdu');
    for (const hit of matchSentences(context, noun)) {
      // "Согдийской области Таджикистана": a country after the region word is the region's country, not its name.
      if (countryIn(hit.match[1] ?? '', 'ru')) continue;
      found.push(candidate(context, hit, placeName(hit.match[1] ?? '', 'ru'), suffix, 'ru.region.type-name'));
    }
  }
  return found;
}

export function findRegions(context: ArticleContext): Candidate[] {
  if (context.language === 'de') return german(context);
  if (context.language === 'ru') return russian(context);
  return [...english(context), ...englishCoordinated(context)];
}
