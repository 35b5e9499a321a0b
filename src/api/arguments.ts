/**
 * Limits on arguments, each failing with BAD_USER_INPUT that names the
 * argument, the allowed range and the value given.
 */
import { badInput } from '../errors';
import { foldKey } from '../ingest/fold';
import { isPartialDate } from '../model';
import { boundedText, inputLimits } from '../input-limits';

export const limits = {
  pageSize: 100,
  evidence: 20,
  maxHops: 6,
  viewDepth: 3,
  commonIds: 10,
  timeline: 500,
};

export function inRange(argument: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw badInput(argument, `must be a whole number from ${min} to ${max}, got ${value}`);
  }
  return value;
}

export const pageSize = (argument: string, value: number) => inRange(argument, value, 1, limits.pageSize);

/**
 * The text of a name filter or search, bounded before it is folded (folding is
 * linear but not free: a 2 MB filter took about a second of the event loop),
 * and refused when it folds to nothing (it would match every entity).
 */
export function filterText(argument: string, value: string): { text: string; folded: string } {
  const text = boundedText(argument, value, inputLimits.filterText);
  const folded = foldKey(text);
  if (folded === '') throw badInput(argument, 'must contain letters or digits');
  return { text, folded };
}

/** YYYY, YYYY-MM or YYYY-MM-DD, and a month and day that exist (2024-13-45 would match nothing, silently). */
export function partialDate(argument: string, value: string): string {
  if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(value))
    throw badInput(argument, `must be YYYY, YYYY-MM or YYYY-MM-DD, got ${JSON.stringify(value)}`);
  if (!isPartialDate(value)) throw badInput(argument, `is not a calendar date, got ${JSON.stringify(value)}`);
  return value;
}
