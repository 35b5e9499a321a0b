/**
 * Government bodies named by their territory, where the language builds them so (Russian): a body noun
 * before the territory in the genitive ("акимат Костаная", "Правительством Оренбургской области") or a
 * body phrase after the territory's adjective ("Гродненского областного исполнительного комитета").
 * Canonical name in English ("Akimat of Kostanay", "Grodno Regional Executive Committee"). A body that
 * owns a delegation ("делегация хокимията Бухарской области") is left out: the delegation is the region's.
 */
import { latinName, lookupRussianAdjective } from '../naming';
import { NAME_TOKEN, matchSentences, spanOf, type ArticleContext, type Candidate } from '../context';
import { lookupInflectedPlace } from './places';

function body(context: ArticleContext, start: number, end: number, sentenceIndex: number, name: string): Candidate {
  return {
    start,
    end,
    surface: context.text.slice(start, end),
    sentenceIndex,
    kind: 'Organization',
    roles: ['GovernmentBody'],
    name,
    base: name,
    rule: `${context.language}.org.territorial-body`,
    confidence: 0.75,
  };
}

export function findTerritorialBodies(context: ArticleContext): Candidate[] {
  const { territorialBodies, placeAdjectiveEnding: ending, regionWords } = context.lexicon;
  if (!territorialBodies || !ending) return [];
  const found: Candidate[] = [];
  const adjective = `\\p{Lu}[\\p{L}-]*?${ending}`;
  const regionWord = regionWords.map(([word]) => word).join('|');
  const owner = new RegExp(`(?:${context.lexicon.cue.delegation.source})\\s*$`, 'iu');
  for (const [noun, head] of territorialBodies.before) {
    const pattern = new RegExp(
      `(?<![\\p{L}])(?:${noun})\\s+(?:(${adjective})\\s+(?:${regionWord})|(${NAME_TOKEN}))(?![\\p{L}])`,
      'gdu',
    );
    for (const hit of matchSentences(context, pattern)) {
      if (owner.test(context.text.slice(Math.max(0, hit.offset - 30), hit.offset))) continue;
      const [regionAdjective, placeWord] = [hit.match[1], hit.match[2]];
      const place = regionAdjective ? lookupRussianAdjective(regionAdjective) : lookupInflectedPlace(placeWord ?? '');
      if (!place) continue;
      const span = spanOf(context, hit, 0);
      const territory = regionAdjective ? `${place.name} Region` : place.name;
      found.push(body(context, span.start, span.end, hit.sentenceIndex, `${head} of ${territory}`));
    }
  }
  for (const [phrase, head] of territorialBodies.after) {
    const pattern = new RegExp(`(${adjective})\\s+(?:${phrase})(?![\\p{L}])`, 'gdu');
    for (const hit of matchSentences(context, pattern)) {
      const stem = (hit.match[1] ?? '').replace(new RegExp(`${ending}$`, 'u'), '');
      const place = lookupRussianAdjective(hit.match[1] ?? '')?.name ?? latinName(stem, 'ru');
      const span = spanOf(context, hit, 0);
      found.push(body(context, span.start, span.end, hit.sentenceIndex, `${place} ${head}`));
    }
  }
  return found;
}
