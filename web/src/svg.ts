/**
 * The drawn view as a standalone SVG document: nodes in their kind's shape and
 * colour with their names, edges as drawn (straight or curved) with arrows and
 * relation labels, highlighted paths in the highlight colour. Pure: graph.ts
 * reads positions from Cytoscape and hands them over. (cytoscape-svg would do
 * this too, but it is GPL-3.0 and this project is MIT.)
 */
import { escapeXml } from '../../src/views/xml';
import { highlightColour, kindLook, type Shape } from './kinds';

export interface Point {
  x: number;
  y: number;
}

export interface SvgNode {
  x: number;
  y: number;
  width: number;
  height: number;
  kind: string;
  label: string;
  highlighted: boolean;
}

export interface SvgEdge {
  /** Source endpoint, control points (quadratic Bézier, as Cytoscape's bezier edges), target endpoint. */
  points: Point[];
  label: string;
  arrow: boolean;
  highlighted: boolean;
  labelAt: Point;
}

const font = 'font-family="system-ui, sans-serif"';
const padding = 40;

export function toSvg(nodes: readonly SvgNode[], edges: readonly SvgEdge[], title = 'silkgraph view'): string {
  // Labels run past narrow nodes: about 6.5 px per character at 11 px.
  const half = (n: SvgNode) => Math.max(n.width / 2, n.label.length * 3.3);
  const xs = [
    ...nodes.flatMap((n) => [n.x - half(n), n.x + half(n)]),
    ...edges.flatMap((e) => e.points.map((p) => p.x)),
  ];
  const ys = [
    ...nodes.flatMap((n) => [n.y - n.height / 2, n.y + n.height / 2 + 30]),
    ...edges.flatMap((e) => e.points.map((p) => p.y)),
  ];
  const extent = (values: number[]) =>
    (values.length ? [Math.min(...values), Math.max(...values)] : [0, 1]) as [number, number];
  const [x0, x1] = extent(xs);
  const [y0, y1] = extent(ys);
  const [minX, minY] = [x0 - padding, y0 - padding];
  const [width, height] = [x1 - x0 + 2 * padding, y1 - y0 + 2 * padding];
  const view = [minX, minY, width, height].map(fixed).join(' ');
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${view}" width="${fixed(width)}" height="${fixed(height)}">`,
    `<title>${escapeXml(title)}</title>`,
    '<defs>',
    arrowMarker('arrow', '#8a9299'),
    arrowMarker('arrow-highlight', highlightColour),
    '</defs>',
    `<rect x="${fixed(minX)}" y="${fixed(minY)}" width="${fixed(width)}" height="${fixed(height)}" fill="#ffffff"/>`,
    '<g class="edges">',
    ...edges.map(edgeElement),
    '</g>',
    '<g class="nodes">',
    ...nodes.map(nodeElement),
    '</g>',
    '</svg>',
    '',
  ].join('\n');
}

function arrowMarker(id: string, colour: string): string {
  return `<marker id="${id}" viewBox="0 0 10 10" refX="10" refY="5" markerUnits="userSpaceOnUse" markerWidth="9" markerHeight="9" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="${colour}"/></marker>`;
}

export function edgePath(points: readonly Point[]): string {
  const [start, ...rest] = points;
  if (!start) return '';
  const end = rest.pop();
  if (!end) return '';
  const move = `M${fixed(start.x)},${fixed(start.y)}`;
  if (rest.length === 0) return `${move} L${fixed(end.x)},${fixed(end.y)}`;
  // Cytoscape joins several control points with quadratic segments through their midpoints.
  const segments: string[] = [];
  rest.forEach((control, i) => {
    const next = rest[i + 1];
    const to = next ? { x: (control.x + next.x) / 2, y: (control.y + next.y) / 2 } : end;
    segments.push(`Q${fixed(control.x)},${fixed(control.y)} ${fixed(to.x)},${fixed(to.y)}`);
  });
  return `${move} ${segments.join(' ')}`;
}

function edgeElement(edge: SvgEdge): string {
  const colour = edge.highlighted ? highlightColour : '#8a9299';
  const marker = edge.arrow ? ` marker-end="url(#${edge.highlighted ? 'arrow-highlight' : 'arrow'})"` : '';
  const line = `<path d="${edgePath(edge.points)}" fill="none" stroke="${colour}" stroke-width="${edge.highlighted ? 4 : 1.5}"${marker}/>`;
  const label = `<text x="${fixed(edge.labelAt.x)}" y="${fixed(edge.labelAt.y)}" ${font} font-size="9" fill="#555" text-anchor="middle" dominant-baseline="middle" paint-order="stroke" stroke="#fff" stroke-width="3">${escapeXml(edge.label)}</text>`;
  return `<g>${line}${label}</g>`;
}

function nodeElement(node: SvgNode): string {
  const look = kindLook(node.kind);
  const stroke = node.highlighted ? `stroke="${highlightColour}" stroke-width="4"` : 'stroke="#333" stroke-width="1"';
  const shape = shapeElement(look.shape, node, `fill="${look.colour}" ${stroke}`);
  const label = `<text x="${fixed(node.x)}" y="${fixed(node.y + node.height / 2 + 13)}" ${font} font-size="11" fill="#222" text-anchor="middle" paint-order="stroke" stroke="#fff" stroke-width="3">${escapeXml(node.label)}</text>`;
  return `<g><title>${escapeXml(`${node.label} (${node.kind})`)}</title>${shape}${label}</g>`;
}

export function shapeElement(shape: Shape, node: Pick<SvgNode, 'x' | 'y' | 'width' | 'height'>, paint: string): string {
  const rx = node.width / 2;
  const ry = node.height / 2;
  switch (shape.type) {
    case 'ellipse':
      return `<ellipse cx="${fixed(node.x)}" cy="${fixed(node.y)}" rx="${fixed(rx)}" ry="${fixed(ry)}" ${paint}/>`;
    case 'round-rectangle':
      return `<rect x="${fixed(node.x - rx)}" y="${fixed(node.y - ry)}" width="${fixed(node.width)}" height="${fixed(node.height)}" rx="${fixed(Math.min(rx, ry) / 2)}" ${paint}/>`;
    case 'polygon': {
      const points: string[] = [];
      for (let i = 0; i + 1 < shape.points.length; i += 2)
        points.push(`${fixed(node.x + shape.points[i]! * rx)},${fixed(node.y + shape.points[i + 1]! * ry)}`);
      return `<polygon points="${points.join(' ')}" ${paint}/>`;
    }
  }
}

function fixed(value: number): string {
  return String(Math.round(value * 10) / 10);
}
