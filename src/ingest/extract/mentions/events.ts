/**
 * Events: capitalised names ending in an event word ("Fergana Textile Expo 2024"),
 * quoted names beside an event noun ("Investitionsforum „Namangan Invest 2024“",
 * выставке "China-Eurasia Expo"), German hyphenated compounds
 * ("Deutsch-Usbekischen Wirtschaftsforum") and Russian adjective phrases
 * ("Ферганском международном инвестиционном форуме", "Недели российского бизнеса").
 */
import { latinName } from '../naming';
import { NAME_TOKEN, matchSentences, spanOf, type ArticleContext, type Candidate } from '../context';

/** Russian adjective endings: event names are adjective phrases ("Ферганском международном инвестиционном форуме"). */
const ADJ = '(?:ый|ий|ой|ая|яя|ое|ее|ого|его|ому|ему|ым|им|ом|ем|ую|юю|ых|их|ые|ие)';

const QUOTED = String.raw`[„"«“]([^“"»”]{2,60})[“"»”]`;

function patterns(context: ArticleContext): RegExp[] {
  const words = context.lexicon.eventWords.join('|');
  const common = [
    new RegExp(`\\p{L}*(?:${words})\\p{L}*\\s+${QUOTED}`, 'gdiu'),
    new RegExp(`${QUOTED}-?(?:${words})`, 'gdu'),
  ];
  if (context.language === 'ru') {
    return [
      ...common,
      new RegExp(
        `(\\p{Lu}[\\p{L}-]*${ADJ}(?:\\s+[\\p{Ll}-]+${ADJ}){0,3}?\\s+(?:бизнес-)?(?:форум|выставк|ярмарк)\\p{L}*)`,
        'dgu',
      ),
      /(Недел\p{L}+\s+\p{Ll}+\s+\p{Ll}+(?:\s+в\s+\p{Lu}\p{L}+)?)/dgu,
    ];
  }
  if (context.language === 'de') {
    return [
      ...common,
      new RegExp(`(\\p{Lu}\\p{L}+-\\p{Lu}\\p{L}+\\s+\\p{L}*(?:forum|messe|woche|Forum|Messe|Woche))`, 'gdu'),
    ];
  }
  return [...common, new RegExp(`((?:${NAME_TOKEN}\\s+){1,5}(?:${words})(?:\\s+\\d{4})?)(?![\\p{L}])`, 'gdu')];
}

export function findEvents(context: ArticleContext): Candidate[] {
  const found: Candidate[] = [];
  for (const pattern of patterns(context)) {
    for (const hit of matchSentences(context, pattern)) {
      const span = spanOf(context, hit, 1);
      const tokens = span.surface.split(/\s+/);
      while (tokens.length > 1 && context.lexicon.stopwords.has(tokens[0] ?? '')) tokens.shift();
      const surface = tokens.join(' ');
      const start = span.start + span.surface.indexOf(surface);
      const name = latinName(surface, context.language);
      found.push({
        start,
        end: start + surface.length,
        surface,
        sentenceIndex: hit.sentenceIndex,
        kind: 'Event',
        roles: [],
        name,
        base: name,
        rule: `${context.language}.event.name`,
        confidence: 0.85,
      });
    }
  }
  return found;
}
