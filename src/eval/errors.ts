/**
 * What one file's extraction got wrong: gold entities and relations it missed,
 * extracted ones that match nothing in gold (spurious), and gold properties
 * that matched relations do not reproduce.
 */
import type { FileResult } from './run';

export interface EntityError {
  name: string;
  type: string;
}

export interface RelationError {
  from: string;
  type: string;
  to: string;
  properties: Record<string, unknown>;
  /** The sentence: gold evidence for a missed relation, the extraction's quote for a spurious one. */
  evidence: string;
  /** The rule that emitted a spurious relation. */
  rule?: string;
}

export interface PropertyError {
  /** The gold relation, by gold names. */
  from: string;
  type: string;
  to: string;
  key: string;
  gold: unknown;
  predicted: unknown;
  rule: string;
}

export interface FileErrors {
  missedEntities: EntityError[];
  spuriousEntities: EntityError[];
  missedRelations: RelationError[];
  spuriousRelations: RelationError[];
  propertyMismatches: PropertyError[];
}

const unmatched = <T>(items: readonly T[], matched: Iterable<number>): T[] => {
  const used = new Set(matched);
  return items.filter((_, i) => !used.has(i));
};

export function fileErrors(result: FileResult): FileErrors {
  const { predicted, gold, score } = result;
  const entityOf = (e: { name: string; type: string }): EntityError => ({ name: e.name, type: e.type });
  return {
    missedEntities: unmatched(
      gold.entities,
      score.matches.entities.map((m) => m.gold),
    ).map(entityOf),
    spuriousEntities: unmatched(
      predicted.entities,
      score.matches.entities.map((m) => m.predicted),
    ).map(entityOf),
    missedRelations: unmatched(
      gold.relations,
      score.matches.relations.map((m) => m.gold),
    ).map(({ from, type, to, properties, evidence }) => ({ from, type, to, properties, evidence })),
    spuriousRelations: unmatched(
      predicted.relations,
      score.matches.relations.map((m) => m.predicted),
    ).map(({ from, type, to, properties, evidence, rule }) => ({ from, type, to, properties, evidence, rule })),
    propertyMismatches: score.matches.relations.flatMap((m) => {
      const g = gold.relations[m.gold];
      const p = predicted.relations[m.predicted];
      if (!g || !p) return [];
      return m.mismatches.map((x) => ({ from: g.from, type: g.type, to: g.to, ...x, rule: p.rule }));
    }),
  };
}
