import { matchScore, searchParams, searchPool, searchQueries } from '../../../src/graph/read/search';

describe('searchQueries', () => {
  it('asks for each word exactly or as a prefix, all words required', () => {
    expect(searchQueries('khairullo bozorov').query).toBe(
      'aliasKeys:(khairullo^4 OR khairullo*^2) AND aliasKeys:(bozorov^4 OR bozorov*^2)',
    );
  });

  it('allows two edits from six letters, one from four, none below', () => {
    expect(searchQueries('fargona uz abad').fuzzyQuery).toBe(
      'aliasKeys:(fargona^4 OR fargona*^2 OR fargona~2) AND aliasKeys:(uz^4 OR uz*^2) AND aliasKeys:(abad^4 OR abad*^2 OR abad~1)',
    );
  });

  it('has no fuzzy query when no word is long enough to misspell', () => {
    expect(searchQueries('un eu').fuzzyQuery).toBeNull();
  });
});

describe('searchParams', () => {
  it('folds the text, keeps kinds only when given and asks for the same pool of candidates for every page', () => {
    const params = searchParams('  Фергана ', ['Region'])!;
    expect(params.query).toBe('aliasKeys:(fergana^4 OR fergana*^2)');
    expect(params.kinds).toEqual(['Region']);
    expect(params.candidates.toNumber()).toBe(searchPool);
    expect(searchPool).toBe(100);
    expect(searchParams('x', [])!.kinds).toBeNull();
  });

  it('is null for a text that folds to nothing', () => {
    expect(searchParams(' -- ', undefined)).toBeNull();
  });
});

describe('matchScore', () => {
  it('scores the same folded text 1, a prefix or whole word just below, a misspelling lower', () => {
    expect(matchScore('fergana', 'Фергана')).toBe(1);
    const prefix = matchScore('fergana', 'Fergana Region');
    expect(prefix).toBeGreaterThan(0.9);
    expect(prefix).toBeLessThan(1);
    expect(matchScore('fargona', 'Fergana')).toBeLessThan(0.9);
  });
});
