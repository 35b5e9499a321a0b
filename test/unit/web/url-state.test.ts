/** The viewer's state in the URL: encode and decode are inverse, and bad links decode to something safe. */
import { decodeState, emptyState, encodeState, type ViewState } from '../../../web/src/url-state';

const full: ViewState = {
  seeds: ['ent_bdc1a8d834293ff3ca7ca2ef', 'ent_791a86cf80be6cf9e68d0ab1'],
  depth: 2,
  limit: 50,
  hidden: ['ent_aaa'],
  hiddenKinds: ['Country', 'City'],
  hiddenRelations: ['LOCATED_IN'],
  selected: { type: 'fact', id: 'fact_123' },
  pathFrom: 'ent_bdc1a8d834293ff3ca7ca2ef',
  pathTo: 'ent_indorama',
  investorsOf: 'ent_ferganaazot',
  asOf: '2024-02-20',
};

describe('the viewer state in the URL', () => {
  it('encodes the empty view as an empty fragment', () => {
    expect(encodeState(emptyState)).toBe('');
    expect(decodeState('')).toEqual(emptyState);
  });

  it('round-trips every field', () => {
    expect(decodeState(encodeState(full))).toEqual(full);
    expect(decodeState(`#${encodeState(full)}`)).toEqual(full);
    const node: ViewState = { ...emptyState, seeds: ['ent_a'], selected: { type: 'node', id: 'ent_a' } };
    expect(decodeState(encodeState(node))).toEqual(node);
  });

  it('writes short, readable fragments with defaults left out', () => {
    expect(encodeState({ ...emptyState, seeds: ['ent_a', 'ent_b'] })).toBe('e=ent_a,ent_b');
    expect(encodeState({ ...emptyState, seeds: ['ent_a'], depth: 1, limit: null })).toBe('e=ent_a');
  });

  it('drops what it does not know: bad ids, depths, limits, kinds and relation types', () => {
    const state = decodeState(
      'e=ent_a,<script>,ent_a&depth=9&limit=-3&xk=Country,Planet&xr=MET_WITH,LOVES&node=a%20b&zzz=1',
    );
    expect(state).toEqual({ ...emptyState, seeds: ['ent_a'], hiddenKinds: ['Country'], hiddenRelations: ['MET_WITH'] });
    expect(decodeState('depth=abc&limit=1.5').depth).toBe(1);
    expect(decodeState('depth=3').depth).toBe(3);
  });

  it('keeps the day the view is read as of, and drops one that is not a real YYYY-MM-DD day', () => {
    expect(encodeState({ ...emptyState, seeds: ['ent_a'], asOf: '2024-02-20' })).toBe('e=ent_a&asof=2024-02-20');
    expect(decodeState('e=ent_a&asof=2024-02-20').asOf).toBe('2024-02-20');
    for (const bad of ['2024-02-30', '2024-2-20', '2024-02', '20240220', 'yesterday', ''])
      expect(decodeState(`e=ent_a&asof=${bad}`).asOf).toBeNull();
  });

  it('caps the number of seeds at what graphView accepts', () => {
    const many = Array.from({ length: 150 }, (_, i) => `ent_${i}`).join(',');
    expect(decodeState(`e=${many}`).seeds).toHaveLength(100);
  });
});
