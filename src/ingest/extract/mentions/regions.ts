/**
 * Region phrases: "the Ferghana region", "Balkan velayat" (en), "Gebiet(s) Almaty",
 * "Freistaat Bayern" (de), "Ферганской области", "провинция Кайсери" (ru).
 * Canonical name: the gazetteer's spelling of the base plus the type ("Fergana Region").
 */
import { latinName, lookupPlace, lookupRussianAdjective, placeName } from '../naming';
import { countryIn } from './countries';
import { isDemonym, withoutNationality } from './demonyms';
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

function nameType(context: ArticleContext): Candidate[] {
  const found: Candidate[] = [];
  for (const [word, suffix] of context.lexicon.regionWords) {
    const cased = `${word}|${word.charAt(0).toUpperCase()}${word.slice(1)}`;
    const pattern = new RegExp(`((?:${NAME_TOKEN}\\s+){0,2}${NAME_TOKEN})\\s+(?:${cased})(?![\\p{L}])`, 'gdu');
    for (const hit of matchSentences(context, pattern)) {
      let tokens = (hit.match[1] ?? '').split(/\s+/);
      while (tokens.length > 0 && context.lexicon.stopwords.has(tokens[0] ?? '')) tokens.shift();
      // "Belarus’ Gomel Oblast", "the Kazakh Mangystau region": the country is context, not part of the name.
      tokens = withoutNationality(context.lexicon, tokens, (word) => countryIn(word, context.language) !== undefined);
      if (tokens.length === 0 || !/^\p{Lu}/u.test(tokens[0] ?? '')) continue;
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
        name: `${placeName(bare, context.language)} ${suffix}`,
        base: placeName(bare, context.language),
        rule: `${context.language}.region.name-type`,
        confidence: 0.9,
      });
    }
  }
  return found;
}

/**
 * "the Province of Mangystau": a capitalised type word before "of" and a place. "Region of" is left out
 * ("the Region of Central Asia" is no unit), and so is a country after "of" ("Province of China").
 */
function typeOfName(context: ArticleContext): Candidate[] {
  const found: Candidate[] = [];
  for (const [word, suffix] of context.lexicon.regionWords) {
    if (!['Province', 'Voivodeship', 'Prefecture'].includes(suffix) && word !== 'oblast') continue;
    const capitalised = `${word.charAt(0).toUpperCase()}${word.slice(1)}`;
    // Not "Bayzak Province of ...", where the type word closes the name before it.
    const pattern = new RegExp(
      `(?<!\\p{Lu}[\\p{L}-]*\\s)(?<![\\p{L}])${capitalised}\\s+of\\s+(${NAME_TOKEN}(?:\\s+${NAME_TOKEN}){0,2})`,
      'gdu',
    );
    for (const hit of matchSentences(context, pattern)) {
      const words = (hit.match[1] ?? '').split(/\s+/);
      const stop = words.findIndex((w) => context.lexicon.stopwords.has(w));
      const bare = words.slice(0, stop < 0 ? undefined : stop).join(' ');
      if (!bare || countryIn(bare, context.language)) continue;
      const start = hit.offset;
      const end = context.text.indexOf(bare, hit.offset) + bare.length;
      found.push({
        start,
        end,
        surface: context.text.slice(start, end),
        sentenceIndex: hit.sentenceIndex,
        kind: 'Region',
        roles: [],
        name: `${placeName(bare, context.language)} ${suffix === 'Province' ? 'Region' : suffix}`,
        base: placeName(bare, context.language),
        rule: `${context.language}.region.type-of-name`,
        confidence: 0.85,
      });
    }
  }
  return found;
}

function typeName(context: ArticleContext): Candidate[] {
  const found: Candidate[] = [];
  // "Hochsauerlandkreis": the type word closes the compound; the stem before it is the name.
  for (const [word, suffix] of context.lexicon.regionCompounds ?? []) {
    const pattern = new RegExp(`(?<![\\p{L}-])(\\p{Lu}\\p{Ll}{3,})(?:${word})(?![\\p{L}])`, 'gdu');
    for (const hit of matchSentences(context, pattern))
      found.push(
        candidate(
          context,
          hit,
          placeName(hit.match[1] ?? '', context.language),
          suffix,
          `${context.language}.region.compound`,
        ),
      );
  }
  for (const [word, suffix] of context.lexicon.regionWords)
    found.push(
      ...typeWordThenName(
        context,
        word,
        suffix,
        (bare) => (lookupPlace(bare) || /^\p{Lu}\p{Ll}+$/u.test(bare)) && !context.lexicon.stopwords.has(bare),
      ),
    );
  return found;
}

/** "Region X", "области X": the type word, then the name; `keep` says which names to take. */
function typeWordThenName(
  context: ArticleContext,
  word: string,
  suffix: string,
  keep: (bare: string, after: string) => boolean,
): Candidate[] {
  const found: Candidate[] = [];
  const pattern = new RegExp(`(?<![\\p{L}])(?:${word})\\s+(${NAME_TOKEN})`, 'gdu');
  for (const hit of matchSentences(context, pattern)) {
    const bare = hit.match[1] ?? '';
    const end = hit.offset + hit.match[0].length;
    if (!keep(bare, context.text.slice(end, end + 3))) continue;
    found.push(
      candidate(context, hit, placeName(bare, context.language), suffix, `${context.language}.region.type-name`),
    );
  }
  return found;
}

function adjectiveOrTypeName(context: ArticleContext, endings: string): Candidate[] {
  const found: Candidate[] = [...russianCoordinated(context)];
  for (const [word, suffix] of context.lexicon.regionWords) {
    const adjective = new RegExp(`(\\p{Lu}[\\p{L}-]*?)(?:${endings})\\s+(?:${word})`, 'gdu');
    for (const hit of matchSentences(context, adjective)) {
      const word0 = hit.match[0].split(/\s+/)[0] ?? '';
      const known = lookupRussianAdjective(word0);
      const bare = known?.name ?? latinName(hit.match[1] ?? '', context.language);
      found.push(candidate(context, hit, bare, suffix, `${context.language}.region.adjective-type`));
    }
    found.push(
      ...typeWordThenName(
        context,
        word,
        suffix,
        // "Согдийской области Таджикистана": a country after the region word is the region's country, not its name;
        // "губернатором области Андреем Шевелёвым": an unknown word with a second name after it is a person's name.
        (bare, after) =>
          !countryIn(bare, context.language) && (lookupPlace(bare) !== undefined || !/^\s\p{Lu}/u.test(after)),
      ),
    );
  }
  return found;
}

/**
 * "между Костанайской и Гродненской областями": the plural type word is shared by every adjective of the
 * coordination; each adjective before the last is a region of its own (the last is found with the type word).
 */
function russianCoordinated(context: ArticleContext): Candidate[] {
  const found: Candidate[] = [];
  const ending = context.lexicon.placeAdjectiveEnding;
  if (!ending) return found;
  const adjective = `\\p{Lu}[\\p{L}-]*?${ending}`;
  const joint = `(?:\\s*,\\s*|\\s+(?:${context.lexicon.conjunction})\\s+)`;
  for (const [word, suffix] of context.lexicon.regionPlurals) {
    const pattern = new RegExp(`((?:${adjective}${joint})+)${adjective}\\s+(?:${word})(?![\\p{L}])`, 'gdu');
    for (const hit of matchSentences(context, pattern)) {
      const whole = spanOf(context, hit, 1);
      for (const part of whole.surface.matchAll(new RegExp(`${adjective}`, 'gu'))) {
        const start = whole.start + part.index;
        const stem = part[0].replace(new RegExp(`${ending}$`, 'u'), '');
        const bare = lookupRussianAdjective(part[0])?.name ?? latinName(stem, 'ru');
        found.push({
          start,
          end: start + part[0].length,
          surface: part[0],
          sentenceIndex: hit.sentenceIndex,
          kind: 'Region',
          roles: [],
          name: `${bare} ${suffix}`,
          base: bare,
          rule: 'ru.region.coordinated',
          confidence: 0.85,
        });
      }
    }
  }
  return found;
}

/**
 * "Fergana and Xorazm regions", "the Samarkand, Bukhara and Andijan oblasts": the plural type word is
 * shared by every name of the coordination, each of which is a region of its own (span: the name alone).
 * A conjunct that carries its own type word ("Grodno Oblast and ...") ends the coordination.
 */
function coordinated(context: ArticleContext): Candidate[] {
  const found: Candidate[] = [];
  const conjunct = `${NAME_TOKEN}(?:\\s+${NAME_TOKEN}){0,2}`;
  const and = context.lexicon.conjunction;
  const joint = `(?:\\s*,\\s*(?:(?:${and})\\s+)?|\\s+(?:${and})\\s+)`;
  const singular = new RegExp(`(?:^|\\s)(?:${context.lexicon.regionWords.map(([w]) => w).join('|')})$`, 'iu');
  for (const [word, suffix] of context.lexicon.regionPlurals) {
    const pattern = new RegExp(`(${conjunct}(?:${joint}${conjunct})+)\\s+(?:${word})(?![\\p{L}])`, 'gdu');
    for (const hit of matchSentences(context, pattern)) {
      const whole = spanOf(context, hit, 1);
      const parts: { start: number; words: string[] }[] = [];
      const splitter = new RegExp(joint, 'gu');
      let from = 0;
      for (const separator of [...whole.surface.matchAll(splitter), undefined]) {
        const to = separator ? separator.index : whole.surface.length;
        parts.push({ start: whole.start + from, words: whole.surface.slice(from, to).split(/\s+/) });
        if (separator) from = separator.index + separator[0].length;
      }
      const own = parts.findLastIndex((p) => singular.test(p.words.join(' ')));
      const shared = parts.slice(own + 1);
      for (const part of shared) {
        let words = part.words;
        while (words.length > 0 && context.lexicon.stopwords.has(words[0] ?? '')) words = words.slice(1);
        words = withoutNationality(context.lexicon, words, (w) => countryIn(w, context.language) !== undefined);
        part.words = words;
      }
      // "Kyrgyz and Russian regions": nationality adjectives only say whose regions, they name none.
      const named = shared.filter(
        (p) =>
          p.words.length > 0 &&
          !countryIn(p.words.join(' '), context.language) &&
          !(p.words.length === 1 && isDemonym(context.lexicon, p.words[0]!)),
      );
      if (named.length < 2) continue;
      for (const part of named) {
        const bare = part.words.join(' ');
        const start = context.text.indexOf(bare, part.start);
        found.push({
          start,
          end: start + bare.length,
          surface: bare,
          sentenceIndex: hit.sentenceIndex,
          kind: 'Region',
          roles: [],
          name: `${placeName(bare, context.language)} ${suffix}`,
          base: placeName(bare, context.language),
          rule: `${context.language}.region.coordinated`,
          confidence: 0.85,
        });
      }
    }
  }
  return found;
}

export function findRegions(context: ArticleContext): Candidate[] {
  const { regionPhrase, regionAdjective } = context.lexicon;
  if (regionPhrase === 'type-name') return typeName(context);
  if (regionPhrase === 'adjective-type') return adjectiveOrTypeName(context, regionAdjective ?? '(?!)');
  return [...nameType(context), ...coordinated(context), ...typeOfName(context)];
}
