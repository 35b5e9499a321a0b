/** Parallel facts between two entities drawn as one edge: its id, facts, label with the count, and arrows. */
import { readFactProperties, type RelationType } from '../../../src/model';
import { bundleFacts, bundleId, bundleLabel } from '../../../web/src/bundles';
import type { Fact } from '../../../web/src/queries';

const ref = (id: string) => ({ id, kind: 'Organization', name: id, roles: [] });
const fact = (id: string, from: string, type: RelationType, to: string, extra: Partial<Fact> = {}): Fact => ({
  id,
  type,
  label: type.toLowerCase().replace('_', ' '),
  symmetric: false,
  status: 'stated',
  confidence: 0.9,
  sourceCount: 1,
  ...readFactProperties({}),
  from: ref(from),
  to: ref(to),
  evidence: { edges: [], pageInfo: { hasNextPage: false } },
  ...extra,
});

describe('bundleFacts', () => {
  it('draws one edge per pair of entities, whichever way its facts go, and keeps every fact', () => {
    const bundles = bundleFacts([
      fact('f1', 'amb', 'VISITED', 'plant'),
      fact('f2', 'plant', 'MET_WITH', 'amb', { symmetric: true }),
      fact('f3', 'amb', 'VISITED', 'city'),
    ]);
    expect(bundles.map((b) => [b.id, b.facts.map((f) => f.id), b.label])).toEqual([
      [bundleId('amb', 'plant'), ['f1', 'f2'], 'visited +1'],
      [bundleId('amb', 'city'), ['f3'], 'visited'],
    ]);
    expect(bundleId('plant', 'amb')).toBe(bundleId('amb', 'plant'));
    expect(bundles[0]!.facts[1]).toEqual({ id: 'f2', type: 'MET_WITH', source: 'plant', target: 'amb' });
  });

  it('points an arrowhead each way its directed facts go, none for symmetric facts alone', () => {
    const [oneWay] = bundleFacts([fact('a', 'x', 'INVESTS_IN', 'y'), fact('b', 'x', 'INVESTS_IN', 'y')]);
    expect([oneWay!.forward, oneWay!.backward, oneWay!.label]).toEqual([true, false, 'invests in ×2']);
    const [bothWays] = bundleFacts([fact('a', 'x', 'GOVERNS', 'y'), fact('b', 'y', 'LOCATED_IN', 'x')]);
    expect([bothWays!.source, bothWays!.forward, bothWays!.backward]).toEqual(['x', true, true]);
    const [mutual] = bundleFacts([fact('a', 'x', 'MET_WITH', 'y', { symmetric: true })]);
    expect([mutual!.forward, mutual!.backward]).toEqual([false, false]);
  });

  it('dashes a drawn edge only when all its facts are planned', () => {
    const planned = { status: 'planned' };
    expect(bundleFacts([fact('a', 'x', 'VISITED', 'y', planned)])[0]!.planned).toBe(true);
    expect(bundleFacts([fact('a', 'x', 'VISITED', 'y', planned), fact('b', 'x', 'VISITED', 'y')])[0]!.planned).toBe(
      false,
    );
  });

  it('labels nothing for no facts', () => {
    expect(bundleLabel([])).toBe('');
    expect(bundleFacts([])).toEqual([]);
  });
});
