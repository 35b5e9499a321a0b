/**
 * Shared by the curation mutations: the entity reference shape they return.
 * Curator text is checked with src/input-limits.ts.
 */
import type { EntityRef } from '../read/shapes';

export const unique = <T>(items: T[]): T[] => [...new Set(items)];

export type { EntityRef };
