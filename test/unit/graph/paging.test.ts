/**
 * Pages and cursors of the Relay connections (src/graph/read/paging.ts) and the paging arguments
 * (pageWindow): what a page says about its ends, forward and backward, and which cursors and
 * argument combinations are refused with BAD_USER_INPUT naming the argument.
 */
import { pageWindow } from '../../../src/api/arguments';
import { SilkgraphError } from '../../../src/errors';
import { decodeCursor, encodeCursor, pageKeys, toPage, type KeyedList } from '../../../src/graph/read/paging';

const letters: KeyedList = { name: 'letters', shape: ['string'] };
const key = (letter: string) => [letter];

/** The error a call throws, as code, argument and message. */
function refusal(call: () => unknown) {
  try {
    call();
  } catch (error) {
    if (error instanceof SilkgraphError) return { code: error.code, message: error.message };
    throw error;
  }
  throw new Error('not refused');
}

describe('toPage', () => {
  it('keeps first items read forward and says the list goes on when one more was fetched', () => {
    const page = toPage(['a', 'b', 'c'], { size: 2, backward: false }, letters, key, 7);
    expect(page.edges.map((edge) => edge.node)).toEqual(['a', 'b']);
    expect(page.pageInfo).toEqual({
      hasNextPage: true,
      hasPreviousPage: false,
      startCursor: encodeCursor(letters, ['a']),
      endCursor: encodeCursor(letters, ['b']),
    });
    expect(page.totalCount).toBe(7);
  });

  it('puts items read backward (from the end) back in list order', () => {
    const before = encodeCursor(letters, ['e']);
    const page = toPage(['d', 'c', 'b'], { size: 2, backward: true, before }, letters, key);
    expect(page.edges.map((edge) => edge.node)).toEqual(['c', 'd']);
    expect(page.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: true });
    const start = toPage(['b', 'a'], { size: 2, backward: true }, letters, key);
    expect(start.pageInfo).toMatchObject({ hasPreviousPage: false, hasNextPage: false });
  });

  it('gives an empty page no cursors', () => {
    expect(toPage([], { size: 5, backward: false }, letters, key).pageInfo).toEqual({
      hasNextPage: false,
      hasPreviousPage: false,
      startCursor: null,
      endCursor: null,
    });
  });
});

describe('cursors', () => {
  it('hold the key of their item and come back from decodeCursor', () => {
    const list: KeyedList = { name: 'hits', shape: ['number', 'string'] };
    expect(decodeCursor(encodeCursor(list, [0.95, 'ent_a']), list)).toEqual([0.95, 'ent_a']);
  });

  it.each([
    ['not base64 JSON', 'not-a-cursor'],
    ['of another list with the same key shape', encodeCursor({ name: 'other', shape: ['string'] }, ['a'])],
    ['with a key of another shape', encodeCursor({ name: 'letters', shape: ['number'] }, [1])],
    ['with a key too long', encodeCursor({ name: 'letters', shape: ['string', 'string'] }, ['a', 'b'])],
  ])('refuse a cursor %s, naming the argument', (_name, cursor) => {
    expect(refusal(() => pageKeys({ size: 1, backward: false, before: cursor, prefix: 'facts.' }, letters))).toEqual({
      code: 'BAD_USER_INPUT',
      message: 'facts.before: is not a cursor returned by this API for this list',
    });
  });
});

describe('pageWindow', () => {
  it('pages forward with first (or its default), backward with last', () => {
    expect(pageWindow('Query.timeline', {}, 100)).toMatchObject({ size: 100, backward: false });
    expect(pageWindow('Query.timeline', { last: 3, before: 'c' }, 100)).toMatchObject({
      size: 3,
      backward: true,
      before: 'c',
    });
  });

  it.each([
    [
      { first: 2, last: 2 },
      'last: cannot be given with first: page forward with first/after or backward with last/before',
    ],
    [{ last: 501 }, 'last: must be a whole number from 1 to 500, got 501'],
    [{ last: 0 }, 'last: must be a whole number from 1 to 500, got 0'],
    [{ first: 501 }, 'first: must be a whole number from 1 to 500, got 501'],
  ])('refuses %j with BAD_USER_INPUT naming the argument', (args, message) => {
    expect(refusal(() => pageWindow('Query.timeline', args, 100))).toEqual({ code: 'BAD_USER_INPUT', message });
  });

  it('names a nested connection argument with its field', () => {
    expect(refusal(() => pageWindow('Fact.evidence', { first: 21 }, 5, 'evidence.'))).toEqual({
      code: 'BAD_USER_INPUT',
      message: 'evidence.first: must be a whole number from 0 to 20, got 21',
    });
  });
});
