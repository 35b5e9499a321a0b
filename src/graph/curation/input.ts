/**
 * Checks shared by the curation mutations: curator text, and the entity
 * reference shape they return. Each failure is BAD_USER_INPUT naming the field.
 */
import { badInput } from '../../errors';
import type { EntityRef } from '../read/shapes';

/** Trimmed text of 1 to max characters. */
export function curatorText(argument: string, value: string, max: number): string {
  const text = value.trim();
  if (text === '') throw badInput(argument, 'must not be empty');
  if (text.length > max) throw badInput(argument, `must be at most ${max} characters`);
  return text;
}

export const unique = <T>(items: T[]): T[] => [...new Set(items)];

export type { EntityRef };
