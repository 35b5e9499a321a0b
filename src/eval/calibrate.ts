/**
 * Calibrating rule confidences: each rule's confidence is its measured
 * precision on the calibration set (the tuned part of the development corpus
 * plus the seed articles), smoothed with add-one (Laplace) smoothing,
 * (correct + 1) / (emitted + 2), so that a rule seen a few times stays near
 * 0.5 instead of claiming 0 or 1. The default, for rules the set never
 * exercised, is the same smoothing over all facts. A fact counts as correct
 * when the scorer matches it to a gold relation.
 */
import { devCorpus, requireCorpus, seedCorpus } from './corpora';
import type { ConfidenceTable, RuleCalibration } from '../ingest/extract/confidence';
import { evaluateFolder, type FileResult } from './run';

export interface FactOutcome {
  rule: string;
  correct: boolean;
}

export interface CalibrationSets {
  /** The tuned part of the development corpus plus the seeds: what the table is computed from. */
  calibration: FileResult[];
  /** The held-back part of the development corpus: measurement only. */
  held: FileResult[];
  /** What the calibration set is, for the table's `corpus` field. */
  corpus: string;
}

export const generatedBy = 'npm run calibrate';

export function readCalibrationSets(): CalibrationSets {
  const tuned = evaluateFolder(requireCorpus(devCorpus), { part: 'tuned' });
  const seeds = evaluateFolder(requireCorpus(seedCorpus));
  return {
    calibration: [...tuned, ...seeds],
    held: evaluateFolder(devCorpus.folder, { part: 'held' }),
    corpus: `${devCorpus.label} tuned part (${tuned.length} files) + ${seedCorpus.label} (${seeds.length} seed files)`,
  };
}

/** Every extracted fact with its rule and whether it matched gold. */
export function factOutcomes(results: readonly FileResult[]): FactOutcome[] {
  return results.flatMap((r) => {
    const matched = new Set(r.score.matches.relations.map((m) => m.predicted));
    return r.predicted.relations.map((fact, i) => ({ rule: fact.rule, correct: matched.has(i) }));
  });
}

export const smoothed = (correct: number, emitted: number): number => (correct + 1) / (emitted + 2);

const round = (x: number): number => Math.round(x * 1000) / 1000;

function calibration(outcomes: readonly FactOutcome[]): RuleCalibration {
  const correct = outcomes.filter((o) => o.correct).length;
  return { emitted: outcomes.length, correct, confidence: round(smoothed(correct, outcomes.length)) };
}

export function buildTable(outcomes: readonly FactOutcome[], corpus: string): ConfidenceTable {
  const rules = [...new Set(outcomes.map((o) => o.rule))].sort();
  return {
    generatedBy,
    corpus,
    rules: Object.fromEntries(rules.map((rule) => [rule, calibration(outcomes.filter((o) => o.rule === rule))])),
    default: calibration(outcomes).confidence,
  };
}

/** What differs between the checked-in table and a fresh one: one line per rule (or field), empty when equal. */
export function tableDifferences(checkedIn: ConfidenceTable, fresh: ConfidenceTable): string[] {
  const show = (c: RuleCalibration | undefined) =>
    c ? `emitted ${c.emitted}, correct ${c.correct}, confidence ${c.confidence}` : 'absent';
  const rules = [...new Set([...Object.keys(checkedIn.rules), ...Object.keys(fresh.rules)])].sort();
  const lines = rules.flatMap((rule) => {
    const [a, b] = [checkedIn.rules[rule], fresh.rules[rule]];
    return show(a) === show(b) ? [] : [`${rule}: table has ${show(a)}; now ${show(b)}`];
  });
  if (checkedIn.default !== fresh.default) lines.push(`default: table has ${checkedIn.default}; now ${fresh.default}`);
  if (checkedIn.corpus !== fresh.corpus) lines.push(`corpus: table has "${checkedIn.corpus}"; now "${fresh.corpus}"`);
  return lines;
}
