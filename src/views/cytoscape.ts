/**
 * Subgraph -> Cytoscape.js elements JSON, the shape `cy.json()` reads and
 * `cytoscape({ elements })` accepts, and networkx's `cytoscape_graph` too: the
 * top level says `directed` and `multigraph` (parallel facts between two
 * entities stay apart), a node's `value` is its id (networkx's node key), an
 * edge's `key` is its fact id (networkx's multigraph key; without it parallel
 * facts collapse into one). Every attribute travels in `data`: a node
 * carries `label` (its name, for `content: data(label)` styles) beside `name`;
 * an edge's fact properties sit flat beside its own fields, so that selectors
 * such as `edge[amount > 1e6]` work. Lists stay arrays; symmetric relations keep
 * their stored direction, with `symmetric: true` for a style that hides the arrow.
 */
import { drawable } from './drawable';
import { factProperties } from './columns';
import type { Subgraph } from './types';

export interface CytoscapeNodeData {
  id: string;
  /** The id again: networkx's cytoscape_graph keys nodes by `value`. */
  value: string;
  name: string;
  label: string;
  kind: string;
  roles: string[];
  aliases: string[];
}

export interface CytoscapeEdgeData {
  id: string;
  /** The fact id again: networkx's multigraph edge key. */
  key: string;
  source: string;
  target: string;
  type: string;
  label: string;
  symmetric: boolean;
  confidence: number;
  sourceCount: number;
  status: string;
  /** Fact properties (date, amount, currency, stake, ...), by name. */
  [property: string]: string | number | boolean;
}

export interface CytoscapeJson {
  elements: { nodes: { data: CytoscapeNodeData }[]; edges: { data: CytoscapeEdgeData }[] };
  data: { truncated: boolean };
  directed: true;
  multigraph: true;
}

export function toCytoscape(subgraph: Subgraph): CytoscapeJson {
  const { nodes, edges, truncated } = drawable(subgraph);
  return {
    elements: {
      nodes: nodes.map(({ id, name, kind, roles, aliases }) => ({
        data: { id, value: id, name, label: name, kind, roles: [...roles], aliases: [...aliases] },
      })),
      edges: edges.map((edge) => ({
        data: {
          ...Object.fromEntries(factProperties(edge)),
          id: edge.id,
          key: edge.id,
          source: edge.source,
          target: edge.target,
          type: edge.type,
          label: edge.label,
          symmetric: edge.symmetric,
          confidence: edge.confidence,
          sourceCount: edge.sourceCount,
          status: edge.status,
        },
      })),
    },
    data: { truncated },
    directed: true,
    multigraph: true,
  };
}
