/**
 * Subgraph -> GEXF 1.3 for Gephi and networkx. Every edge is directed as stored
 * (`defaultedgetype="directed"`, no per-edge `type`): networkx's `read_gexf`
 * refuses a file that mixes directions, and one edge per fact keeps the counts
 * equal to the view's. A symmetric relation (MET_WITH, TRADE_WITH, ...) says so
 * in its `symmetric` attribute instead. Each edge's `weight` is its
 * sourceCount (how many documents state the fact): it is at least 1 like the
 * format's default, and when Gephi merges parallel edges it adds weights up,
 * which suits a count and would not suit a confidence. Each edge's `kind` is its
 * relation type, so that Gephi keeps parallel edges of different types apart.
 * Nodes get a `viz:color` per entity kind. Lists are joined with "; ".
 */
import { edgeColumns, nodeColumns, propertyColumns, type Column, type ColumnType } from './columns';
import { drawable } from './drawable';
import { kindColour } from './palette';
import type { Subgraph, ViewEdge, ViewNode } from './types';
import { xmlAttributes } from './xml';

const gexfType: Record<ColumnType, string> = { string: 'string', double: 'double', int: 'integer', boolean: 'boolean' };

export interface GexfOptions {
  /** The `lastmodifieddate` written in `<meta>`; defaults to now. */
  now?: Date;
}

export function toGEXF(subgraph: Subgraph, options: GexfOptions = {}): string {
  const { nodes, edges, truncated } = drawable(subgraph);
  const edgeAttributes = [...edgeColumns, ...propertyColumns(edges)];
  const description = truncated
    ? 'A silkgraph view, cut at its node limit (truncated).'
    : 'A silkgraph view, complete within its limits.';
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz"' +
      ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"' +
      ' xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">',
    `  <meta lastmodifieddate="${(options.now ?? new Date()).toISOString().slice(0, 10)}">`,
    '    <creator>silkgraph</creator>',
    `    <description>${description}</description>`,
    '  </meta>',
    '  <graph defaultedgetype="directed" mode="static">',
    ...declarations('node', nodeColumns),
    ...declarations('edge', edgeAttributes),
    '    <nodes>',
    ...nodes.map((node) => nodeElement(node)),
    '    </nodes>',
    '    <edges>',
    ...edges.map((edge) => edgeElement(edge, edgeAttributes)),
    '    </edges>',
    '  </graph>',
    '</gexf>',
    '',
  ].join('\n');
}

function declarations<T>(domain: 'node' | 'edge', columns: readonly Column<T>[]): string[] {
  return [
    `    <attributes class="${domain}">`,
    ...columns.map(
      (column) =>
        `      <attribute${xmlAttributes({ id: column.name, title: column.name, type: gexfType[column.type] })}/>`,
    ),
    '    </attributes>',
  ];
}

/** `<attvalues>` for the columns that have a value, or nothing (the format wants at least one attvalue inside). */
function attvalues<T>(item: T, columns: readonly Column<T>[]): string[] {
  const values = columns.flatMap((column) => {
    const value = column.value(item);
    return value === undefined ? [] : [`          <attvalue${xmlAttributes({ for: column.name, value })}/>`];
  });
  return values.length === 0 ? [] : ['        <attvalues>', ...values, '        </attvalues>'];
}

function nodeElement(node: ViewNode): string {
  const { r, g, b } = kindColour(node.kind);
  return [
    `      <node${xmlAttributes({ id: node.id, label: node.name })}>`,
    ...attvalues(node, nodeColumns),
    `        <viz:color${xmlAttributes({ r, g, b })}/>`,
    '      </node>',
  ].join('\n');
}

function edgeElement(edge: ViewEdge, columns: readonly Column<ViewEdge>[]): string {
  const attributes = xmlAttributes({
    id: edge.id,
    source: edge.source,
    target: edge.target,
    label: edge.label,
    kind: edge.type,
    weight: Number.isFinite(edge.sourceCount) ? edge.sourceCount : undefined,
  });
  return [`      <edge${attributes}>`, ...attvalues(edge, columns), '      </edge>'].join('\n');
}
