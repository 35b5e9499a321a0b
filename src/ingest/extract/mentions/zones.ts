/**
 * Economic zones: "Kokand Free Economic Zone", "Kokand FEZ" (en),
 * "Freie Wirtschaftszone Urgut", "Industriezone Kaskelen" (de),
 * "свободной экономической зоне "Наманган"", "СЭЗ "Алатау"" (ru).
 */
import type { LanguagePack } from '../../languages';
import { placeName } from '../naming';
import { NAME_TOKEN, matchSentences, spanOf, type ArticleContext, type Candidate } from '../context';

const compiled = new WeakMap<LanguagePack, RegExp[]>();

function zonePatterns(pack: LanguagePack): RegExp[] {
  let patterns = compiled.get(pack);
  if (!patterns) {
    patterns = pack.zones.patterns(NAME_TOKEN);
    compiled.set(pack, patterns);
  }
  return patterns;
}

export function findZones(context: ArticleContext): Candidate[] {
  const found: Candidate[] = [];
  const { acronym, kinds } = context.lexicon.zones;
  const zoneType = (cue: string) => kinds.find(([pattern]) => pattern.test(cue))?.[1] ?? 'Free Economic Zone';
  for (const pattern of zonePatterns(context.lexicon)) {
    for (const hit of matchSentences(context, pattern)) {
      const groups = hit.match.indices?.groups;
      const nameFirst = (groups?.name?.[0] ?? 0) < (groups?.cue?.[0] ?? 0);
      const tokens = (hit.match.groups?.name ?? '').split(/\s+/);
      while (tokens.length > 1 && context.lexicon.stopwords.has(tokens[0] ?? '')) tokens.shift();
      const bare = tokens.join(' ');
      const cue = hit.match.groups?.cue ?? '';
      const span = spanOf(context, hit, 0);
      const start = nameFirst ? span.start + span.surface.indexOf(bare) : span.start;
      const surface = context.text.slice(start, span.end);
      const base = placeName(bare, context.language);
      const name = nameFirst && !acronym?.test(cue) ? surface : `${base} ${zoneType(cue)}`;
      found.push({
        start,
        end: span.end,
        surface,
        sentenceIndex: hit.sentenceIndex,
        kind: 'Region',
        roles: ['EconomicZone'],
        name,
        base: `${base} zone`,
        rule: `${context.language}.zone.name`,
        confidence: 0.9,
      });
    }
  }
  return found;
}
