import type { Element } from '@xmldom/xmldom';
import { toGEXF } from '../../../src/views/gexf';
import { awkward, empty, ids, subgraph, withoutControls } from './fixture';
import { attribute, children, elements, fitsType, parseXml, wellFormednessErrors } from './xml-document';

const ns = 'http://gexf.net/1.3';
const vizNs = 'http://gexf.net/1.3/viz';
const now = new Date('2026-03-04T12:00:00Z');

const read = (xml = toGEXF(subgraph, { now })) => {
  const document = parseXml(xml);
  const root = document.documentElement;
  if (!root) throw new Error('no root element');
  const graph = children(root, ns, 'graph')[0] as Element;
  const declared = (domain: string) =>
    new Map(
      children(graph, ns, 'attributes')
        .filter((block) => block.getAttribute('class') === domain)
        .flatMap((block) => children(block, ns, 'attribute'))
        .map((item) => [attribute(item, 'id'), item]),
    );
  return {
    root,
    graph,
    nodes: elements(document, ns, 'node'),
    edges: elements(document, ns, 'edge'),
    declared: { node: declared('node'), edge: declared('edge') },
  };
};

/** attvalue values by attribute title. */
const values = (element: Element, declared: Map<string, Element>) =>
  Object.fromEntries(
    elements(element, ns, 'attvalue').map((value) => [
      declared.get(attribute(value, 'for'))?.getAttribute('title'),
      attribute(value, 'value'),
    ]),
  );

const byId = (items: Element[], id: string) => {
  const found = items.find((item) => item.getAttribute('id') === id);
  if (!found) throw new Error(`no element ${id}`);
  return found;
};

describe('toGEXF', () => {
  it.each([
    ['the fixture', subgraph],
    ['an empty subgraph', empty],
  ])('writes well-formed XML for %s (libxml2)', async (_name, graph) => {
    await expect(wellFormednessErrors(toGEXF(graph))).resolves.toEqual([]);
  });

  it('declares GEXF 1.3 with meta, a directed default and the viz namespace', () => {
    const { root, graph } = read();
    expect(root.namespaceURI).toBe(ns);
    expect(root.getAttribute('version')).toBe('1.3');
    expect(root.lookupNamespaceURI('viz')).toBe(vizNs);
    const meta = children(root, ns, 'meta')[0] as Element;
    expect(meta.getAttribute('lastmodifieddate')).toBe('2026-03-04');
    expect(children(meta, ns, 'creator')[0]?.textContent).toBe('silkgraph');
    expect(children(meta, ns, 'description')[0]?.textContent).toMatch(/truncated/);
    expect(graph.getAttribute('defaultedgetype')).toBe('directed');
  });

  it('orders the graph as the schema does: attributes, nodes, edges', () => {
    const { graph } = read();
    const names = [...graph.childNodes]
      .filter((node) => node.nodeType === 1)
      .map((node) => (node as Element).localName);
    expect(names).toEqual(['attributes', 'attributes', 'nodes', 'edges']);
  });

  it('has as many nodes and edges as the subgraph, and every edge joins declared nodes', () => {
    const { nodes, edges } = read();
    expect(nodes).toHaveLength(subgraph.nodes.length);
    expect(edges).toHaveLength(subgraph.edges.length);
    const nodeIds = new Set(nodes.map((node) => attribute(node, 'id')));
    for (const edge of edges) {
      expect(nodeIds).toContain(attribute(edge, 'source'));
      expect(nodeIds).toContain(attribute(edge, 'target'));
    }
  });

  it('declares every attribute it uses, in its class, with a value that fits its type', () => {
    const { nodes, edges, declared } = read();
    for (const block of [declared.node, declared.edge]) {
      for (const item of block.values())
        expect(['string', 'integer', 'double', 'boolean']).toContain(attribute(item, 'type'));
    }
    for (const [items, block] of [
      [nodes, declared.node],
      [edges, declared.edge],
    ] as const) {
      for (const item of items) {
        for (const value of elements(item, ns, 'attvalue')) {
          const column = block.get(attribute(value, 'for'));
          expect(column).toBeDefined();
          expect(fitsType(column?.getAttribute('type') ?? '', attribute(value, 'value'))).toBe(true);
        }
      }
    }
    const edgeTypes = Object.fromEntries(
      [...declared.edge.values()].map((item) => [attribute(item, 'title'), attribute(item, 'type')]),
    );
    expect(edgeTypes).toMatchObject({
      confidence: 'double',
      sourceCount: 'integer',
      symmetric: 'boolean',
      amount: 'double',
      stake: 'double',
      currency: 'string',
      date: 'string',
      title: 'string',
    });
  });

  it('writes every edge in the one default direction, a symmetric relation marked by its symmetric attribute', () => {
    const { edges, declared } = read();
    expect(subgraph.edges.some((edge) => edge.symmetric)).toBe(true);
    for (const source of subgraph.edges) {
      const edge = byId(edges, source.id);
      expect(edge.hasAttribute('type')).toBe(false);
      expect([attribute(edge, 'source'), attribute(edge, 'target')]).toEqual([source.source, source.target]);
      expect(values(edge, declared.edge).symmetric).toBe(String(source.symmetric));
    }
  });

  it('gives each edge its label, relation kind and sourceCount as weight, and its properties', () => {
    const { edges, declared } = read();
    const invests = byId(edges, 'fact_invests');
    expect([invests.getAttribute('label'), invests.getAttribute('kind'), invests.getAttribute('weight')]).toEqual([
      'invests in',
      'INVESTS_IN',
      '3',
    ]);
    expect(values(invests, declared.edge)).toEqual({
      type: 'INVESTS_IN',
      symmetric: 'false',
      confidence: '0.9',
      sourceCount: '3',
      status: 'planned',
      amount: '1500000000',
      currency: 'USD',
      stake: '49.5',
      date: '2025',
    });
  });

  it('round-trips awkward text in labels and attribute values', () => {
    const { nodes, edges, declared } = read();
    expect(byId(nodes, ids.akhmetova).getAttribute('label')).toBe(awkward.person);
    expect(byId(nodes, ids.mueller).getAttribute('label')).toBe(awkward.diplomat);
    expect(byId(nodes, ids.plant).getAttribute('label')).toBe(awkward.plant);
    expect(values(byId(nodes, ids.mueller), declared.node).aliases).toBe(withoutControls(awkward.bellAlias));
    expect(values(byId(edges, 'fact_governs'), declared.edge).title).toBe(awkward.title);
  });

  it('colours nodes by kind: one colour per kind, a different one for each kind', () => {
    const { nodes, declared } = read();
    const colourOf = new Map<string, string>();
    for (const node of nodes) {
      const colours = elements(node, vizNs, 'color');
      expect(colours).toHaveLength(1);
      const rgb = ['r', 'g', 'b'].map((channel) => attribute(colours[0] as Element, channel)).join(',');
      const kind = values(node, declared.node).kind ?? '';
      expect(colourOf.get(kind) ?? rgb).toBe(rgb);
      colourOf.set(kind, rgb);
    }
    expect(new Set(colourOf.values()).size).toBe(colourOf.size);
  });

  it('writes an empty subgraph as empty node and edge lists', () => {
    const { nodes, edges, graph } = read(toGEXF(empty, { now }));
    expect([nodes.length, edges.length]).toEqual([0, 0]);
    expect(children(graph, ns, 'nodes')).toHaveLength(1);
  });
});
