/**
 * Downloads of the current view: PNG and SVG of the drawing, and GraphML, GEXF
 * and Cytoscape JSON of the visible subgraph, written by the same exporters as
 * /export (src/views), so a file from the viewer and one from the API agree.
 * A view read as of a day (asOf) holds only the facts that held then, and its
 * files say the day in their names (silkgraph-view-as-of-2024-02-20.graphml).
 */
import { exportFormats, type ExportFormat, type Subgraph } from '../../src/views';
import { exportName } from './export-name';
import type { Drawing } from './graph';

export function download(name: string, content: Blob | string, type: string): void {
  const blob = typeof content === 'string' ? new Blob([content], { type }) : content;
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export async function exportPicture(drawing: Drawing, format: 'png' | 'svg', asOf: string | null): Promise<void> {
  if (format === 'png') download(exportName('png', asOf), await drawing.png(), 'image/png');
  else download(exportName('svg', asOf), drawing.svg(), 'image/svg+xml');
}

export function exportData(subgraph: Subgraph, format: ExportFormat, asOf: string | null): void {
  const spec = exportFormats[format];
  download(exportName(spec.extension, asOf), spec.render(subgraph), `${spec.contentType};charset=utf-8`);
}
