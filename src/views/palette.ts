/**
 * One colour per entity kind, so that yEd and Gephi show kinds apart. Kinds
 * take colours in the ontology's order (src/model entityKindNames) from a
 * colour-blind-safe palette (Tableau 10); a kind the ontology does not know is grey.
 */
import { entityKindNames, isEntityKind } from '../model';

export interface Colour {
  hex: string;
  r: number;
  g: number;
  b: number;
}

const palette = ['#4e79a7', '#f28e2b', '#59a14f', '#e15759', '#76b7b2', '#edc948', '#b07aa1', '#ff9da7', '#9c755f'];
const unknownKind = '#bab0ac';

export function kindColour(kind: string): Colour {
  const hex = isEntityKind(kind) ? palette[entityKindNames.indexOf(kind) % palette.length] : undefined;
  return rgb(hex ?? unknownKind);
}

function rgb(hex: string): Colour {
  const channel = (at: number) => parseInt(hex.slice(at, at + 2), 16);
  return { hex, r: channel(1), g: channel(3), b: channel(5) };
}
