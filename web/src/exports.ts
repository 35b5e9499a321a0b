/**
 * Downloads of the current view: PNG and SVG of the drawing, and GraphML, GEXF
 * and Cytoscape JSON of the visible subgraph, written by the same exporters as
 * /export (src/views), so a file from the viewer and one from the API agree.
 */
import { exportFormats, type ExportFormat, type Subgraph } from '../../src/views';
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

export async function exportPicture(drawing: Drawing, format: 'png' | 'svg'): Promise<void> {
  if (format === 'png') download('silkgraph-view.png', await drawing.png(), 'image/png');
  else download('silkgraph-view.svg', drawing.svg(), 'image/svg+xml');
}

export function exportData(subgraph: Subgraph, format: ExportFormat): void {
  const spec = exportFormats[format];
  download(`silkgraph-view.${spec.extension}`, spec.render(subgraph), `${spec.contentType};charset=utf-8`);
}
