/**
 * MET_WITH: a meeting cue. The people before the cue meet the people after it
 * ("A and B met with C and D": A-C, A-D, B-C, B-D); with people on one side only
 * ("a meeting between A and B", "the meeting of A, B and C") every pair meets,
 * except two whose titles place them in the same country (one side); people listed
 * after "with" with no named subject are all one side and meet nobody here.
 * A cue that only sets the scene ("at the meeting, A said that B ...") pairs
 * nobody, and a person who only reports ("..., X told the agency") is no
 * participant. Someone who "also attended the meeting" meets the guest side of
 * the last meeting. When a delegation with named people is in the article, the
 * one other person of a meeting sentence is its host and meets them all (a
 * delegation without a named leader meets nobody); hosts are remembered for
 * members named later. With one person and no delegation, the organisations met
 * "with representatives of". "The guests were accompanied by X" is a meeting too.
 * The guests of a meeting that "took place in X" (or of "In X, A met B") visited X.
 * Dates come from the sentence; the first pair is remembered for "the sides".
 */
import type { ExtractedEntity } from '../../types';
import { delegationPeople } from './delegations';
import { dateIn } from './quantities';
import { sideOf } from './meeting-sides';
import { between, inComplement, type Item, type RelationRule, type SentenceView } from './view';

interface Cue {
  start: number;
  end: number;
  /** "at the meeting", "во время встречи": the meeting is the setting, not an event of this sentence. */
  setting: boolean;
}

const matchesOf = (re: RegExp, text: string): RegExpMatchArray[] => [
  ...text.matchAll(new RegExp(re.source, `${re.flags.replace('g', '')}g`)),
];

function meetingCue(view: SentenceView): Cue | undefined {
  const { lexicon } = view.article;
  const text = view.sentence.text;
  const settings = matchesOf(lexicon.cue.meetSetting, text);
  const inSetting = (at: number): boolean =>
    settings.some((s) => at >= (s.index ?? 0) && at < (s.index ?? 0) + s[0].length);
  const cues = matchesOf(lexicon.cue.meet, text);
  // "The guests were accompanied by X": only an accompanied delegation is met.
  if (matchesOf(lexicon.cue.guests, text).length > 0) cues.push(...matchesOf(lexicon.cue.accompany, text));
  cues.sort((a, b) => (a.index ?? 0) - (b.index ?? 0));
  if (cues.length === 0) return undefined;
  const cue = cues.find((c) => !inSetting(c.index ?? 0));
  const chosen = cue ?? cues[0];
  if (!chosen) return undefined;
  const start = view.sentence.start + (chosen.index ?? 0);
  return { start, end: start + chosen[0].length, setting: cue === undefined };
}

/** The people of the sentence, each once, without those who only report it. */
function participants(view: SentenceView): Item[] {
  const { lexicon, text } = view.article;
  const unique = new Map<string, Item>();
  for (const i of view.items) {
    if (i.entity.kind !== 'Person' || unique.has(i.entity.localId)) continue;
    if (lexicon.cue.reporting.test(text.slice(i.end, view.sentence.end))) continue;
    unique.set(i.entity.localId, i);
  }
  return [...unique.values()];
}

/** Guests: visitors, delegation people and diplomats (they travel to their hosts). */
function isGuest(view: SentenceView, e: ExtractedEntity): boolean {
  const group = view.state.delegation;
  return (
    e.roles.includes('Diplomat') ||
    (view.state.lastVisitors ?? []).includes(e) ||
    (group !== undefined && delegationPeople(group).includes(e))
  );
}

/**
 * The person belongs to the meeting's own clause: the meeting is not reported speech ("he noted
 * that during his talks with X"), the person not after "said that"; after a scene-setting cue, in its phrase.
 */
function partOfMeeting(view: SentenceView, cue: Cue, person: Item): boolean {
  const { lexicon, text } = view.article;
  if (lexicon.cue.clauseOpen.test(text.slice(view.sentence.start, cue.start))) return false;
  if (person.start >= cue.end && lexicon.cue.clauseOpen.test(text.slice(cue.end, person.start))) return false;
  return !cue.setting || (person.start >= cue.end && person.start - cue.end <= 80);
}

function pairsOf(view: SentenceView, people: Item[], cue: Cue): [ExtractedEntity, ExtractedEntity][] {
  // Subjects from the cue's own clause: not "X" of "X noted that the president met Y".
  const { clauseOpen } = view.article.lexicon.cue;
  const before = people.filter((p) => p.end <= cue.start && !clauseOpen.test(between(view, p.end, cue.start)));
  const after = people.filter((p) => p.start >= cue.end);
  const pair = (a: Item, b: Item): [ExtractedEntity, ExtractedEntity] => [a.entity, b.entity];
  if (before.length > 0 && after.length > 0) return before.flatMap((a) => after.map((b) => pair(a, b)));
  // "held talks with A, B and C" with an unnamed subject: the list is the counterpart side only.
  const [first] = after;
  if (
    before.length === 0 &&
    first &&
    view.article.lexicon.cue.withCounterpart.test(between(view, cue.start, first.start))
  )
    return [];
  // One list of participants: everyone meets everyone of another side (people whose titles
  // place them in the same country are one side).
  const list = before.length > 0 ? before : after;
  const sides = new Map(list.map((p) => [p, sideOf(view, p)]));
  const apart = (a: Item, b: Item): boolean => !sides.get(a) || !sides.get(b) || sides.get(a) !== sides.get(b);
  return list.flatMap((a, i) =>
    list
      .slice(i + 1)
      .filter((b) => apart(a, b))
      .map((b) => pair(a, b)),
  );
}

/** "X also attended the meeting": X meets the guests of the last meeting (or its hosts, if X is a guest). */
function joined(view: SentenceView, person: ExtractedEntity, properties: Record<string, string>): ExtractedEntity[] {
  const last = view.state.entities.filter((e) => view.state.lastMeeting?.includes(e.localId));
  const counterparts = last.filter((e) => isGuest(view, e) !== isGuest(view, person));
  for (const other of counterparts)
    view.emit('MET_WITH', person, other, properties, `${view.article.language}.meet.joined`, 0.6);
  return counterparts;
}

/**
 * "The meeting took place in X", "In X, A met B": the guests among those who met visited X (a meeting
 * held in a city implies the visit). A sentence's opening place is taken only when it is a town or region.
 */
function visitedMeetingPlace(view: SentenceView, met: ExtractedEntity[]): void {
  const { lexicon, text } = view.article;
  const territory = (i: Item): boolean => i.entity.kind === 'City' || i.entity.kind === 'Region';
  const places = view.items.filter((i) => {
    const before = text.slice(view.sentence.start, i.start);
    if (territory(i) && lexicon.cue.meetingPlaceOpening?.test(before)) return true;
    return (territory(i) || i.entity.kind === 'Organization') && lexicon.cue.meetingPlace.test(before);
  });
  const [place] = places;
  if (!place) return;
  // "at the X company in Y": the town the place is said to lie in was visited too.
  const town = view.items.find(
    (i) =>
      territory(i) &&
      i.start >= place.end &&
      lexicon.partOf.locative.test(text.slice(place.end, i.start)) &&
      /^\s*\p{L}+\s+$/u.test(text.slice(place.end, i.start)),
  );
  for (const guest of met.filter((e) => isGuest(view, e)))
    for (const visited of [place, ...(town && place.entity.kind === 'Organization' ? [town] : [])])
      view.emit('VISITED', guest, visited.entity, {}, `${view.article.language}.meet.place`, 0.6);
}

export const meetings: RelationRule = (view) => {
  const { lexicon, language } = view.article;
  const text = view.sentence.text;
  const cue = meetingCue(view);
  if (!cue) return;
  const people = participants(view);
  const date = dateIn(text, lexicon, view.state.publishedYear);
  const properties: Record<string, string> = date ? { date } : {};
  const pairs = cue.setting ? [] : pairsOf(view, people, cue);
  for (const [a, b] of pairs) view.emit('MET_WITH', a, b, properties, `${language}.meet.cue`, 0.75);
  const [firstPair] = pairs;
  if (firstPair) view.state.lastMeeting = [firstPair[0].localId, firstPair[1].localId];
  const met = pairs.flat();

  const [only, ...others] = people;
  if (only && others.length === 0) {
    if (lexicon.cue.joinMeeting.test(text)) met.push(only.entity, ...joined(view, only.entity, properties));
    // The one person of a meeting sentence in a delegation's article hosts the delegation, unless
    // named in another clause ("at the meeting, he said that X ...").
    const group = view.state.delegation;
    if (group && !delegationPeople(group).includes(only.entity) && partOfMeeting(view, cue, only)) {
      group.hosts = [...new Set([...(group.hosts ?? []), only.entity])];
      for (const guest of delegationPeople(group))
        view.emit('MET_WITH', only.entity, guest, properties, `${language}.meet.delegation`, 0.6);
    }
    if (!cue.setting) {
      const orgs = view.items.filter(
        (i) =>
          i.entity.kind === 'Organization' &&
          i.start > cue.start &&
          !inComplement(view.state, i) &&
          lexicon.cue.withCounterpart.test(view.article.text.slice(cue.start, i.start)),
      );
      for (const org of orgs)
        view.emit('MET_WITH', only.entity, org.entity, properties, `${language}.meet.with-organisation`, 0.6);
    }
  }
  visitedMeetingPlace(view, [...new Set(met)]);
};
