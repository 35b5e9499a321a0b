/**
 * "The sides", "the parties", "the two regions", "die Seiten", "стороны": the
 * two parties the article is about. The delegation's body (or its leader's
 * body) faces the most-mentioned other territory of its level; without a delegation, the
 * bodies of the last two people who met; else the two most-mentioned
 * territories, or a territory and the enterprise it deals with.
 */
import type { ExtractedEntity } from '../../types';
import type { SentenceView } from './view';

export type Sides = [ExtractedEntity, ExtractedEntity];

/** Which entities can be a side: sub-national territories, or also organisations and countries. */
export type SideKind = 'territory' | 'country' | 'any';

const territory = (e: ExtractedEntity): boolean =>
  (e.kind === 'Region' || e.kind === 'City') && !e.roles.includes('EconomicZone');

function mentionedBy(view: SentenceView, e: ExtractedEntity): number {
  return e.mentions.filter((m) => m.start < view.sentence.end).length;
}

function ranked(view: SentenceView, test: (e: ExtractedEntity) => boolean): ExtractedEntity[] {
  return view.state.entities
    .filter((e) => test(e) && mentionedBy(view, e) > 0)
    .sort((a, b) => mentionedBy(view, b) - mentionedBy(view, a));
}

function entityById(view: SentenceView, id: string | undefined): ExtractedEntity | undefined {
  return id === undefined ? undefined : view.state.entities.find((e) => e.localId === id);
}

/** The body the article's delegation comes from: named, or the body of its leader. */
function delegationBody(view: SentenceView): ExtractedEntity | undefined {
  const { delegation } = view.state;
  if (!delegation) return undefined;
  if (delegation.owner && (territory(delegation.owner) || delegation.owner.kind === 'Organization'))
    return delegation.owner;
  const leaderBody = entityById(view, view.state.bodyOf.get(delegation.leader?.localId ?? ''));
  return leaderBody && territory(leaderBody) ? leaderBody : undefined;
}

export function articleSides(view: SentenceView, kind: SideKind): Sides | undefined {
  if (kind === 'country') {
    const [a, b] = ranked(view, (e) => e.kind === 'Country');
    return a && b ? [a, b] : undefined;
  }
  const places = ranked(view, territory);
  const owner = delegationBody(view);
  if (owner) {
    const other = places.find((p) => p !== owner && p.kind === owner.kind && !owner.name.startsWith(p.name));
    if (other) return [owner, other];
  }
  const met = (view.state.lastMeeting ?? []).map((id) => entityById(view, view.state.bodyOf.get(id)));
  const [m1, m2] = met;
  if (m1 && m2 && m1 !== m2 && (kind === 'any' || (territory(m1) && territory(m2)))) return [m1, m2];
  // Two territories of the same level ("the two regions"); a region and a city are rarely the two sides.
  const [first] = places;
  const second = places.find((p) => p !== first && p.kind === first?.kind);
  if (first && second) return [first, second];
  if (!first || kind === 'territory') return undefined;
  const [partner] = ranked(view, (e) => e.kind === 'Organization' && e.roles.includes('Enterprise'));
  return partner ? [first, partner] : undefined;
}

/** The side that faces a party named alone ("an agreement with X"): the article's first side unless X is that side. */
export function counterpartOf(view: SentenceView, party: ExtractedEntity): ExtractedEntity | undefined {
  const sides = articleSides(view, 'any');
  if (!sides) return undefined;
  return sides[0] === party ? sides[1] : sides[0];
}
