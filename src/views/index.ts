/**
 * The graph-view export formats, by name: what an HTTP route or CLI needs to
 * send a subgraph as a file. Each renders the whole document as a string.
 */
import { toCytoscape } from './cytoscape';
import { toGEXF } from './gexf';
import { toGraphML } from './graphml';
import type { Subgraph } from './types';

export interface ExportFormatSpec {
  /** The HTTP Content-Type (UTF-8 in every format). */
  contentType: string;
  /** The file name extension, without a dot. */
  extension: string;
  render: (subgraph: Subgraph) => string;
}

export const exportFormats = {
  // Cytoscape.js elements JSON, for the browser viewer and Cytoscape desktop.
  cytoscape: { contentType: 'application/json', extension: 'json', render: (s) => JSON.stringify(toCytoscape(s)) },
  // GraphML 1.0 with yEd graphics, for yEd, Gephi, networkx and igraph.
  graphml: { contentType: 'application/graphml+xml', extension: 'graphml', render: toGraphML },
  // GEXF 1.3 with kind colours, for Gephi.
  gexf: { contentType: 'application/gexf+xml', extension: 'gexf', render: (s) => toGEXF(s) },
} as const satisfies Record<string, ExportFormatSpec>;

export type ExportFormat = keyof typeof exportFormats;

export const exportFormatNames = Object.keys(exportFormats) as ExportFormat[];

export function isExportFormat(name: string): name is ExportFormat {
  return Object.hasOwn(exportFormats, name);
}

export { toCytoscape, toGEXF, toGraphML };
export type { Subgraph, ViewEdge, ViewNode } from './types';
