/**
 * Limits on arguments, each failing with BAD_USER_INPUT that names the
 * argument, the allowed range and the value given.
 */
import { badInput } from '../errors';
import { foldKey } from '../model/fold';
import { isPartialDate } from '../model';
import { boundedText, inputLimits } from '../input-limits';
import type { PageWindow } from '../graph/read/paging';

/** The whole numbers an argument may take, from min to max. */
export interface Bounds {
  min: number;
  max: number;
}

const page: Bounds = { min: 1, max: 100 };

/**
 * The bounds of every bounded argument of schema.graphql, once, by schema coordinate (an
 * interface's coordinate covers the types implementing it). The resolvers check against them, and
 * test/unit/api/argument-bounds.test.ts checks that schema.graphql states each in the argument's
 * description, so the two cannot drift. ids count distinct ids. graphView's limit is bounded by
 * configuration (MAX_VIEW_NODES), not here.
 */
export const argumentBounds = {
  'Query.entities(first:)': page,
  'Query.entities(last:)': page,
  'Query.search(first:)': page,
  'Query.investments(first:)': page,
  'Query.connections(first:)': { min: 1, max: 10 },
  'Query.connections(maxHops:)': { min: 1, max: 6 },
  'Query.commonConnections(ids:)': { min: 2, max: 10 },
  'Query.commonConnections(first:)': page,
  'Query.timeline(first:)': { min: 1, max: 500 },
  'Query.timeline(last:)': { min: 1, max: 500 },
  'Query.graphView(ids:)': { min: 1, max: 100 },
  'Query.graphView(depth:)': { min: 1, max: 3 },
  'Entity.facts(first:)': page,
  'Entity.documents(first:)': page,
  'Organization.investors(first:)': page,
  'Organization.portfolio(first:)': page,
  'Place.investors(first:)': page,
  'Fact.evidence(first:)': { min: 0, max: 20 },
  'Query.changes(first:)': page,
  'Query.reviewQueue(first:)': page,
  'Entity.history(first:)': page,
  'Fact.history(first:)': page,
  'Watch.deliveries(first:)': page,
} as const satisfies Record<string, Bounds>;

export type BoundedArgument = keyof typeof argumentBounds;

export function inRange(argument: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw badInput(argument, `must be a whole number from ${min} to ${max}, got ${value}`);
  }
  return value;
}

/** The value if it is within the bounds of that schema argument; BAD_USER_INPUT naming `argument` otherwise. */
export function bounded(coordinate: BoundedArgument, argument: string, value: number): number {
  const { min, max } = argumentBounds[coordinate];
  return inRange(argument, value, min, max);
}

/** The fields whose first is bounded: the lists and connections. */
type PagedField = BoundedArgument extends infer A ? (A extends `${infer F}(first:)` ? F : never) : never;

/** A connection's paging arguments as given (null when left out). */
export interface PageArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

/**
 * The window a connection's paging arguments ask for (Relay cursor connections): first (and
 * after) pages forward, last (and before) backward, from the end; neither is the default first.
 * first and last together are refused. A field whose schema has no last/before never gets them.
 * prefix names a nested connection's arguments in errors ('facts.' gives 'facts.first').
 */
export function pageWindow(field: PagedField, args: PageArgs, defaultFirst: number, prefix = ''): PageWindow {
  if (args.first != null && args.last != null) {
    throw badInput(
      `${prefix}last`,
      'cannot be given with first: page forward with first/after or backward with last/before',
    );
  }
  const backward = args.last != null;
  const size = backward
    ? bounded(`${field}(last:)` as BoundedArgument, `${prefix}last`, args.last!)
    : bounded(`${field}(first:)` as BoundedArgument, `${prefix}first`, args.first ?? defaultFirst);
  return { size, backward, after: args.after ?? undefined, before: args.before ?? undefined, prefix };
}

/**
 * The text of a name filter or search, bounded before it is folded (folding is
 * linear but not free: a 2 MB filter took about a second of the event loop),
 * and refused when it folds to nothing (it would match every entity).
 */
export function filterText(argument: string, value: string): { text: string; folded: string } {
  const text = boundedText(argument, value, inputLimits.filterText);
  const folded = foldKey(text);
  if (folded === '') throw badInput(argument, 'must contain letters or digits');
  return { text, folded };
}

/** YYYY, YYYY-MM or YYYY-MM-DD, and a month and day that exist (2024-13-45 would match nothing, silently). */
/** A whole day, YYYY-MM-DD, that exists (asOf: the day a question is asked about). */
export function fullDate(argument: string, value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value))
    throw badInput(argument, `must be a date YYYY-MM-DD, got ${JSON.stringify(value)}`);
  return partialDate(argument, value);
}

export function partialDate(argument: string, value: string): string {
  if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(value))
    throw badInput(argument, `must be YYYY, YYYY-MM or YYYY-MM-DD, got ${JSON.stringify(value)}`);
  if (!isPartialDate(value)) throw badInput(argument, `is not a calendar date, got ${JSON.stringify(value)}`);
  return value;
}
