/**
 * VISITED: a visit cue. Visitors: the delegation named in the sentence (its body
 * and leader), else the subject person (before the cue; in German anywhere), else,
 * for agentless cues ("a tour of X was held"), whoever visited last. Targets:
 * places and organisations in the cue's object phrase only, which ends at a new
 * clause ("where", ", wo", ", где"); a German participle at the end takes the
 * phrase before it. "Arrived in X" / "Besuch in X" has one target. A place that
 * only locates a named target ("both located in the city of X", "aus Chemnitz")
 * is not visited. Dates: a single day (a range gives none); future visits are planned.
 */
import type { ExtractedEntity } from '../../types';
import { dateIn, dayRangeIn } from './quantities';
import { between, inComplement, type Item, type RelationRule, type SentenceView } from './view';

const visitable = (i: Item): boolean =>
  i.entity.kind === 'Region' || i.entity.kind === 'City' || i.entity.kind === 'Organization';

function visitorsOf(view: SentenceView, cueEnd: number): ExtractedEntity[] {
  const { lexicon, language } = view.article;
  const text = view.sentence.text;
  const visitors: ExtractedEntity[] = [];
  const group = view.state.delegation;
  const groupHere =
    lexicon.cue.delegation.test(text) ||
    view.items.some((i) => i.ref && (i.entity === group?.owner || i.entity === group?.leader));
  if (groupHere && group) for (const e of [group.owner, group.leader]) if (e) visitors.push(e);
  const person = view.items.find(
    (i) =>
      i.entity.kind === 'Person' &&
      (language === 'de' || i.start < cueEnd) &&
      !/(?:\b(?:mit|von|vom|with|by)|\bс)\s+(?:\p{L}+\s+){0,4}$/iu.test(
        between(view, Math.max(view.sentence.start, i.start - 40), i.start),
      ),
  );
  if (person && !visitors.includes(person.entity)) visitors.push(person.entity);
  if (visitors.length === 0 && lexicon.cue.visitAgentless.test(text)) visitors.push(...(view.state.lastVisitors ?? []));
  return visitors;
}

/** The object phrase of one cue: [start, end) offsets. */
function objectPhrase(
  view: SentenceView,
  cueStart: number,
  cueEnd: number,
  visitors: ExtractedEntity[],
): [number, number] {
  const { lexicon, language, text } = view.article;
  const finalParticiple = language === 'de' && /^\s*(?:[.,;:]|$)/.test(text.slice(cueEnd, cueEnd + 2));
  if (finalParticiple) {
    const lastVisitor = Math.max(
      view.sentence.start,
      ...view.items.filter((i) => visitors.includes(i.entity) && i.end <= cueStart).map((i) => i.end),
    );
    const auxiliary = [
      ...text.slice(lastVisitor, cueStart).matchAll(/\b(?:hat|haben|hatte|ist|sind|war|wurde|wurden)\b/g),
    ].at(-1);
    return [auxiliary ? lastVisitor + (auxiliary.index ?? 0) : lastVisitor, cueStart];
  }
  const rest = text.slice(cueEnd, view.sentence.end);
  const stop = lexicon.cue.clauseStop.exec(rest);
  return [cueEnd, stop ? cueEnd + stop.index : view.sentence.end];
}

function targetsOf(view: SentenceView, cueStart: number, cueEnd: number, visitors: ExtractedEntity[]): Item[] {
  const { lexicon, text } = view.article;
  const [from, to] = objectPhrase(view, cueStart, cueEnd, visitors);
  let found = view.items.filter(
    (i) =>
      i.start >= from && i.end <= to && visitable(i) && !visitors.includes(i.entity) && !inComplement(view.state, i),
  );
  const locating = (i: Item): boolean =>
    lexicon.cue.locativeBefore.test(text.slice(Math.max(0, i.start - 40), i.start));
  if (found.some((i) => i.entity.kind === 'Organization' && !locating(i)))
    found = found.filter((i) => !locating(i) || i.entity.kind === 'Organization');
  // "arrived in X", "Besuch in X", "прибыл в X": the first place only.
  if (
    /(?:\bin|\bto|\bnach|\bв|\bво)\s*$/iu.test(text.slice(cueStart, cueEnd)) ||
    /^\s+(?:in|im|to|nach|в|во)\s/iu.test(text.slice(cueEnd, cueEnd + 5))
  )
    found = found.slice(0, 1);
  return found;
}

export const visits: RelationRule = (view) => {
  const { lexicon, language } = view.article;
  const text = view.sentence.text;
  const cues = [...text.matchAll(new RegExp(lexicon.cue.visit.source, `${lexicon.cue.visit.flags.replace('g', '')}g`))];
  if (cues.length === 0) return;
  const firstEnd = view.sentence.start + (cues[0]?.index ?? 0) + (cues[0]?.[0].length ?? 0);
  const visitors = visitorsOf(view, firstEnd);
  if (visitors.length === 0) return;
  const properties: Record<string, string> = {};
  // A range ("from 7 to 10 February") is no single date; the ontology's VISITED has no period.
  const date = dayRangeIn(text, lexicon, view.state.publishedYear)
    ? undefined
    : dateIn(text, lexicon, view.state.publishedYear);
  if (date) properties.date = date;
  if (lexicon.cue.planned.test(text)) properties.status = 'planned';
  let visited = false;
  for (const cue of cues) {
    const cueStart = view.sentence.start + (cue.index ?? 0);
    for (const place of targetsOf(view, cueStart, cueStart + cue[0].length, visitors)) {
      visited = true;
      for (const visitor of visitors)
        view.emit('VISITED', visitor, place.entity, properties, `${language}.visit.cue`, 0.7);
    }
  }
  if (visited) view.state.lastVisitors = visitors;
};
