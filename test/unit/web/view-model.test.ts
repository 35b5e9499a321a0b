/** What the viewer draws and exports: gathering, hiding and filtering, as the exporters' Subgraph. */
import { readFactProperties, type RelationType } from '../../../src/model';
import { toGraphML } from '../../../src/views';
import type { Fact, GraphNode } from '../../../web/src/queries';
import { combine, counts, fromFacts, fromView, visibility, visibleSubgraph } from '../../../web/src/view-model';

const node = (id: string, kind = 'Organization', aliases: string[] = []): GraphNode => ({
  id,
  kind,
  name: id.toUpperCase(),
  roles: [],
  aliases,
});
const fact = (id: string, from: GraphNode, type: RelationType, to: GraphNode, extra: Partial<Fact> = {}): Fact => ({
  id,
  type,
  label: type.toLowerCase(),
  symmetric: false,
  status: 'stated',
  confidence: 0.9,
  sourceCount: 1,
  ...readFactProperties({}),
  from: { id: from.id, kind: from.kind, name: from.name, roles: from.roles },
  to: { id: to.id, kind: to.kind, name: to.name, roles: to.roles },
  evidence: { edges: [], pageInfo: { hasNextPage: false } },
  ...extra,
});

const ambassador = node('amb', 'Person', ['Атамкулов']);
const plant = node('plant');
const refinery = node('refinery');
const country = node('kz', 'Country');
const investor = node('indorama');
const view = fromView({
  nodes: [ambassador, plant, refinery, country],
  edges: [
    fact('f1', ambassador, 'VISITED', plant, { date: '2024-02-08' }),
    fact('f2', ambassador, 'VISITED', refinery),
    fact('f3', ambassador, 'REPRESENTS', country),
  ],
  truncated: false,
});

describe('the viewer model', () => {
  it('gathers a view with paths and investments, keeping each node and fact once with its aliases', () => {
    const invest = fromFacts([fact('f4', investor, 'INVESTS_IN', plant, { amount: 1e6, currency: 'USD' })]);
    const data = combine(view, invest, fromFacts([fact('f1', ambassador, 'VISITED', plant)]));
    expect([...data.nodes.keys()]).toEqual(['amb', 'plant', 'refinery', 'kz', 'indorama']);
    expect(data.nodes.get('amb')!.aliases).toEqual(['Атамкулов']);
    expect(data.facts.size).toBe(4);
    expect(counts(data).kinds.get('Organization')).toBe(3);
    expect(counts(data).relations.get('VISITED')).toBe(2);
  });

  it('hides nodes, kinds and relation types, and every fact that loses an end', () => {
    const shown = visibility(view, { hidden: ['refinery'], hiddenKinds: ['Country'], hiddenRelations: [] });
    expect([...shown.nodes]).toEqual(['amb', 'plant']);
    expect([...shown.facts]).toEqual(['f1']);
    const noVisits = visibility(view, { hidden: [], hiddenKinds: [], hiddenRelations: ['VISITED'] });
    expect([...noVisits.facts]).toEqual(['f3']);
    expect(noVisits.nodes.size).toBe(4);
  });

  it('exports the visible part in the same shape as /export, properties included', () => {
    const subgraph = visibleSubgraph(
      view,
      visibility(view, { hidden: [], hiddenKinds: ['Country'], hiddenRelations: [] }),
    );
    expect(subgraph.nodes.map((n) => n.id)).toEqual(['amb', 'plant', 'refinery']);
    expect(subgraph.edges[0]).toEqual({
      id: 'f1',
      source: 'amb',
      target: 'plant',
      type: 'VISITED',
      label: 'visited',
      symmetric: false,
      confidence: 0.9,
      sourceCount: 1,
      status: 'stated',
      properties: { date: '2024-02-08' },
    });
    const graphml = toGraphML(subgraph);
    expect(graphml.match(/<node /g)).toHaveLength(3);
    expect(graphml.match(/<edge /g)).toHaveLength(2);
  });
});
