/**
 * Scoring an extraction against gold. Entities align one-to-one on kind plus any
 * shared name or alias (case-insensitive). Relations match on type and aligned
 * endpoints (MET_WITH, AGREEMENT_WITH, TRADE_WITH in either direction), each gold
 * relation at most once. Property accuracy is the share of gold properties that
 * matched relations reproduce. The matches themselves (by index into the
 * predicted and gold lists) are returned for error listings and calibration.
 */
import { relations as relationSpecs } from '../model';

export interface PRF {
  precision: number;
  recall: number;
  f1: number;
  tp: number;
  predicted: number;
  gold: number;
}

export interface ScoredEntity {
  name: string;
  type: string;
  aliases: string[];
}

export interface ScoredRelation {
  from: string;
  type: string;
  to: string;
  properties: Record<string, unknown>;
}

/** A predicted item matched to a gold item, by index into each list. */
export interface Match {
  predicted: number;
  gold: number;
}

/** A gold property that a matched relation does not reproduce (`predicted` is undefined when absent). */
export interface PropertyMismatch {
  key: string;
  gold: unknown;
  predicted: unknown;
}

export interface RelationMatch extends Match {
  mismatches: PropertyMismatch[];
}

export interface FileScore {
  entities: PRF;
  relations: PRF;
  properties: { correct: number; total: number };
  matches: { entities: Match[]; relations: RelationMatch[] };
}

export function prf(tp: number, predicted: number, gold: number): PRF {
  const precision = predicted === 0 ? (gold === 0 ? 1 : 0) : tp / predicted;
  const recall = gold === 0 ? 1 : tp / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, tp, predicted, gold };
}

const names = (e: ScoredEntity): Set<string> => new Set([e.name, ...e.aliases].map((n) => n.toLowerCase()));

/** Predicted entity index -> gold entity index, one-to-one, in predicted order. */
export function matchEntities(predicted: ScoredEntity[], gold: ScoredEntity[]): Match[] {
  const matches: Match[] = [];
  const used = new Set<number>();
  predicted.forEach((p, predictedIndex) => {
    const pn = names(p);
    const index = gold.findIndex((g, i) => !used.has(i) && g.type === p.type && [...names(g)].some((n) => pn.has(n)));
    if (index >= 0) {
      used.add(index);
      matches.push({ predicted: predictedIndex, gold: index });
    }
  });
  return matches;
}

/** Predicted name -> gold name, one-to-one. */
export function alignEntities(predicted: ScoredEntity[], gold: ScoredEntity[]): Map<string, string> {
  return new Map(
    matchEntities(predicted, gold).map((m) => [
      (predicted[m.predicted] as ScoredEntity).name,
      (gold[m.gold] as ScoredEntity).name,
    ]),
  );
}

const sameValue = (predicted: unknown, gold: unknown): boolean =>
  String(predicted).toLowerCase() === String(gold).toLowerCase();

export function scoreFile(
  predicted: { entities: ScoredEntity[]; relations: ScoredRelation[] },
  gold: { entities: ScoredEntity[]; relations: ScoredRelation[] },
): FileScore {
  const entityMatches = matchEntities(predicted.entities, gold.entities);
  const alignment = alignEntities(predicted.entities, gold.entities);
  const used = new Set<number>();
  const relationMatches: RelationMatch[] = [];
  let correct = 0;
  let total = 0;
  predicted.relations.forEach((r, predictedIndex) => {
    const from = alignment.get(r.from);
    const to = alignment.get(r.to);
    if (!from || !to) return;
    const symmetric = (relationSpecs as Record<string, { symmetric: boolean }>)[r.type]?.symmetric ?? false;
    const index = gold.relations.findIndex(
      (g, i) =>
        !used.has(i) &&
        g.type === r.type &&
        ((g.from === from && g.to === to) || (symmetric && g.from === to && g.to === from)),
    );
    if (index < 0) return;
    used.add(index);
    const mismatches: PropertyMismatch[] = [];
    for (const [key, value] of Object.entries((gold.relations[index] as ScoredRelation).properties)) {
      total += 1;
      if (sameValue(r.properties[key], value)) correct += 1;
      else mismatches.push({ key, gold: value, predicted: r.properties[key] });
    }
    relationMatches.push({ predicted: predictedIndex, gold: index, mismatches });
  });
  return {
    entities: prf(entityMatches.length, predicted.entities.length, gold.entities.length),
    relations: prf(used.size, predicted.relations.length, gold.relations.length),
    properties: { correct, total },
    matches: { entities: entityMatches, relations: relationMatches },
  };
}
