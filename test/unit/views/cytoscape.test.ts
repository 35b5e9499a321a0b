import { toCytoscape } from '../../../src/views/cytoscape';
import { empty, subgraph } from './fixture';

describe('toCytoscape', () => {
  const json = toCytoscape(subgraph);

  it('has one element per node and edge, and every edge joins existing nodes', () => {
    expect(json.elements.nodes).toHaveLength(subgraph.nodes.length);
    expect(json.elements.edges).toHaveLength(subgraph.edges.length);
    const nodeIds = new Set(json.elements.nodes.map((node) => node.data.id));
    for (const { data } of json.elements.edges) {
      expect(nodeIds).toContain(data.source);
      expect(nodeIds).toContain(data.target);
    }
  });

  it('carries node attributes in data, with the name as label', () => {
    for (const node of subgraph.nodes) {
      const data = json.elements.nodes.find((element) => element.data.id === node.id)?.data;
      expect(data).toEqual({ ...node, value: node.id, label: node.name });
    }
  });

  it('carries edge attributes and fact properties flat in data', () => {
    const data = json.elements.edges.find((element) => element.data.id === 'fact_invests')?.data;
    expect(data).toEqual({
      id: 'fact_invests',
      key: 'fact_invests',
      source: subgraph.edges[1]?.source,
      target: subgraph.edges[1]?.target,
      type: 'INVESTS_IN',
      label: 'invests in',
      symmetric: false,
      confidence: 0.9,
      sourceCount: 3,
      status: 'planned',
      amount: 1500000000,
      currency: 'USD',
      stake: 49.5,
      date: '2025',
    });
    expect(json.elements.edges.find((element) => element.data.id === 'fact_met')?.data.symmetric).toBe(true);
  });

  it("keeps an edge's own fields when a property has the same name", () => {
    const [edge] = subgraph.edges;
    if (!edge) throw new Error('fixture has edges');
    const clash = { ...subgraph, edges: [{ ...edge, properties: { status: 'other', id: 'x', date: '2024' } }] };
    const data = toCytoscape(clash).elements.edges[0]?.data;
    expect([data?.id, data?.status, data?.date]).toEqual([edge.id, edge.status, '2024']);
  });

  it('says at the top level what networkx needs: directed, multigraph, and the truncation as graph data', () => {
    expect(json).toMatchObject({ directed: true, multigraph: true, data: { truncated: true } });
  });

  it("keys every node and edge as networkx's cytoscape_graph does: node by value, parallel facts by their own key", () => {
    for (const { data } of json.elements.nodes) expect(data.value).toBe(data.id);
    const [edge] = subgraph.edges;
    if (!edge) throw new Error('fixture has edges');
    const parallel = { ...subgraph, edges: [edge, { ...edge, id: `${edge.id}_again` }] };
    const keys = toCytoscape(parallel).elements.edges.map(({ data }) => [data.source, data.target, data.key]);
    expect(new Set(keys.map((key) => JSON.stringify(key))).size).toBe(2);
  });

  it('records truncation at the top level and survives JSON', () => {
    expect(json.data).toEqual({ truncated: true });
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });

  it('renders an empty subgraph', () => {
    expect(toCytoscape(empty)).toEqual({
      elements: { nodes: [], edges: [] },
      data: { truncated: false },
      directed: true,
      multigraph: true,
    });
  });
});
