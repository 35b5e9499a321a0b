/**
 * Scoring an extraction against gold. Entities align one-to-one on kind plus any
 * shared name or alias (case-insensitive). Relations match on type and aligned
 * endpoints (MET_WITH, AGREEMENT_WITH, TRADE_WITH in either direction), each gold
 * relation at most once. Property accuracy is the share of gold properties that
 * matched relations reproduce.
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

export interface FileScore {
  entities: PRF;
  relations: PRF;
  properties: { correct: number; total: number };
}

export function prf(tp: number, predicted: number, gold: number): PRF {
  const precision = predicted === 0 ? (gold === 0 ? 1 : 0) : tp / predicted;
  const recall = gold === 0 ? 1 : tp / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, tp, predicted, gold };
}

const names = (e: ScoredEntity): Set<string> => new Set([e.name, ...e.aliases].map((n) => n.toLowerCase()));

/** Predicted name -> gold name, one-to-one. */
export function alignEntities(predicted: ScoredEntity[], gold: ScoredEntity[]): Map<string, string> {
  const alignment = new Map<string, string>();
  const used = new Set<number>();
  for (const p of predicted) {
    const pn = names(p);
    const index = gold.findIndex((g, i) => !used.has(i) && g.type === p.type && [...names(g)].some((n) => pn.has(n)));
    if (index >= 0) {
      used.add(index);
      alignment.set(p.name, (gold[index] as ScoredEntity).name);
    }
  }
  return alignment;
}

export function scoreFile(
  predicted: { entities: ScoredEntity[]; relations: ScoredRelation[] },
  gold: { entities: ScoredEntity[]; relations: ScoredRelation[] },
): FileScore {
  const alignment = alignEntities(predicted.entities, gold.entities);
  const used = new Set<number>();
  let correct = 0;
  let total = 0;
  for (const r of predicted.relations) {
    const from = alignment.get(r.from);
    const to = alignment.get(r.to);
    if (!from || !to) continue;
    const symmetric = (relationSpecs as Record<string, { symmetric: boolean }>)[r.type]?.symmetric ?? false;
    const index = gold.relations.findIndex(
      (g, i) =>
        !used.has(i) &&
        g.type === r.type &&
        ((g.from === from && g.to === to) || (symmetric && g.from === to && g.to === from)),
    );
    if (index < 0) continue;
    used.add(index);
    for (const [key, value] of Object.entries((gold.relations[index] as ScoredRelation).properties)) {
      total += 1;
      if (String(r.properties[key]).toLowerCase() === String(value).toLowerCase()) correct += 1;
    }
  }
  return {
    entities: prf(alignment.size, predicted.entities.length, gold.entities.length),
    relations: prf(used.size, predicted.relations.length, gold.relations.length),
    properties: { correct, total },
  };
}
