/**
 * The attributes the exporters write besides ids, names and labels, each with
 * one name and one type in every format (GraphML key, GEXF attribute, Cytoscape
 * data field). Fact properties become columns of their own: the union of the
 * names present, typed from the ontology (src/model) and checked against the
 * values, so a declared type never lies about a value written under it.
 */
import { relations, type PropertyType } from '../model';
import type { ViewEdge, ViewNode } from './types';

export type ColumnType = 'string' | 'double' | 'int' | 'boolean';
export type ColumnValue = string | number | boolean;

export interface Column<T> {
  name: string;
  type: ColumnType;
  /** The value to write, or undefined to write none (empty lists and strings, non-finite numbers). */
  value: (item: T) => ColumnValue | undefined;
}

/** How list values (roles, aliases) are joined for formats without list types. */
export const listSeparator = '; ';

export const nodeColumns: readonly Column<ViewNode>[] = [
  { name: 'kind', type: 'string', value: (node) => text(node.kind) },
  { name: 'roles', type: 'string', value: (node) => text(node.roles.join(listSeparator)) },
  { name: 'aliases', type: 'string', value: (node) => text(node.aliases.join(listSeparator)) },
];

export const edgeColumns: readonly Column<ViewEdge>[] = [
  { name: 'type', type: 'string', value: (edge) => text(edge.type) },
  { name: 'symmetric', type: 'boolean', value: (edge) => edge.symmetric },
  { name: 'confidence', type: 'double', value: (edge) => finite(edge.confidence) },
  { name: 'sourceCount', type: 'int', value: (edge) => integer(edge.sourceCount) },
  { name: 'status', type: 'string', value: (edge) => text(edge.status) },
];

/**
 * Names a fact property cannot take as a column: an edge's own fields and the
 * names the formats or Gephi read specially. The edge's own field wins; a
 * property of the same name (say `status`) is not written twice.
 */
export const reservedEdgeNames: ReadonlySet<string> = new Set([
  'id',
  'source',
  'target',
  'label',
  'weight',
  ...edgeColumns.map((column) => column.name),
]);

/** How each ontology property type is written; a new PropertyType fails to compile here. */
const columnTypeOf: Record<PropertyType, 'string' | 'double'> = {
  text: 'string',
  partialDate: 'string',
  period: 'string',
  amount: 'double',
  currency: 'string',
  percent: 'double',
  status: 'string',
};

/** Property name -> the column types the ontology gives it, across all relations. */
const ontologyTypes = new Map<string, Set<'string' | 'double'>>();
for (const spec of Object.values(relations)) {
  for (const [name, property] of Object.entries(spec.properties)) {
    const types = ontologyTypes.get(name) ?? new Set();
    types.add(columnTypeOf[property.type]);
    ontologyTypes.set(name, types);
  }
}

/** The fact properties present on these edges, as columns in name order. */
export function propertyColumns(edges: readonly ViewEdge[]): Column<ViewEdge>[] {
  const values = new Map<string, (string | number)[]>();
  for (const edge of edges) {
    for (const [name, value] of factProperties(edge)) values.set(name, [...(values.get(name) ?? []), value]);
  }
  return [...values.keys()].sort().map((name) => {
    const type = propertyType(name, values.get(name) ?? []);
    return {
      name,
      type,
      value: (edge: ViewEdge) => {
        const value = Object.hasOwn(edge.properties, name) ? edge.properties[name] : undefined;
        if (value === undefined) return undefined;
        return type === 'double' ? finite(value as number) : text(String(value));
      },
    };
  });
}

/** An edge's fact properties that may be written, in the edge's own order. */
export function factProperties(edge: ViewEdge): [string, string | number][] {
  return Object.entries(edge.properties).filter(([name]) => !reservedEdgeNames.has(name));
}

function propertyType(name: string, values: readonly (string | number)[]): 'string' | 'double' {
  if (!values.every((value) => typeof value === 'number' && Number.isFinite(value))) return 'string';
  const declared = ontologyTypes.get(name);
  return declared === undefined || (declared.size === 1 && declared.has('double')) ? 'double' : 'string';
}

function text(value: string): string | undefined {
  return value === '' ? undefined : value;
}

function finite(value: number): number | undefined {
  return Number.isFinite(value) ? value : undefined;
}

function integer(value: number): number | undefined {
  return Number.isFinite(value) ? Math.round(value) : undefined;
}
