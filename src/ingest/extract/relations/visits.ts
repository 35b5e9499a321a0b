/**
 * VISITED: a visit cue. Each cue has its visitors: the delegation named in the
 * sentence (its body, leader and members, and the bodies of delegations accompanying
 * it), else the person or delegation in the cue's own visitor phrase ("the visit of X
 * to Y", "der Besuch des X in Y"), else the subject person (before the cue and, when
 * one is named there, in the cue's own clause rather than before "said that"; in
 * German anywhere), else, for agentless cues ("a tour of X was held"), whoever visited
 * last; a cue without any keeps the visitors of the cue before it. Targets: places and
 * organisations in the cue's object phrase only, which ends at a new clause ("where",
 * ", wo", ", где"); a German participle at the end takes the phrase before it.
 * "Arrived in X" / "Besuch in X" has one target; a country only right after the cue, and
 * not when it only owns the next place ("Uzbekistan's Tashkent region") or a visitor. A
 * place that only locates a named target ("both located in the city of X", "aus
 * Chemnitz", "the plant in X") is not visited. An invitation to visit is no visit.
 * Dates: a single day (a range gives none); future visits are planned. The
 * delegation's first visit is remembered so that a leader or members named later are
 * credited too.
 */
import type { ExtractedEntity } from '../../types';
import { afterDelegationWord, delegationBodies, delegationPeople } from './delegations';
import { dateIn, dayRangeIn } from './quantities';
import { visitorPhrase } from './visit-phrase';
import { between, inComplement, type Item, type RelationRule, type SentenceView } from './view';

const visitable = (i: Item): boolean =>
  i.entity.kind === 'Region' ||
  i.entity.kind === 'City' ||
  i.entity.kind === 'Country' ||
  i.entity.kind === 'Organization';

function groupOf(view: SentenceView): ExtractedEntity[] {
  const group = view.state.delegation;
  if (!group) return [];
  return [group.owner, ...delegationPeople(group)].filter((e): e is ExtractedEntity => e !== undefined);
}

function visitorsOf(view: SentenceView, cueStart: number, cueEnd: number): ExtractedEntity[] {
  const { lexicon, text: article } = view.article;
  const text = view.sentence.text;
  const phrase = visitorPhrase(view, cueEnd);
  if (phrase) {
    const inPhrase = view.items.filter((i) => i.start >= phrase.start && i.end <= phrase.end);
    const people = inPhrase.filter((i) => i.entity.kind === 'Person').map((i) => i.entity);
    if (lexicon.cue.delegation.test(article.slice(phrase.start, phrase.end))) {
      // "the visit of the Bukhara regional delegation to X": that delegation, else the one the article follows.
      const bodies = delegationBodies(view, phrase.start, phrase.end);
      return bodies.length > 0 ? [...new Set([...bodies, ...people])] : groupOf(view);
    }
    if (people.length > 0) return [...new Set(people)];
  }
  const visitors: ExtractedEntity[] = [];
  const group = view.state.delegation;
  const groupHere =
    lexicon.cue.delegation.test(text) ||
    view.items.some((i) => i.ref && (i.entity === group?.owner || i.entity === group?.leader));
  if (groupHere) visitors.push(...new Set([...groupOf(view), ...delegationBodies(view)]));
  const subjects = view.items.filter(
    (i) =>
      i.entity.kind === 'Person' &&
      (lexicon.verbFinal || i.start < cueEnd) &&
      !lexicon.cue.notVisitorBefore.test(before(view, i)),
  );
  // "X said that Y will visit": the subject of the cue's own clause, if one is named there.
  const person =
    subjects.find((i) => i.end <= cueStart && !lexicon.cue.clauseOpen.test(between(view, i.end, cueStart))) ??
    subjects[0];
  if (person && !visitors.includes(person.entity)) visitors.push(person.entity);
  if (visitors.length === 0) {
    const later = subjectAfter(view, cueEnd);
    if (later) visitors.push(later);
  }
  if (visitors.length === 0 && lexicon.cue.visitAgentless.test(text)) visitors.push(...(view.state.lastVisitors ?? []));
  return visitors;
}

/** "В Омске побывала делегация иностранного посольства": a delegation with no name yet, before any the article follows. */
function rememberUnnamedVisit(
  view: SentenceView,
  cueStart: number,
  cueEnd: number,
  properties: Record<string, string>,
): void {
  if (view.state.delegation || view.state.unnamedVisit || !view.article.lexicon.cue.delegation.test(view.sentence.text))
    return;
  // "В Омске побывала делегация": with no visitor named after the cue, the place may open the sentence.
  const { venueOpening } = view.article.lexicon.cue;
  const opening = targetsIn(view, cueStart, cueEnd, [], [view.sentence.start, cueStart]).filter((i) =>
    venueOpening.test(view.article.text.slice(view.sentence.start, i.start)),
  );
  const after = targetsOf(view, cueStart, cueEnd, []);
  const [place, ...others] = after.length > 0 ? after : opening;
  if (place && others.length === 0)
    view.state.unnamedVisit = { target: place.entity, properties, sentence: view.sentence.index };
}

/**
 * The text before a person, up to 40 characters, that can say the person is no visitor ("with", "by").
 * It ends before the person's title: "Ministerpräsident von Sachsen X" is no "von X".
 */
function before(view: SentenceView, person: Item): string {
  const link = view.state.links.find((l) => l.person.start === person.start);
  const end = link ? Math.min(link.titleStart, link.complementStart, person.start) : person.start;
  return between(view, Math.max(view.sentence.start, end - 40), end);
}

/**
 * A visitor named after the cue: the agent of a passive ("was visited by X"), the subject after its
 * verb ("В Самарканде побывал посол X"), or the subject of the main clause after an opening phrase
 * ("During his stay in X, Ambassador Y toured ...").
 */
function subjectAfter(view: SentenceView, cueEnd: number): ExtractedEntity | undefined {
  const { lexicon, text } = view.article;
  const people = view.items.filter((i) => i.entity.kind === 'Person' && i.start >= cueEnd);
  const next = people[0];
  if (next && lexicon.cue.visitorAfterCue.test(text.slice(cueEnd, next.start))) return next.entity;
  const comma = frontedEnd(view, cueEnd);
  // "During the visit, X said ...": only an opening phrase that names the place has a visitor after it.
  if (comma === undefined || !view.items.some((i) => visitable(i) && i.start >= cueEnd && i.end <= comma))
    return undefined;
  return people.find((i) => i.start > comma && /^[^,;]*$/.test(text.slice(comma + 1, i.start)))?.entity;
}

/** The comma that ends an opening phrase with the cue ("During his stay in X|, ..."), if the cue is in one. */
function frontedEnd(view: SentenceView, cueEnd: number): number | undefined {
  const { lexicon, text } = view.article;
  if (!lexicon.cue.frontedVisit.test(text.slice(view.sentence.start, cueEnd))) return undefined;
  const comma = text.indexOf(',', cueEnd);
  return comma >= 0 && comma < view.sentence.end ? comma : undefined;
}

/** The object phrase of one cue: [start, end) offsets. */
function objectPhrase(
  view: SentenceView,
  cueStart: number,
  cueEnd: number,
  visitors: ExtractedEntity[],
): [number, number] {
  const { lexicon, text } = view.article;
  const finalParticiple = lexicon.verbFinal && /^\s*(?:[.,;:]|$)/.test(text.slice(cueEnd, cueEnd + 2));
  if (finalParticiple) {
    const lastVisitor = Math.max(
      view.sentence.start,
      ...view.items.filter((i) => visitors.includes(i.entity) && i.end <= cueStart).map((i) => i.end),
    );
    const auxiliary = lexicon.auxiliaries
      ? [...text.slice(lastVisitor, cueStart).matchAll(lexicon.auxiliaries)].at(-1)
      : undefined;
    return [auxiliary ? lastVisitor + (auxiliary.index ?? 0) : lastVisitor, cueStart];
  }
  const start = visitorPhrase(view, cueEnd)?.targets ?? cueEnd;
  const rest = text.slice(start, view.sentence.end);
  const stop = lexicon.cue.clauseStop.exec(rest);
  const end = stop ? start + stop.index : view.sentence.end;
  return [start, Math.min(end, frontedEnd(view, cueEnd) ?? end)];
}

/**
 * The subject follows the cue ("The Fergana region was visited by X", "Das Gebiet Samarkand besuchte der
 * Botschafter", "Наманганскую область посетила делегация"): no visitor is named before the cue in its
 * clause, one after it. The place is then before the cue: [start, end) of that stretch.
 */
function placeBefore(
  view: SentenceView,
  cueStart: number,
  cueEnd: number,
  visitors: ExtractedEntity[],
): [number, number] | undefined {
  const { text } = view.article;
  const clause = Math.max(
    view.sentence.start,
    text.lastIndexOf(',', cueStart) + 1,
    text.lastIndexOf(';', cueStart) + 1,
  );
  const named = view.items.filter((i) => visitors.includes(i.entity));
  if (named.some((i) => i.end <= cueStart && i.start >= clause) || !named.some((i) => i.start >= cueEnd))
    return undefined;
  return [clause, cueStart];
}

function targetsOf(view: SentenceView, cueStart: number, cueEnd: number, visitors: ExtractedEntity[]): Item[] {
  const found = targetsIn(view, cueStart, cueEnd, visitors, objectPhrase(view, cueStart, cueEnd, visitors));
  if (found.length > 0) return found;
  const inverted = placeBefore(view, cueStart, cueEnd, visitors);
  return inverted ? targetsIn(view, cueStart, cueEnd, visitors, inverted) : [];
}

function targetsIn(
  view: SentenceView,
  cueStart: number,
  cueEnd: number,
  visitors: ExtractedEntity[],
  [from, to]: [number, number],
): Item[] {
  const { lexicon, text } = view.article;
  let found = view.items.filter(
    (i) =>
      i.start >= from && i.end <= to && visitable(i) && !visitors.includes(i.entity) && !inComplement(view.state, i),
  );
  // A country is visited only right after the cue ("visited Germany", "arrived in Uzbekistan"); further on
  // it mostly places something else ("the largest mill in Uzbekistan").
  const near = (gap: string): boolean => /^[\p{L}\d\s.'’-]{0,40}$/u.test(gap);
  const adjacent = (i: Item): boolean =>
    from >= cueEnd ? near(text.slice(from, i.start)) : near(text.slice(i.end, to)); // a German final participle
  // "the delegation of the Bukhara region of Uzbekistan": a country right after a visitor is the visitor's.
  const ofVisitor = (i: Item): boolean =>
    view.items.some(
      (v) => visitors.includes(v.entity) && v.end <= i.start && /^[\s,]*$/.test(text.slice(v.end, i.start)),
    );
  // "визита делегации Узбекистана в ...", "the delegation of Kazakhstan to ...": the delegation's country.
  found = found.filter((i) => i.entity.kind !== 'Country' || (!ofVisitor(i) && !afterDelegationWord(view, i)));
  // "visited Uzbekistan's Tashkent region": a possessive country only says whose the place is.
  const qualifies = (i: Item): boolean => lexicon.cue.possessiveAfter?.test(text.slice(i.end, i.end + 3)) ?? false;
  found = found.filter(
    (i) => i.entity.kind !== 'Country' || (i === found[0] && adjacent(i) && !(qualifies(i) && found.length > 1)),
  );
  const locating = (i: Item): boolean =>
    lexicon.cue.locativeBefore.test(text.slice(Math.max(0, i.start - 40), i.start));
  if (found.some((i) => i.entity.kind === 'Organization' && !locating(i)))
    found = found.filter((i) => !locating(i) || i.entity.kind === 'Organization');
  // "facilities of Changji in Xinjiang": a place right after another target only locates it.
  found = found.filter(
    (i, n) =>
      n === 0 ||
      i.entity.kind === 'Organization' ||
      !lexicon.cue.locatingIn.test(text.slice(found[n - 1]?.end ?? 0, i.start)),
  );
  // "arrived in X", "Besuch in X", "прибыл в X": the one place right after the preposition.
  if (
    lexicon.cue.intoEnd.test(text.slice(cueStart, cueEnd)) ||
    lexicon.cue.intoAfter.test(text.slice(cueEnd, cueEnd + 6))
  )
    found = found.filter(adjacent).slice(0, 1);
  return found;
}

/**
 * "The guests visited the college and the plant": a delegation's sites and towns go to its body;
 * its leader and members, unless named in the sentence, share only the visits of regions and countries.
 */
function creditedWith(
  view: SentenceView,
  visitor: ExtractedEntity,
  visitors: ExtractedEntity[],
  target: ExtractedEntity,
): boolean {
  const group = view.state.delegation;
  if (!group?.owner || !visitors.includes(group.owner) || !delegationPeople(group).includes(visitor)) return true;
  if (view.items.some((i) => !i.ref && i.entity === visitor)) return true;
  return (target.kind === 'Region' && !target.roles.includes('EconomicZone')) || target.kind === 'Country';
}

/** Cue matches of the sentence that are not part of an invitation to visit ("invited them to visit X"). */
function visitCues(view: SentenceView, welcome?: RegExpExecArray): RegExpMatchArray[] {
  const { lexicon } = view.article;
  const text = view.sentence.text;
  const all = (re: RegExp): RegExpMatchArray[] => [
    ...text.matchAll(new RegExp(re.source, `${re.flags.replace('g', '')}g`)),
  ];
  // "received X for an inaugural visit in Y": the welcome already credits the guests; the host visited nothing.
  const invitations = [...all(lexicon.cue.visitInvitation), ...(welcome ? [welcome] : [])];
  return all(lexicon.cue.visit).filter(
    (cue) =>
      !invitations.some(
        (inv) => (cue.index ?? 0) >= (inv.index ?? 0) && (cue.index ?? 0) < (inv.index ?? 0) + inv[0].length,
      ),
  );
}

/**
 * "Governor X welcomed the ambassador to Maharashtra": the guests named after the welcome visited the
 * one place after its preposition; a welcomed delegation ("the guests", "the delegation of Y") is its body and people.
 */
function welcomed(view: SentenceView): RegExpExecArray | undefined {
  const { lexicon, language, text } = view.article;
  const match = lexicon.cue.welcomeTo.exec(view.sentence.text);
  // The pattern's alternatives each have a pair of groups: the first pair that took part.
  const [guestsText, placeText] = match?.slice(1).filter((g) => g !== undefined) ?? [];
  if (!match || !guestsText || !placeText) return undefined;
  const guestsStart = view.sentence.start + match.index + match[0].indexOf(guestsText);
  const guestsEnd = guestsStart + guestsText.length;
  const placeStart = view.sentence.start + match.index + match[0].lastIndexOf(placeText);
  const inGuests = view.items.filter((i) => i.start >= guestsStart && i.end <= guestsEnd);
  const people = inGuests.filter((i) => i.entity.kind === 'Person').map((i) => i.entity);
  const group = lexicon.cue.delegation.test(guestsText) || lexicon.cue.guests.test(guestsText);
  lexicon.cue.guests.lastIndex = 0;
  const guests = [
    ...new Set([...people, ...(group ? [...groupOf(view), ...delegationBodies(view, guestsStart, guestsEnd)] : [])]),
  ];
  const place = view.items.find(
    (i) => i.start >= placeStart && i.start - placeStart <= 4 && visitable(i) && !guests.includes(i.entity),
  );
  if (!place || guests.length === 0 || !/^[\s\p{L}]*$/u.test(text.slice(placeStart, place.start))) return undefined;
  for (const guest of guests) view.emit('VISITED', guest, place.entity, {}, `${language}.visit.welcome`, 0.6);
  view.state.lastVisitors = guests;
  return match;
}

export const visits: RelationRule = (view) => {
  const { lexicon, language } = view.article;
  const text = view.sentence.text;
  const welcome = welcomed(view);
  const cues = visitCues(view, welcome);
  if (cues.length === 0) return;
  const properties: Record<string, string> = {};
  // A range ("from 7 to 10 February") is no single date; the ontology's VISITED has no period.
  const date = dayRangeIn(text, lexicon, view.state.publishedYear)
    ? undefined
    : dateIn(text, lexicon, view.state.publishedYear);
  if (date) properties.date = date;
  if (lexicon.cue.planned.test(text)) properties.status = 'planned';
  // Each cue has its own visitors ("During the visit, the ambassador toured X"); a cue without
  // any ("and toured X") keeps those of the cue before it.
  let visitors: ExtractedEntity[] = [];
  const visitedBy = new Set<ExtractedEntity>();
  for (const cue of cues) {
    const cueStart = view.sentence.start + (cue.index ?? 0);
    const own = visitorsOf(view, cueStart, cueStart + cue[0].length);
    if (own.length > 0) visitors = own;
    if (visitors.length === 0) {
      rememberUnnamedVisit(view, cueStart, cueStart + cue[0].length, properties);
      continue;
    }
    for (const place of targetsOf(view, cueStart, cueStart + cue[0].length, visitors)) {
      for (const visitor of visitors.filter((v) => creditedWith(view, v, visitors, place.entity))) {
        view.emit('VISITED', visitor, place.entity, properties, `${language}.visit.cue`, 0.7);
        visitedBy.add(visitor);
      }
      const group = view.state.delegation;
      if (group && !group.visit && group.owner && visitors.includes(group.owner))
        group.visit = { target: place.entity, properties };
      const [visitor] = visitors;
      if (visitors.length === 1 && visitor?.kind === 'Person')
        view.state.firstVisit ??= { visitor, target: place.entity, properties };
    }
  }
  if (visitedBy.size > 0) view.state.lastVisitors = [...visitedBy];
};
