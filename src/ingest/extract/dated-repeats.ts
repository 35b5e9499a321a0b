/**
 * A visit or meeting reported twice, once without a date (the headline) and once
 * with one (the body), is one fact: the undated report is dropped when the same
 * pair has a dated fact whose other properties agree. Facts keyed by date stay
 * apart otherwise (two visits on different days are two facts).
 */
import { relations } from '../../model';
import type { ExtractedFact } from '../types';

const symmetricEnds = (f: ExtractedFact): string[] =>
  relations[f.type].symmetric ? [f.from, f.to].sort() : [f.from, f.to];

function pairKey(f: ExtractedFact): string {
  const rest = Object.entries(f.properties)
    .filter(([k]) => k !== 'date')
    .sort(([a], [b]) => a.localeCompare(b));
  return JSON.stringify([f.type, ...symmetricEnds(f), rest]);
}

const keyedByDate = (f: ExtractedFact): boolean =>
  (relations[f.type].keyProperties as readonly string[]).includes('date');

export function withoutUndatedRepeats(facts: ExtractedFact[]): ExtractedFact[] {
  const dated = new Set(facts.filter((f) => keyedByDate(f) && f.properties.date).map(pairKey));
  return facts.filter((f) => !keyedByDate(f) || f.properties.date || !dated.has(pairKey(f)));
}
