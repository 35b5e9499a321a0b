/**
 * Subgraph -> GraphML 1.0 for yEd and Gephi. Attributes are declared as `<key>`
 * elements with `attr.name` and `attr.type`; lists are joined with "; ". Every
 * edge is directed as stored (`edgedefault="directed"`, which networkx also
 * reads); a symmetric relation says so in its `symmetric` key and yEd draws it
 * without arrows. yEd shows names only from its own graphics, so each node and
 * edge also carries a `y:ShapeNode`/`y:PolyLineEdge` under a key with
 * `yfiles.type` (the schema location is yEd's, which declares that attribute);
 * Gephi and other readers skip those keys and read `label` instead.
 */
import { edgeColumns, nodeColumns, propertyColumns, type Column, type ColumnType } from './columns';
import { drawable } from './drawable';
import { kindColour } from './palette';
import type { Subgraph, ViewEdge, ViewNode } from './types';
import { escapeXml, xmlAttributes } from './xml';

const graphmlType: Record<ColumnType, string> = { string: 'string', double: 'double', int: 'int', boolean: 'boolean' };

interface Key<T> extends Column<T> {
  id: string;
}

const label = { name: 'label', type: 'string' } as const;
const nodeKeys: Key<ViewNode>[] = [
  { ...label, id: 'n_label', value: (node) => node.name },
  ...nodeColumns.map((column) => ({ ...column, id: `n_${column.name}` })),
];
const fixedEdgeKeys: Key<ViewEdge>[] = [
  { ...label, id: 'e_label', value: (edge) => edge.label },
  ...edgeColumns.map((column) => ({ ...column, id: `e_${column.name}` })),
];
const yNode = 'y_node';
const yEdge = 'y_edge';

export function toGraphML(subgraph: Subgraph): string {
  const { nodes, edges, truncated } = drawable(subgraph);
  const edgeKeys = [...fixedEdgeKeys, ...propertyColumns(edges).map((column, i) => ({ ...column, id: `e_p${i}` }))];
  const columns = Math.max(1, Math.ceil(Math.sqrt(nodes.length)));
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns"' +
      ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"' +
      ' xmlns:y="http://www.yworks.com/xml/graphml"' +
      ' xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://www.yworks.com/xml/schema/graphml/1.1/ygraphml.xsd">',
    '  <key id="g_truncated" for="graph" attr.name="truncated" attr.type="boolean"/>',
    ...nodeKeys.map((key) => keyElement('node', key)),
    ...edgeKeys.map((key) => keyElement('edge', key)),
    `  <key id="${yNode}" for="node" yfiles.type="nodegraphics"/>`,
    `  <key id="${yEdge}" for="edge" yfiles.type="edgegraphics"/>`,
    '  <graph id="G" edgedefault="directed">',
    `    <data key="g_truncated">${truncated}</data>`,
    ...nodes.map((node, i) => nodeElement(node, nodeKeys, i % columns, Math.floor(i / columns))),
    ...edges.map((edge) => edgeElement(edge, edgeKeys)),
    '  </graph>',
    '</graphml>',
    '',
  ].join('\n');
}

function keyElement<T>(domain: 'node' | 'edge', key: Key<T>): string {
  return `  <key${xmlAttributes({ id: key.id, for: domain, 'attr.name': key.name, 'attr.type': graphmlType[key.type] })}/>`;
}

function dataElements<T>(item: T, keys: readonly Key<T>[]): string[] {
  return keys.flatMap((key) => {
    const value = key.value(item);
    return value === undefined ? [] : [`      <data key="${key.id}">${escapeXml(value)}</data>`];
  });
}

/** A node with yEd graphics: kind colour, a box wide enough for the name, laid out on a grid to start from. */
function nodeElement(node: ViewNode, keys: readonly Key<ViewNode>[], column: number, row: number): string {
  const width = Math.min(320, Math.max(60, 8 * [...node.name].length + 20));
  const geometry = xmlAttributes({ height: 30, width, x: column * 340, y: row * 80 });
  const graphics =
    `<y:ShapeNode><y:Geometry${geometry}/><y:Fill color="${kindColour(node.kind).hex}" transparent="false"/>` +
    `<y:NodeLabel>${escapeXml(node.name)}</y:NodeLabel><y:Shape type="roundrectangle"/></y:ShapeNode>`;
  return [
    `    <node id="${escapeXml(node.id)}">`,
    ...dataElements(node, keys),
    `      <data key="${yNode}">${graphics}</data>`,
    '    </node>',
  ].join('\n');
}

function edgeElement(edge: ViewEdge, keys: readonly Key<ViewEdge>[]): string {
  const arrows = xmlAttributes({ source: 'none', target: edge.symmetric ? 'none' : 'standard' });
  const graphics = `<y:PolyLineEdge><y:Arrows${arrows}/><y:EdgeLabel>${escapeXml(edge.label)}</y:EdgeLabel></y:PolyLineEdge>`;
  return [
    `    <edge${xmlAttributes({ id: edge.id, source: edge.source, target: edge.target })}>`,
    ...dataElements(edge, keys),
    `      <data key="${yEdge}">${graphics}</data>`,
    '    </edge>',
  ].join('\n');
}
