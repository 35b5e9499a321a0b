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

  it('caps the number of seeds at what graphView accepts', () => {
    const many = Array.from({ length: 150 }, (_, i) => `ent_${i}`).join(',');
    expect(decodeState(`e=${many}`).seeds).toHaveLength(100);
  });
});
