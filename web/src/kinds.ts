/**
 * How each entity kind looks: the colour the exports use (src/views/palette)
 * and a shape of its own, so that kinds stay apart without colour too. Shapes
 * other than ellipse and round rectangle are polygons in [-1, 1] coordinates
 * (y down), given to Cytoscape as `shape-polygon-points` and drawn the same way
 * in the SVG export.
 */
import { entityKindNames } from '../../src/model';
import { kindColour } from '../../src/views/palette';

export type Shape =
  { type: 'ellipse' } | { type: 'round-rectangle' } | { type: 'polygon'; name: string; points: readonly number[] };

export interface KindLook {
  kind: string;
  colour: string;
  shape: Shape;
}

const star = Array.from({ length: 10 }, (_, i) => {
  const angle = -Math.PI / 2 + (i * Math.PI) / 5;
  const radius = i % 2 === 0 ? 1 : 0.45;
  return [round(radius * Math.cos(angle)), round(radius * Math.sin(angle))];
}).flat();

const shapes: Record<string, Shape> = {
  Person: { type: 'ellipse' },
  Organization: { type: 'round-rectangle' },
  Country: { type: 'polygon', name: 'hexagon', points: [-1, 0, -0.5, -0.87, 0.5, -0.87, 1, 0, 0.5, 0.87, -0.5, 0.87] },
  Region: { type: 'polygon', name: 'diamond', points: [0, -1, 1, 0, 0, 1, -1, 0] },
  City: { type: 'polygon', name: 'triangle', points: [0, -1, 1, 0.85, -1, 0.85] },
  Event: { type: 'polygon', name: 'star', points: star },
  Agreement: { type: 'polygon', name: 'document', points: [-0.8, -1, 0.4, -1, 0.8, -0.6, 0.8, 1, -0.8, 1] },
};

const fallback: Shape = { type: 'polygon', name: 'square', points: [-1, -1, 1, -1, 1, 1, -1, 1] };

export function kindLook(kind: string): KindLook {
  return { kind, colour: kindColour(kind).hex, shape: shapes[kind] ?? fallback };
}

/** Every kind of the ontology, in its order (the legend's rows). */
export const kindLooks: readonly KindLook[] = entityKindNames.map(kindLook);

/** The colour that marks a path or the investors asked for (not in the kind palette). */
export const highlightColour = '#d4006a';

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
