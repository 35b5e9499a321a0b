/**
 * Referring expressions resolved to entities: "the ambassador" to the diplomat,
 * "the khokim" to the head of the region, "the region"/"области" to the main
 * region, "the plant"/"the enterprise" to the last enterprise named, "the group"
 * to the last investor, "the forum" to the last event, "the zone" to the last zone,
 * "this city" to the last city.
 */
import type { ExtractedEntity, Sentence } from '../../types';
import type { ArticleContext } from '../context';
import type { Referent } from '../../languages';
import type { ArticleState, Item } from './view';

type Pick = (state: ArticleState, before: number) => ExtractedEntity | undefined;

const lastMentioned =
  (test: (e: ExtractedEntity) => boolean): Pick =>
  (state, before) => {
    let best: { entity: ExtractedEntity; at: number } | undefined;
    for (const entity of state.entities.filter(test)) {
      for (const mention of entity.mentions) {
        if (mention.start < before && (!best || mention.start > best.at)) best = { entity, at: mention.start };
      }
    }
    return best?.entity;
  };

/**
 * The most mentioned before the reference (what the reader has met so far); of equally mentioned ones, the
 * one named last; with none before it, the most mentioned in the article.
 */
const mostMentioned =
  (test: (e: ExtractedEntity) => boolean): Pick =>
  (state, before) => {
    const seen = (e: ExtractedEntity) => e.mentions.filter((m) => m.start < before);
    const lastAt = (e: ExtractedEntity): number => Math.max(-1, ...seen(e).map((m) => m.start));
    return [...state.entities.filter(test)].sort(
      (a, b) => seen(b).length - seen(a).length || lastAt(b) - lastAt(a) || b.mentions.length - a.mentions.length,
    )[0];
  };

const diplomat = lastMentioned((e) => e.kind === 'Person' && e.roles.includes('Diplomat'));
const head = lastMentioned((e) => e.kind === 'Person' && e.roles.includes('Official'));
const mainRegion = mostMentioned((e) => e.kind === 'Region' && !e.roles.includes('EconomicZone'));
const enterprise = lastMentioned(
  (e) => e.kind === 'Organization' && e.roles.includes('Enterprise') && !e.roles.includes('Investor'),
);
const embassy = mostMentioned((e) => e.kind === 'Organization' && e.roles.includes('Embassy'));
const delegation: Pick = (state) => state.delegation?.leader ?? state.delegation?.owner;
const visitor: Pick = (state, before) =>
  state.lastVisitors?.find((e) => e.kind === 'Person') ?? diplomat(state, before);
/** The last investor, or the last organisation whose name makes it a group of companies. */
const investor = (groupName: RegExp): Pick =>
  lastMentioned((e) => e.kind === 'Organization' && (e.roles.includes('Investor') || groupName.test(e.name)));
const event = lastMentioned((e) => e.kind === 'Event');
const zone = lastMentioned((e) => e.roles.includes('EconomicZone'));
const city = lastMentioned((e) => e.kind === 'City');

const picksOf = (context: ArticleContext): Record<Referent, Pick> => ({
  embassy,
  diplomat,
  head,
  mainRegion,
  enterprise,
  investor: investor(context.lexicon.groupName),
  event,
  zone,
  city,
});

/** Per-sentence patterns from the lexicon: "the guests" (the delegation) and, in visit or meeting sentences, "he"/"sie"/"он" (the visitor). */
function lexiconPatterns(context: ArticleContext, sentence: Sentence): [RegExp, Pick][] {
  const { cue } = context.lexicon;
  const found: [RegExp, Pick][] = [[cue.guests, delegation]];
  if (cue.meet.test(sentence.text) || cue.visit.test(sentence.text)) found.push([cue.pronoun, visitor]);
  return found;
}

/** "предприятие ООО "X"", "the plant Ferganaazot": a noun right before a name is that name's apposition, not a reference. */
function beforeName(context: ArticleContext, end: number, named: Item[]): boolean {
  return named.some(
    (item) => item.start >= end && /^\s*(?:[\p{Lu}]{2,4}\s+)?["«„“]?\s*$/u.test(context.text.slice(end, item.start)),
  );
}

/** "the enterprise for the production of building materials", "предприятие по производству": a new description, not a reference. */
function describes(context: ArticleContext, end: number): boolean {
  return context.lexicon.newDescription.test(context.text.slice(end, end + 40));
}

export function referencesIn(context: ArticleContext, state: ArticleState, sentence: Sentence, named: Item[]): Item[] {
  const found: Item[] = [];
  const picks = picksOf(context);
  const fixed = context.lexicon.references.map(([pattern, referent]): [RegExp, Pick] => [pattern, picks[referent]]);
  for (const [pattern, pick] of [...fixed, ...lexiconPatterns(context, sentence)]) {
    pattern.lastIndex = 0;
    for (const match of sentence.text.matchAll(pattern)) {
      const start = sentence.start + (match.index ?? 0);
      const end = start + match[0].length;
      if (
        named.some((item) => start < item.end && end > item.start) ||
        beforeName(context, end, named) ||
        describes(context, end)
      )
        continue;
      if (found.some((item) => start < item.end && end > item.start)) continue;
      // "the mayor of Bishkek, Nurlan Sadykov": a title that anchors a named person refers to that person.
      if (state.links.some((link) => start < link.titleEnd && end > link.titleStart)) continue;
      // A Russian "области" right after a region adjective is part of that name, not a reference.
      const inName = context.lexicon.referenceInName;
      if (
        inName &&
        inName.reference.test(match[0]) &&
        inName.before.test(context.text.slice(Math.max(0, start - 6), start))
      )
        continue;
      const entity = pick(state, start);
      if (entity) found.push({ entity, start, end, ref: true });
    }
  }
  return found;
}
