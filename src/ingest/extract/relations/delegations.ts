/**
 * Delegations: "a delegation of North Chungcheong Province, headed by X",
 * "Wirtschaftsdelegation des Freistaats Bayern unter Leitung von X", "делегацией
 * Оренбургской области во главе с X", "the Embassy delegation", "X, who led the
 * delegation", "the delegation consisted of A, B and C". Remembers the
 * delegation's body, leader and members so that visits, meetings and "the guests"
 * / "делегация региона" later in the article resolve to them. A leader or member
 * named only after the delegation's visit or meeting was reported is credited
 * with that first visit and with meeting its hosts (the guidelines attribute a
 * delegation's visit to its named leader and members); the evidence is the
 * sentence that names them.
 */
import type { ExtractedEntity } from '../../types';
import { visitorPhrases } from './visit-phrase';
import { between, type Delegation, type Item, type RelationRule, type SentenceView } from './view';

const body = (i: Item): boolean =>
  i.entity.kind === 'Organization' ||
  ((i.entity.kind === 'Region' || i.entity.kind === 'City') && !i.entity.roles.includes('EconomicZone'));

/** "the Samarkand delegation", "a delegation of/from X", "делегация Х-ской области". */
function ownerNextTo(view: SentenceView, cueStart: number, cueEnd: number): Item | undefined {
  const { ownerBefore, ownerAfter } = view.article.lexicon.cue;
  const before = view.items.find(
    (i) => body(i) && i.end <= cueStart && ownerBefore.test(between(view, i.end, cueStart)),
  );
  return (
    view.items.find((i) => body(i) && i.start <= cueStart && i.end >= cueEnd) ??
    (before && { ...before, entity: regionOf(view, before, between(view, before.end, cueStart)) }) ??
    view.items.find((i) => body(i) && i.start >= cueEnd && ownerAfter.test(between(view, cueEnd, i.start)))
  );
}

/** "a delegation of/from X", "делегации Казахстана": the item is named right after a delegation word, as its owner. */
export function afterDelegationWord(view: SentenceView, item: Item): boolean {
  const { text, lexicon } = view.article;
  const lead = text.slice(Math.max(view.sentence.start, item.start - 60), item.start);
  const word = [...lead.matchAll(new RegExp(lexicon.cue.delegation.source, 'giu'))].at(-1);
  return word !== undefined && lexicon.cue.ownerAfter.test(lead.slice((word.index ?? 0) + word[0].length));
}

/** "the Bukhara regional delegation": the region of that name rather than its city. */
function regionOf(view: SentenceView, item: Item, gap: string): ExtractedEntity {
  if (item.entity.kind !== 'City' || !view.article.lexicon.cue.regionalAdjective.test(gap)) return item.entity;
  const region = view.state.entities.find((e) => e.kind === 'Region' && e.name === `${item.entity.name} Region`);
  return region ?? item.entity;
}

/** "a delegation consisting of representatives of the X administration and business circles of Y": the place (else body) in that clause. */
function ownerOfComposition(view: SentenceView, cueEnd: number): Item | undefined {
  const { lexicon, text } = view.article;
  const clause = lexicon.cue.composedOf.exec(text.slice(cueEnd, view.sentence.end));
  if (!clause) return undefined;
  const start = cueEnd + clause.index + clause[0].length;
  const comma = text.slice(start, view.sentence.end).search(/[,;]/);
  const end = comma >= 0 ? start + comma : view.sentence.end;
  const inClause = view.items.filter((i) => body(i) && i.start >= start && i.end <= end);
  return inClause.find((i) => i.entity.kind !== 'Organization') ?? inClause[0];
}

/** Bodies of every delegation named in the sentence, or in [from, to): "a delegation of X accompanied by a delegation of Y". */
export function delegationBodies(
  view: SentenceView,
  from = view.sentence.start,
  to = view.sentence.end,
): ExtractedEntity[] {
  const { delegation } = view.article.lexicon.cue;
  const found: ExtractedEntity[] = [];
  for (const cue of view.sentence.text.matchAll(
    new RegExp(delegation.source, `${delegation.flags.replace('g', '')}g`),
  )) {
    const start = view.sentence.start + (cue.index ?? 0);
    if (start < from || start >= to) continue;
    const owner = ownerNextTo(view, start, start + cue[0].length);
    if (owner && !owner.ref && !found.includes(owner.entity)) found.push(owner.entity);
  }
  return found;
}

/** The named people of a delegation: its leader and members. */
export function delegationPeople(group: Delegation): ExtractedEntity[] {
  return [...new Set([group.leader, ...(group.members ?? [])].filter((e): e is ExtractedEntity => e !== undefined))];
}

/** The leader phrase after "headed by": up to the next visit or meeting cue, ";" or 90 characters. */
function leaderPhrase(view: SentenceView): [number, number] | undefined {
  const { lexicon } = view.article;
  const cue = lexicon.cue.leader.exec(view.sentence.text);
  if (!cue) return undefined;
  const at = view.sentence.start + cue.index + cue[0].length;
  const rest = view.article.text.slice(at, Math.min(view.sentence.end, at + 90));
  const stops = [lexicon.cue.visit, lexicon.cue.meet, /[;:]/].map((re) => rest.search(re)).filter((i) => i >= 0);
  return [at, at + Math.min(rest.length, ...stops)];
}

/** The person right after "headed by" (titles between allowed), not one named later in another clause. */
function leaderAfterCue(view: SentenceView): ExtractedEntity | undefined {
  const phrase = leaderPhrase(view);
  return (
    phrase && view.items.find((i) => i.entity.kind === 'Person' && i.start >= phrase[0] && i.start < phrase[1])?.entity
  );
}

/** "led by the governor of the X region" with no name: the delegation is the territory's. */
function ownerOfUnnamedLeader(view: SentenceView): Item | undefined {
  const phrase = leaderPhrase(view);
  return phrase
    ? view.items.find(
        (i) =>
          !i.ref &&
          (i.entity.kind === 'Region' || i.entity.kind === 'City') &&
          i.start >= phrase[0] &&
          i.end <= phrase[1],
      )
    : undefined;
}

/** "X, who led the delegation": a person right before the reversed leader cue. */
function leaderBeforeCue(view: SentenceView): ExtractedEntity | undefined {
  const { lexicon, text } = view.article;
  return view.items.find(
    (i) => i.entity.kind === 'Person' && lexicon.cue.leaderAfter.test(text.slice(i.end, view.sentence.end)),
  )?.entity;
}

/** "The delegation consisted of A, B and C": the people after the membership cue. */
function membersOf(view: SentenceView): ExtractedEntity[] {
  const { lexicon } = view.article;
  const text = view.sentence.text;
  const delegation = new RegExp(lexicon.cue.delegation.source, lexicon.cue.delegation.flags.replace('g', '') + 'g');
  // Only what the delegation itself consists of, not "the delegation's programme included a meeting with X".
  for (const d of text.matchAll(delegation)) {
    const after = (d.index ?? 0) + d[0].length;
    const cue = lexicon.cue.members.exec(text.slice(after));
    // "участие в делегации X": the membership cue before the delegation word, the members right after it.
    const reversed = !cue && lexicon.cue.membersBefore.test(text.slice(0, d.index ?? 0));
    if (!cue && !reversed) continue;
    const at = view.sentence.start + after + (cue?.[0].length ?? 0);
    return [...new Set(view.items.filter((i) => i.entity.kind === 'Person' && i.start >= at).map((i) => i.entity))];
  }
  return [];
}

/** Credit people newly named as leader or members with the delegation's first visit and its hosts. */
function credit(view: SentenceView, group: Delegation, before: ExtractedEntity[]): void {
  const rule = `${view.article.language}.delegation.member`;
  for (const person of delegationPeople(group).filter((p) => !before.includes(p))) {
    if (group.visit) view.emit('VISITED', person, group.visit.target, group.visit.properties, rule, 0.6);
    for (const host of group.hosts ?? []) view.emit('MET_WITH', host, person, {}, rule, 0.6);
  }
}

/**
 * "A delegation of a foreign embassy visited X. The governor received the delegation of the Embassy of Y": the
 * first delegation the article names, in the next two sentences, is the one whose visit was reported.
 */
function namesUnnamedVisit(view: SentenceView, group: Delegation): void {
  const visit = view.state.unnamedVisit;
  if (!visit || !group.owner || view.sentence.index - visit.sentence > 2) return;
  view.state.unnamedVisit = undefined;
  group.visit = { target: visit.target, properties: visit.properties };
  const rule = `${view.article.language}.delegation.named-later`;
  view.emit('VISITED', group.owner, visit.target, visit.properties, rule, 0.6);
  for (const person of delegationPeople(group)) view.emit('VISITED', person, visit.target, visit.properties, rule, 0.6);
}

/**
 * "The governor received a delegation of the Embassy of X. ... The counsellor of the Embassy of X, Y, said ...":
 * a diplomat whose title names the delegation's own mission is one of its members, though named later.
 */
function missionStaff(view: SentenceView): void {
  const group = view.state.delegation;
  const mission = group?.owner;
  if (!group || !mission?.roles.includes('Embassy')) return;
  const inTitle = (link: { titleStart: number; complementEnd: number; person: { start: number } }) =>
    view.items.some(
      (i) =>
        i.entity === mission && i.start >= link.titleStart && i.end <= Math.max(link.complementEnd, link.person.start),
    );
  const staff = view.state.links
    .filter(
      (link) => link.title.role === 'Diplomat' && link.person.sentenceIndex === view.sentence.index && inTitle(link),
    )
    .map((link) => view.items.find((i) => i.entity.kind === 'Person' && i.start === link.person.start)?.entity)
    .filter((person): person is ExtractedEntity => person !== undefined);
  const before = delegationPeople(group);
  const added = staff.filter((person) => !before.includes(person));
  if (added.length === 0) return;
  group.members = [...(group.members ?? []), ...added];
  credit(view, group, before);
}

export const delegations: RelationRule = (view) => {
  const { lexicon } = view.article;
  const text = view.sentence.text;
  const cue = lexicon.cue.delegation.exec(text);
  if (!cue) {
    missionStaff(view);
    return;
  }
  const cueStart = view.sentence.start + cue.index;
  const cueEnd = cueStart + cue[0].length;
  // "during the visit of the Bukhara regional delegation to X": another visit, reported in passing.
  const known = view.state.delegation;
  if (known && visitorPhrases(view).some((p) => cueStart >= p.start && cueStart < p.end)) return;
  const named = leaderAfterCue(view);
  const leader = named ?? leaderBeforeCue(view);
  // With a leader named after "led by", a place later in the phrase is not the leader's territory.
  const territory = named ? undefined : ownerOfUnnamedLeader(view);
  const owner = ownerNextTo(view, cueStart, cueEnd) ?? ownerOfComposition(view, cueEnd) ?? territory;
  const members = membersOf(view);
  // "Делегация региона", "the delegation": with no body of its own (or a referring one), the delegation already known.
  // "A delegation led by the governor of Y" is another one.
  const indefinite = lexicon.cue.newDelegation.test(view.article.text.slice(view.sentence.start, cueStart));
  // "the delegation led by X", then "the delegation of X's region": the same delegation, still led by X.
  const knownBody =
    known?.owner ?? view.state.entities.find((e) => e.localId === view.state.bodyOf.get(known?.leader?.localId ?? ''));
  const same =
    known !== undefined &&
    (owner === undefined
      ? !indefinite
      : owner.entity === knownBody || (owner.ref && owner.entity.kind !== 'Organization')) &&
    (territory === undefined || known.owner === undefined || territory.entity === known.owner) &&
    (leader === undefined || known.leader === undefined || known.leader === leader);
  if (same) {
    const before = delegationPeople(known);
    known.owner ??= owner?.entity;
    known.leader ??= leader;
    known.members = [...new Set([...(known.members ?? []), ...members])].filter((m) => m !== known.leader);
    credit(view, known, before);
  } else if (!known && !owner && !leader && members.length > 0 && view.state.firstVisit) {
    // "The ambassador arrived in X. The delegation also included A and B": the delegation is the one of the
    // person whose visit the article reported, and its members made that visit.
    const { visitor, target, properties } = view.state.firstVisit;
    const group = { leader: visitor, members: members.filter((m) => m !== visitor), visit: { target, properties } };
    view.state.delegation = group;
    credit(view, group, [visitor]);
  } else if (owner || leader || members.length > 0) {
    const group: Delegation = { owner: owner?.entity, leader, members: members.filter((m) => m !== leader) };
    view.state.delegation = group;
    if (!known) namesUnnamedVisit(view, group);
  }
};
