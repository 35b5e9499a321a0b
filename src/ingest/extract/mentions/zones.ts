/**
 * Economic zones: "Kokand Free Economic Zone", "Kokand FEZ" (en),
 * "Freie Wirtschaftszone Urgut", "Industriezone Kaskelen" (de),
 * "свободной экономической зоне "Наманган"", "СЭЗ "Алатау"" (ru).
 */
import { placeName } from '../naming';
import { NAME_TOKEN, matchSentences, spanOf, type ArticleContext, type Candidate } from '../context';

const kindsOfZone: [RegExp, string][] = [
  [/^(?:special|sonder|специальн|сэз|sez|оэз)/i, 'Special Economic Zone'],
  [/^(?:industri|индустриальн)/i, 'Industrial Zone'],
  [/^(?:technolog|технолог)/i, 'Technology Park'],
];

function zoneType(cue: string): string {
  return kindsOfZone.find(([pattern]) => pattern.test(cue))?.[1] ?? 'Free Economic Zone';
}

const patterns: Record<string, RegExp[]> = {
  en: [
    new RegExp(
      `((?:${NAME_TOKEN}\\s+){0,2}?${NAME_TOKEN})\\s+((?:Free|Special|Industrial)\\s+(?:Economic|Industrial)?\\s*Zone|FEZ|SEZ|Industrial Park|Technopark)(?![\\p{L}])`,
      'gdu',
    ),
  ],
  de: [
    new RegExp(
      `((?:[Ff]reie[nr]?|Sonder)\\s*[Ww]irtschaftszone|Sonderwirtschaftszone|Industriezone|Industriepark)\\s+["«„“]?(${NAME_TOKEN})["»“”]?`,
      'gdu',
    ),
  ],
  ru: [
    new RegExp(
      `((?:свободн|специальн|индустриальн)\\p{L}*\\s+(?:экономическ\\p{L}*\\s+)?(?:зон|парк)\\p{L}*|СЭЗ|ОЭЗ|FEZ|SEZ)\\s+["«„]([^"»“]+)["»“]`,
      'gdu',
    ),
  ],
};

export function findZones(context: ArticleContext): Candidate[] {
  const found: Candidate[] = [];
  const nameFirst = context.language === 'en';
  for (const pattern of patterns[context.language] ?? []) {
    for (const hit of matchSentences(context, pattern)) {
      const tokens = (hit.match[nameFirst ? 1 : 2] ?? '').split(/\s+/);
      while (tokens.length > 1 && context.lexicon.stopwords.has(tokens[0] ?? '')) tokens.shift();
      const bare = tokens.join(' ');
      const cue = hit.match[nameFirst ? 2 : 1] ?? '';
      const span = spanOf(context, hit, 0);
      const start = nameFirst ? span.start + span.surface.indexOf(bare) : span.start;
      const surface = context.text.slice(start, span.end);
      const base = placeName(bare, context.language);
      const name = nameFirst && !/^(?:FEZ|SEZ)$/.test(cue) ? surface : `${base} ${zoneType(cue)}`;
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
