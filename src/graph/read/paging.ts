/**
 * Relay cursor connections over keyset-ordered lists: a cursor is the name of its list and the
 * sort key of an item (opaque: base64url of their JSON), a window is the first n items after a cursor or the last n
 * before one, and a page is built from what a statement fetched for a window (one item more than
 * asked, which only tells that the list goes on). Every connection of the API pages this way.
 */
import { badInput } from '../../errors';

/** The sort key of an item: what its cursor holds. */
export type Key = (string | number)[];

/** A keyset-ordered list: its name (in its cursors) and the types of its sort key. */
export interface KeyedList {
  name: string;
  shape: readonly ('string' | 'number')[];
}

export function encodeCursor(list: KeyedList, key: Key): string {
  return Buffer.from(JSON.stringify([list.name, ...key])).toString('base64url');
}

/**
 * The key a cursor made by encodeCursor for this list holds (a cursor of another list is refused
 * rather than compared); BAD_USER_INPUT naming the argument otherwise.
 */
export function decodeCursor(cursor: string, list: KeyedList, argument = 'after'): Key {
  try {
    const values: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(values) &&
      values[0] === list.name &&
      values.length === list.shape.length + 1 &&
      list.shape.every((type, i) => typeof values[i + 1] === type)
    ) {
      return values.slice(1) as Key;
    }
  } catch {
    // reported below
  }
  throw badInput(argument, 'is not a cursor returned by this API for this list');
}

/**
 * The part of a list a request asks for: the first `size` items (after the `after` cursor), or,
 * backward, the last `size` items (before the `before` cursor). Either cursor may bound either
 * direction. Cursors stay encoded until the list that knows its key decodes them (pageKeys).
 */
export interface PageWindow {
  size: number;
  backward: boolean;
  after?: string;
  before?: string;
  /** How the arguments are named in errors: '' for a root field's, 'facts.' for a nested list's. */
  prefix?: string;
}

/** The window of a forward-only list: first and after. */
export const forward = (size: number, after?: string, prefix?: string): PageWindow => ({
  size,
  backward: false,
  after,
  prefix,
});

/** The decoded cursors of a window on this list (null: not given). */
export function pageKeys(window: PageWindow, list: KeyedList): { after: Key | null; before: Key | null } {
  const prefix = window.prefix ?? '';
  return {
    after: window.after === undefined ? null : decodeCursor(window.after, list, `${prefix}after`),
    before: window.before === undefined ? null : decodeCursor(window.before, list, `${prefix}before`),
  };
}

export interface Page<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  totalCount: number | null;
}

/**
 * A page from the items a statement fetched for the window, in the order it read them: from the
 * start of the list (forward) or from its end (backward), at most size + 1. The extra item only
 * tells that there are more in the direction of reading. The other direction is not looked at,
 * as the Relay cursor connections spec allows: a cursor of this API names an item of the list, so
 * hasPreviousPage is true when after was given (forward), hasNextPage when before was given
 * (backward).
 */
export function toPage<T>(
  items: T[],
  window: PageWindow,
  list: KeyedList,
  keyOf: (item: T) => Key,
  totalCount: number | null = null,
): Page<T> {
  const more = items.length > window.size;
  const kept = items.slice(0, window.size);
  if (window.backward) kept.reverse();
  const edges = kept.map((node) => ({ cursor: encodeCursor(list, keyOf(node)), node }));
  return {
    edges,
    pageInfo: {
      hasNextPage: window.backward ? window.before !== undefined : more,
      hasPreviousPage: window.backward ? more : window.after !== undefined,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount,
  };
}

/** The limit of a statement reading a window: one more than the page, to know whether the list goes on. */
export const fetchSize = (window: PageWindow) => window.size + 1;
