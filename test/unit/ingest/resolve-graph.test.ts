import {
  decide,
  lucenePerWordFuzzy,
  matchesPerWordFuzzy,
  type GraphCandidate,
  type ResolvableEntity,
} from '../../../src/ingest/resolve-graph';
import { foldKey } from '../../../src/model/fold';

const person = (name: string, context: string[] = [], articleKeys: string[] = []): ResolvableEntity => ({
  localId: 'e1',
  kind: 'Person',
  keys: [foldKey(name)],
  context: context.map(foldKey),
  articleKeys: articleKeys.map(foldKey),
});
const candidate = (name: string, context: string[] = [], aliases: string[] = []): GraphCandidate => ({
  id: `ent_${name}`,
  name,
  keys: [name, ...aliases].map(foldKey),
  context: context.map(foldKey),
});

describe('decide (resolution against the graph)', () => {
  it('matches exactly on a folded key, whatever the script or transliteration', () => {
    expect(decide(person('Хайрулло Бозоров'), [candidate('Khayrullo Bozorov')])).toMatchObject({
      method: 'exact',
      id: 'ent_Khayrullo Bozorov',
      score: 1,
    });
    expect(decide(person('Samarqand Region'), [candidate('Samarkand Region')])).toMatchObject({ method: 'exact' });
  });

  it('matches an alias of the candidate', () => {
    expect(decide(person('Bozarov K.'), [candidate('Khairullo Bozarov', [], ['Bozarov K.'])])).toMatchObject({
      method: 'exact',
    });
  });

  it('merges a one-letter variant when the candidate shares a neighbour with the entity', () => {
    const result = decide(person('Khayrullo Bozorov', ['Fergana Region']), [
      candidate('Khairullo Bozarov', ['Fergana Region']),
    ]);
    expect(result).toMatchObject({ method: 'fuzzy', id: 'ent_Khairullo Bozarov' });
    expect(result.score).toBeGreaterThan(0.9);
  });

  it('merges it when the candidate neighbour is at least named in the article', () => {
    const result = decide(person('Khayrullo Bozorov', [], ['Fergana Region']), [
      candidate('Khairullo Bozarov', ['Fergana Region']),
    ]);
    expect(result.method).toBe('fuzzy');
  });

  it('keeps a one-letter variant apart without any shared context', () => {
    expect(decide(person('Khayrullo Bozorov'), [candidate('Khairullo Bozarov', ['Fergana Region'])]).method).toBe(
      'new',
    );
  });

  it('keeps different people with a shared surname apart even in the same region', () => {
    expect(
      decide(person('Kim Myung-soo', ['Fergana Region']), [candidate('Kim Myung-gyu', ['Fergana Region'])]).method,
    ).toBe('new');
  });

  it('does not compare names with a different number of words', () => {
    expect(decide(person('Ferganaazot', ['Fergana Region']), [candidate('Fergana', ['Fergana Region'])]).method).toBe(
      'new',
    );
  });

  it('picks the most similar of several fuzzy candidates', () => {
    const result = decide(person('Khayrullo Bozorov', ['Fergana Region']), [
      candidate('Khayrulla Bazarova', ['Fergana Region']),
      candidate('Khairullo Bozarov', ['Fergana Region']),
    ]);
    expect(result.id).toBe('ent_Khairullo Bozarov');
  });
});

describe('lucenePerWordFuzzy', () => {
  it('makes one fuzzy clause per key, fuzzy only on words of four letters or more', () => {
    expect(lucenePerWordFuzzy(['hairulo bozarov', 'kim'])).toBe(
      'aliasKeys:(hairulo~1 AND bozarov~1) OR aliasKeys:(kim)',
    );
  });
});

describe('matchesPerWordFuzzy (the full-text prefilter, in memory)', () => {
  const keys = (...names: string[]) => names.map(foldKey);
  it('needs every word of one key within one edit (an exact word when shorter than four letters)', () => {
    expect(matchesPerWordFuzzy(keys('Leopold Hartmannsburger'), keys('Leopold Hartmannsberger'))).toBe(true);
    expect(matchesPerWordFuzzy(keys('Leopold Hartmannsburgr'), keys('Leopold Hartmannsberger'))).toBe(false);
    expect(matchesPerWordFuzzy(keys('Ali Karimov'), keys('Alo Karimov'))).toBe(false);
    expect(matchesPerWordFuzzy(keys('Botir Zaripov'), keys('Boitr Zaripov'))).toBe(true);
    expect(matchesPerWordFuzzy(keys('Botir Zaripov'), keys('Zaripov'))).toBe(false);
  });
  it('takes the words from any of the keys, as the index holds every alias key in one field', () => {
    expect(matchesPerWordFuzzy(keys('Botir Zaripov'), keys('Botir Aliev', 'Zaripov'))).toBe(true);
    expect(matchesPerWordFuzzy(keys('Zaripov', 'Botir Zaripov'), keys('Zaripov'))).toBe(true);
  });
});
