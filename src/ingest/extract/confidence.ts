/**
 * The confidence of a fact the rules extract: the measured precision of the
 * rule that emitted it, smoothed, from confidence.json. That table is written
 * by `npm run calibrate` (src/eval/calibrate.ts) from the tuned part of the
 * development corpus and the seed articles; a rule it does not list gets the
 * table's default, the smoothed precision over all facts.
 */
import checkedIn from './confidence.json';

export interface RuleCalibration {
  emitted: number;
  correct: number;
  confidence: number;
}

export interface ConfidenceTable {
  generatedBy: string;
  corpus: string;
  rules: Record<string, RuleCalibration>;
  default: number;
}

export const confidenceTable: ConfidenceTable = checkedIn;

export function confidenceIn(table: ConfidenceTable, rule: string): number {
  return Object.hasOwn(table.rules, rule) ? (table.rules[rule] as RuleCalibration).confidence : table.default;
}

export function ruleConfidence(rule: string): number {
  return confidenceIn(confidenceTable, rule);
}
