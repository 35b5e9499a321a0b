/**
 * What a relation rule sees of one sentence: the entities mentioned in it, in
 * text order, including referring expressions already resolved ("the
 * ambassador", "the region", "the plant's"), plus article-wide state.
 */
import type { RelationType } from '../../../model';
import type { ExtractedEntity, ExtractedFact, Sentence } from '../../types';
import type { ArticleContext } from '../context';
import type { TitleLink } from '../mentions';

export interface Item {
  entity: ExtractedEntity;
  start: number;
  end: number;
  /** A referring expression rather than a name. */
  ref: boolean;
}

/** A visiting delegation: the body it comes from, its leader and named members, its first visit and who met it. */
export interface Delegation {
  owner?: ExtractedEntity;
  leader?: ExtractedEntity;
  members?: ExtractedEntity[];
  visit?: { target: ExtractedEntity; properties: Record<string, string> };
  hosts?: ExtractedEntity[];
}

export interface ArticleState {
  entities: ExtractedEntity[];
  links: TitleLink[];
  /** Offsets of title complements ("of Kazakhstan to Uzbekistan"), whose entities are attributes, not actors. */
  complements: { start: number; end: number }[];
  /** The body (country, region, organisation) each person stands for, from the title relations. */
  bodyOf: Map<string, string>;
  /** The head each territory was given (territory local id to person local id): a region or city has one head. */
  headOf: Map<string, string>;
  lastMeeting?: [string, string];
  /** The delegation the article follows. */
  delegation?: Delegation;
  /** The article's first visit by one named person, for "the delegation also included A and B" after it. */
  firstVisit?: { visitor: ExtractedEntity; target: ExtractedEntity; properties: Record<string, string> };
  /** A visit of a delegation not yet named ("a delegation of a foreign embassy visited X"), for the next sentences to name. */
  unnamedVisit?: { target: ExtractedEntity; properties: Record<string, string>; sentence: number };
  /** Who made the last visit, for agentless visit sentences ("a tour of X was held"). */
  lastVisitors?: ExtractedEntity[];
  publishedYear?: string;
  /** The two territories of the last trade figure or mention, for "this figure" in a later sentence. */
  lastTrade?: { pair: [ExtractedEntity, ExtractedEntity]; sentence: number };
  /** Pairs (sorted local ids) that already have an agreement: one per pair and article. */
  agreements?: Set<string>;
  /** The event a signing took place at, for the signatories named in the next sentence. */
  signingEvent?: { event: ExtractedEntity; sentence: number };
  /** The property records of the agreements stored in one sentence without a value, for a value stated in the next. */
  lastAgreements?: { sentence: number; properties: Record<string, string | number>[] };
  /** The last sentence of a list of signed documents ("the following agreements were signed:" and its items). */
  signedList?: number;
}

export interface SentenceView {
  article: ArticleContext;
  state: ArticleState;
  sentence: Sentence;
  items: Item[];
  emit(
    type: RelationType,
    from: ExtractedEntity | undefined,
    to: ExtractedEntity | undefined,
    properties: Record<string, string | number>,
    rule: string,
    confidence?: number,
  ): void;
}

export type RelationRule = (view: SentenceView) => void;

/** An item that starts inside a title complement ("of Kazakhstan to Uzbekistan", "im Bayerischen Staatsministerium"). */
export function inComplement(state: ArticleState, item: Item): boolean {
  return state.complements.some((c) => item.start >= c.start && item.start < c.end);
}

/** Text between two offsets of the article. */
export function between(view: SentenceView, from: number, to: number): string {
  return view.article.text.slice(from, to);
}

export function relative(view: SentenceView, offset: number): number {
  return offset - view.sentence.start;
}

export function isPlace(entity: ExtractedEntity): boolean {
  return entity.kind === 'Region' || entity.kind === 'City' || entity.kind === 'Country';
}

export function addRole(entity: ExtractedEntity, role: ExtractedEntity['roles'][number]): void {
  if (!entity.roles.includes(role)) entity.roles.push(role);
}

export type { ExtractedFact };
