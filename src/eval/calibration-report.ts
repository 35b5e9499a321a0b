/**
 * How well confidences are calibrated: per confidence band, how many facts
 * fall in it and what share of them is correct, for each set of facts.
 */
import type { FactOutcome } from './calibrate';
import type { ConfidenceTable } from '../ingest/extract/confidence';

export interface Band {
  label: string;
  /** Upper bound, exclusive. */
  below: number;
}

export const bands: readonly Band[] = [
  { label: '< 0.5', below: 0.5 },
  { label: '0.5-0.7', below: 0.7 },
  { label: '0.7-0.85', below: 0.85 },
  { label: '0.85-0.95', below: 0.95 },
  { label: '>= 0.95', below: Infinity },
];

export interface Tally {
  facts: number;
  correct: number;
}

const tally = (outcomes: readonly FactOutcome[]): Tally => ({
  facts: outcomes.length,
  correct: outcomes.filter((o) => o.correct).length,
});

export function bandOf(confidence: number): Band {
  return bands.find((b) => confidence < b.below) as Band;
}

/** Facts and correct facts per band, in band order. */
export function tallyByBand(outcomes: readonly FactOutcome[], confidenceOf: (rule: string) => number): Tally[] {
  return bands.map((band) => tally(outcomes.filter((o) => bandOf(confidenceOf(o.rule)) === band)));
}

const precision = (t: Tally): string => (t.facts === 0 ? '   -' : (t.correct / t.facts).toFixed(2));
const cell = (t: Tally): string => `${String(t.facts).padStart(5)} ${precision(t).padStart(9)}`;

export function formatRules(table: ConfidenceTable): string[] {
  const width = Math.max(8, ...Object.keys(table.rules).map((r) => r.length)) + 2;
  return [
    `${'rule'.padEnd(width)}emitted correct confidence`,
    ...Object.entries(table.rules).map(
      ([rule, c]) =>
        `${rule.padEnd(width)}${String(c.emitted).padStart(7)} ${String(c.correct).padStart(7)} ${c.confidence.toFixed(3).padStart(10)}`,
    ),
    `${'default'.padEnd(width)}${' '.repeat(16)}${table.default.toFixed(3).padStart(10)}`,
  ];
}

/** The calibration table: one column pair (facts, precision) per named set of facts. */
export function formatBands(
  sets: { name: string; outcomes: readonly FactOutcome[] }[],
  confidenceOf: (rule: string) => number,
): string[] {
  const columns = sets.map((s) => ({
    name: s.name,
    tallies: tallyByBand(s.outcomes, confidenceOf),
    all: tally(s.outcomes),
  }));
  const label = 12;
  return [
    `${''.padEnd(label)}${columns.map((c) => `  ${c.name.padEnd(15)}`).join('')}`.trimEnd(),
    `${'confidence'.padEnd(label)}${columns.map(() => `  facts precision`).join('')}`,
    ...bands.map(
      (band, i) => `${band.label.padEnd(label)}${columns.map((c) => `  ${cell(c.tallies[i] as Tally)}`).join('')}`,
    ),
    `${'all facts'.padEnd(label)}${columns.map((c) => `  ${cell(c.all)}`).join('')}`,
  ];
}
