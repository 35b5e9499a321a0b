/** Micro-averaged scores over file results: overall, per language, per relation type. */
import type { FileResult } from './run';
import { prf, type PRF } from './score';

export interface GroupScore {
  entities: PRF;
  relations: PRF;
}

interface Counts {
  tp: number;
  predicted: number;
  gold: number;
}

const add = (a: Counts, b: Counts): Counts => ({
  tp: a.tp + b.tp,
  predicted: a.predicted + b.predicted,
  gold: a.gold + b.gold,
});
const zero: Counts = { tp: 0, predicted: 0, gold: 0 };
const toPrf = (c: Counts): PRF => prf(c.tp, c.predicted, c.gold);

export function micro(files: readonly FileResult[]): GroupScore {
  return {
    entities: toPrf(files.map((f) => f.score.entities).reduce(add, zero)),
    relations: toPrf(files.map((f) => f.score.relations).reduce(add, zero)),
  };
}

/** Share of gold properties on matched relations that the extraction reproduces (1 when there are none). */
export function propertyAccuracy(files: readonly FileResult[]): number {
  const correct = files.reduce((n, f) => n + f.score.properties.correct, 0);
  const total = files.reduce((n, f) => n + f.score.properties.total, 0);
  return total === 0 ? 1 : correct / total;
}

/** Micro scores per language, languages in sorted order. */
export function byLanguage(files: readonly FileResult[]): Record<string, GroupScore> {
  const languages = [...new Set(files.map((f) => f.language))].sort();
  return Object.fromEntries(languages.map((l) => [l, micro(files.filter((f) => f.language === l))]));
}

/** Relation scores per relation type (predicted or gold), types in sorted order. */
export function byRelationType(files: readonly FileResult[]): Record<string, PRF> {
  const counts = new Map<string, Counts>();
  const bump = (type: string, delta: Partial<Counts>) =>
    counts.set(type, add(counts.get(type) ?? zero, { ...zero, ...delta }));
  for (const f of files) {
    for (const r of f.predicted.relations) bump(r.type, { predicted: 1 });
    for (const r of f.gold.relations) bump(r.type, { gold: 1 });
    for (const m of f.score.matches.relations) bump((f.gold.relations[m.gold] as { type: string }).type, { tp: 1 });
  }
  return Object.fromEntries([...counts.keys()].sort().map((type) => [type, toPrf(counts.get(type) as Counts)]));
}
