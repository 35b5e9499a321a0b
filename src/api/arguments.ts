/**
 * Limits on arguments, each failing with BAD_USER_INPUT that names the
 * argument, the allowed range and the value given.
 */
import { badInput } from '../errors';

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

export function nonEmptyText(argument: string, value: string, max = 200): string {
  const text = value.trim();
  if (text === '') throw badInput(argument, 'must not be empty');
  if (text.length > max) throw badInput(argument, `must be at most ${max} characters`);
  return text;
}
