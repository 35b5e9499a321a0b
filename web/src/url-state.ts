/**
 * The state of a view, kept in the URL's fragment so that a copied link
 * reopens the same view: the entities whose neighbourhoods are drawn, the
 * depth and node limit, hidden nodes, kind and relation filters, the selected
 * node or fact, the path asked for, the plant whose investors are shown and
 * the day the view is read as of (asOf).
 * Pure: encodeState and decodeState are inverse on valid states, and decoding
 * drops anything it does not know (a hand-edited link cannot break the page).
 */
import { entityKindNames, relationTypes } from '../../src/model';

export interface ViewState {
  /** Entities whose neighbourhoods are drawn (the searched one, then expanded ones). */
  seeds: string[];
  /** Hops around each seed, 1 to 3. */
  depth: number;
  /** Node limit of the view; null for the server's default. */
  limit: number | null;
  /** Nodes the user hid. */
  hidden: string[];
  /** Entity kinds and relation types filtered out. */
  hiddenKinds: string[];
  hiddenRelations: string[];
  /** What the side panel shows. */
  selected: { type: 'node' | 'fact'; id: string } | null;
  /** Ends of the paths asked for. */
  pathFrom: string | null;
  pathTo: string | null;
  /** The organisation or place whose investors are highlighted. */
  investorsOf: string | null;
  /** Only facts that held on this day (YYYY-MM-DD, the API's asOf); null for every fact. */
  asOf: string | null;
}

export const emptyState: ViewState = {
  seeds: [],
  depth: 1,
  limit: null,
  hidden: [],
  hiddenKinds: [],
  hiddenRelations: [],
  selected: null,
  pathFrom: null,
  pathTo: null,
  investorsOf: null,
  asOf: null,
};

const maxDepth = 3;
const maxIds = 100;
const idPattern = /^[A-Za-z0-9_:.-]{1,200}$/;

/** The fragment (without '#') for a state; defaults are left out, so an empty view is ''. */
export function encodeState(state: ViewState): string {
  const params = new URLSearchParams();
  const list = (name: string, values: readonly string[]) => {
    if (values.length > 0) params.set(name, values.join(','));
  };
  list('e', state.seeds);
  if (state.depth !== 1) params.set('depth', String(state.depth));
  if (state.limit !== null) params.set('limit', String(state.limit));
  list('hide', state.hidden);
  list('xk', state.hiddenKinds);
  list('xr', state.hiddenRelations);
  if (state.selected) params.set(state.selected.type, state.selected.id);
  if (state.pathFrom) params.set('from', state.pathFrom);
  if (state.pathTo) params.set('to', state.pathTo);
  if (state.investorsOf) params.set('inv', state.investorsOf);
  if (state.asOf) params.set('asof', state.asOf);
  // Commas are safe in a fragment; keeping them readable makes links shorter.
  return params.toString().replace(/%2C/g, ',');
}

/** The state a fragment (with or without '#') describes; unknown or malformed parts are dropped. */
export function decodeState(fragment: string): ViewState {
  const params = new URLSearchParams(fragment.replace(/^#/, ''));
  const ids = (name: string) => unique(split(params.get(name)).filter((id) => idPattern.test(id))).slice(0, maxIds);
  const id = (name: string) => {
    const value = params.get(name);
    return value !== null && idPattern.test(value) ? value : null;
  };
  const node = id('node');
  const fact = id('fact');
  return {
    seeds: ids('e'),
    depth: integer(params.get('depth'), 1, maxDepth) ?? 1,
    limit: integer(params.get('limit'), 1, 100_000),
    hidden: ids('hide'),
    hiddenKinds: unique(split(params.get('xk')).filter((kind) => (entityKindNames as string[]).includes(kind))),
    hiddenRelations: unique(split(params.get('xr')).filter((type) => (relationTypes as string[]).includes(type))),
    selected: node ? { type: 'node', id: node } : fact ? { type: 'fact', id: fact } : null,
    pathFrom: id('from'),
    pathTo: id('to'),
    investorsOf: id('inv'),
    asOf: day(params.get('asof')),
  };
}

/** A real calendar day written YYYY-MM-DD (what the API's asOf takes), else null. */
export function day(value: string | null): string | null {
  if (value === null || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value ? value : null;
}

function split(value: string | null): string[] {
  return (value ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

function integer(value: string | null, min: number, max: number): number | null {
  if (value === null || !/^\d+$/.test(value)) return null;
  const number = Number(value);
  return number >= min && number <= max ? number : null;
}
