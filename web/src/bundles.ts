/**
 * Parallel facts between the same two entities drawn as one edge: Cytoscape
 * fans parallel edges out and stacks their labels, which from about 19 nodes
 * piles labels on each other. A bundle carries every fact it stands for (the
 * details panel lists them), a label with the count, and arrowheads for the
 * directions its facts go. Pure, so that the drawing and its tests agree.
 */
import type { Fact } from './queries';

/** A fact as its drawn edge carries it: enough to find it again and to tell its kind and direction. */
export interface BundledFact {
  id: string;
  type: string;
  source: string;
  target: string;
}

export interface Bundle {
  /** 'pair:<a>|<b>' with the two entity ids in sorted order: the same pair always gets the same id. */
  id: string;
  /** The first fact's ends; `forward` and `backward` say which way the facts go relative to them. */
  source: string;
  target: string;
  facts: BundledFact[];
  label: string;
  /** Some fact goes source → target (an arrowhead at the target); symmetric facts point nowhere. */
  forward: boolean;
  /** Some fact goes target → source (an arrowhead at the source). */
  backward: boolean;
  /** Every fact in it is planned (drawn dashed). */
  planned: boolean;
}

export function bundleId(a: string, b: string): string {
  return `pair:${[a, b].sort().join('|')}`;
}

/** One bundle per pair of entities joined by any of the facts, in the order the facts come. */
export function bundleFacts(facts: Iterable<Fact>): Bundle[] {
  const byPair = new Map<string, Fact[]>();
  for (const fact of facts) {
    const id = bundleId(fact.from.id, fact.to.id);
    byPair.set(id, [...(byPair.get(id) ?? []), fact]);
  }
  return [...byPair].map(([id, members]) => {
    const first = members[0]!;
    const source = first.from.id;
    const directed = members.filter((fact) => !fact.symmetric);
    return {
      id,
      source,
      target: first.to.id,
      facts: members.map((fact) => ({ id: fact.id, type: fact.type, source: fact.from.id, target: fact.to.id })),
      label: bundleLabel(members),
      forward: directed.some((fact) => fact.from.id === source),
      backward: directed.some((fact) => fact.from.id !== source),
      planned: members.every((fact) => fact.status === 'planned'),
    };
  });
}

/** "visited" for one fact, "visited ×2" for two of a kind, "met with +2" for three of mixed kinds. */
export function bundleLabel(facts: readonly Pick<Fact, 'label'>[]): string {
  const [first, ...rest] = facts;
  if (!first) return '';
  if (rest.length === 0) return first.label;
  if (rest.every((fact) => fact.label === first.label)) return `${first.label} ×${facts.length}`;
  return `${first.label} +${rest.length}`;
}
