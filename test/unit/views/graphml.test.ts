import type { Element } from '@xmldom/xmldom';
import { toGraphML } from '../../../src/views/graphml';
import { listSeparator } from '../../../src/views/columns';
import { awkward, empty, ids, subgraph, withoutControls } from './fixture';
import { attribute, children, elements, fitsType, parseXml, wellFormednessErrors } from './xml-document';

const ns = 'http://graphml.graphdrawing.org/xmlns';
const yNs = 'http://www.yworks.com/xml/graphml';
const xsiNs = 'http://www.w3.org/2001/XMLSchema-instance';

const read = (xml = toGraphML(subgraph)) => {
  const document = parseXml(xml);
  const root = document.documentElement;
  if (!root) throw new Error('no root element');
  const keys = new Map(children(root, ns, 'key').map((key) => [attribute(key, 'id'), key]));
  const nodes = elements(document, ns, 'node');
  const edges = elements(document, ns, 'edge');
  return { document, root, keys, nodes, edges };
};

/** The text of each `<data>` of an element whose key has this attr.name. */
const dataByName = (element: Element, keys: Map<string, Element>) =>
  Object.fromEntries(
    children(element, ns, 'data').flatMap((data) => {
      const name = keys.get(attribute(data, 'key'))?.getAttribute('attr.name');
      return name ? [[name, data.textContent ?? '']] : [];
    }),
  );

const byId = (items: Element[], id: string) => {
  const found = items.find((item) => item.getAttribute('id') === id);
  if (!found) throw new Error(`no element ${id}`);
  return found;
};

describe('toGraphML', () => {
  it.each([
    ['the fixture', subgraph],
    ['an empty subgraph', empty],
  ])('writes well-formed XML for %s (libxml2)', async (_name, graph) => {
    await expect(wellFormednessErrors(toGraphML(graph))).resolves.toEqual([]);
  });

  it('declares GraphML 1.0 with its namespace, schema location and a directed graph', () => {
    const xml = toGraphML(subgraph);
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n')).toBe(true);
    const { root } = read(xml);
    expect(root.namespaceURI).toBe(ns);
    expect(root.localName).toBe('graphml');
    expect(root.getAttributeNS(xsiNs, 'schemaLocation')).toMatch(new RegExp(`^${ns} \\S+\\.xsd$`));
    const graphs = children(root, ns, 'graph');
    expect(graphs).toHaveLength(1);
    expect(graphs[0]?.getAttribute('edgedefault')).toBe('directed');
  });

  it('puts every <key> before the graph, as the schema orders them', () => {
    const { root } = read();
    const names = [...root.childNodes].filter((node) => node.nodeType === 1).map((node) => (node as Element).localName);
    expect(names.lastIndexOf('key')).toBeLessThan(names.indexOf('graph'));
  });

  it('has as many nodes and edges as the subgraph, and every edge joins declared nodes', () => {
    const { nodes, edges } = read();
    expect(nodes).toHaveLength(subgraph.nodes.length);
    expect(edges).toHaveLength(subgraph.edges.length);
    const nodeIds = new Set(nodes.map((node) => attribute(node, 'id')));
    expect(nodeIds.size).toBe(nodes.length);
    for (const edge of edges) {
      expect(nodeIds).toContain(attribute(edge, 'source'));
      expect(nodeIds).toContain(attribute(edge, 'target'));
    }
  });

  it('declares every key it uses, for the right domain, with a value that fits its attr.type', () => {
    const { document, keys } = read();
    expect(keys.size).toBe(children(read().root, ns, 'key').length); // key ids are unique
    for (const key of keys.values()) {
      const typed =
        key.getAttribute('attr.name') !== null &&
        ['string', 'int', 'double', 'boolean'].includes(key.getAttribute('attr.type') ?? '');
      expect(typed || key.getAttribute('yfiles.type') !== null).toBe(true);
    }
    const data = elements(document, ns, 'data');
    expect(data.length).toBeGreaterThan(0);
    for (const item of data) {
      const key = keys.get(attribute(item, 'key'));
      expect(key).toBeDefined();
      const owner = (item.parentNode as Element).localName;
      expect(key?.getAttribute('for')).toBe(owner);
      const type = key?.getAttribute('attr.type');
      if (type)
        expect({ key: key?.getAttribute('attr.name'), fits: fitsType(type, item.textContent ?? '') }).toEqual({
          key: key?.getAttribute('attr.name'),
          fits: true,
        });
    }
  });

  it('declares the union of fact property names present, typed from the ontology', () => {
    const { keys } = read();
    const properties = [...keys.values()].filter((key) => attribute(key, 'id').startsWith('e_p'));
    const types = Object.fromEntries(
      properties.map((key) => [attribute(key, 'attr.name'), attribute(key, 'attr.type')]),
    );
    expect(types).toEqual({ amount: 'double', currency: 'string', date: 'string', stake: 'double', title: 'string' });
  });

  it('carries node attributes, lists joined, and round-trips awkward text', () => {
    const { nodes, keys } = read();
    const person = dataByName(byId(nodes, ids.akhmetova), keys);
    expect(person).toMatchObject({ label: awkward.person, kind: 'Person', roles: 'Official' });
    expect(person.aliases).toBe(['Zhanna Akhmetova', 'Ж. Ахметова'].join(listSeparator));
    expect(dataByName(byId(nodes, ids.mueller), keys)).toMatchObject({
      label: awkward.diplomat,
      aliases: withoutControls(awkward.bellAlias),
    });
    expect(dataByName(byId(nodes, ids.plant), keys).label).toBe(awkward.plant);
  });

  it('carries edge attributes and fact properties as their own keys', () => {
    const { edges, keys } = read();
    expect(dataByName(byId(edges, 'fact_invests'), keys)).toEqual({
      label: 'invests in',
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
    expect(dataByName(byId(edges, 'fact_governs'), keys).title).toBe(awkward.title);
  });

  it('marks symmetric relations and draws them without arrows in yEd', () => {
    const { edges, keys } = read();
    const met = byId(edges, 'fact_met');
    expect(dataByName(met, keys).symmetric).toBe('true');
    expect(elements(met, yNs, 'Arrows')[0]?.getAttribute('target')).toBe('none');
    expect(elements(byId(edges, 'fact_invests'), yNs, 'Arrows')[0]?.getAttribute('target')).toBe('standard');
  });

  it('gives yEd a y:NodeLabel per node and a y:EdgeLabel per edge, under yfiles keys', () => {
    const { nodes, edges, keys } = read();
    for (const node of nodes) {
      const source = subgraph.nodes.find((n) => n.id === attribute(node, 'id'));
      const labels = elements(node, yNs, 'NodeLabel');
      expect(labels.map((label) => label.textContent)).toEqual([source?.name]);
      const holder = labels[0]?.parentNode?.parentNode as Element;
      expect(keys.get(attribute(holder, 'key'))?.getAttribute('yfiles.type')).toBe('nodegraphics');
    }
    for (const edge of edges) {
      const source = subgraph.edges.find((e) => e.id === attribute(edge, 'id'));
      expect(elements(edge, yNs, 'EdgeLabel').map((label) => label.textContent)).toEqual([source?.label]);
    }
  });

  it('records whether the view was truncated', () => {
    const { root, keys } = read();
    const graph = children(root, ns, 'graph')[0] as Element;
    expect(dataByName(graph, keys)).toEqual({ truncated: 'true' });
    const emptyDoc = read(toGraphML(empty));
    expect(emptyDoc.nodes).toHaveLength(0);
    expect(dataByName(children(emptyDoc.root, ns, 'graph')[0] as Element, emptyDoc.keys)).toEqual({
      truncated: 'false',
    });
  });
});
