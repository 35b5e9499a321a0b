/**
 * Events: capitalised names ending in an event word ("Fergana Textile Expo 2024"),
 * quoted names beside an event noun ("Investitionsforum „Namangan Invest 2024“",
 * выставке "China-Eurasia Expo"), German hyphenated compounds
 * ("Deutsch-Usbekischen Wirtschaftsforum") and Russian adjective phrases
 * ("Ферганском международном инвестиционном форуме", "Недели российского бизнеса"); the
 * per-language patterns are in the lexicon (eventNames).
 */
import { latinName } from '../naming';
import { NAME_TOKEN, matchSentences, spanOf, type ArticleContext, type Candidate } from '../context';

const QUOTED = String.raw`[„"«“]([^“"»”]{2,90})[“"»”]`;

function patterns(context: ArticleContext): RegExp[] {
  const words = context.lexicon.eventWords.join('|');
  return [
    new RegExp(`\\p{L}*(?:${words})\\p{L}*\\s+${QUOTED}`, 'gdiu'),
    new RegExp(`${QUOTED}-?(?:${words})`, 'gdu'),
    ...context.lexicon.eventNames(NAME_TOKEN, words),
  ];
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
  nameDescriptions(context, found);
  return found;
}

/**
 * "the 3rd International Trade Forum “Navoi Expo-2021”": a description right before the quoted proper
 * name is the same event, named by the proper name (the description becomes an alias).
 */
function nameDescriptions(context: ArticleContext, found: Candidate[]): void {
  for (const description of found) {
    const named = found.find(
      (c) =>
        c !== description &&
        c.start > description.end &&
        /^\s*[„"«“]$/u.test(context.text.slice(description.end, c.start)),
    );
    if (named) {
      description.name = named.name;
      description.base = named.base;
    }
  }
}
