/**
 * Every Cypher statement the service runs lives in cypher/NAME.cypher. This
 * loader reads one by name (cached); statements take values only as $parameters.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { officeRelations, relationTypes } from '../model';
import { cypherDir } from '../paths';
import type { StatementName } from './statements';

/**
 * Relationship types a statement names in a pattern by one placeholder, written out from the model as
 * `A|B|…` when the statement is loaded. Cypher takes no parameter for a type in a pattern, and a walk
 * over an entity's facts that names their types lets Neo4j read only those relationships of the entity,
 * not its MENTIONS: `(e)-[r:ANY_FACT_TYPE]-(x:Entity)`. The lists come from the model, not user input.
 */
export const relationshipTypePlaceholders = {
  /** Every fact type of the ontology. */
  ANY_FACT_TYPE: relationTypes,
  /** The seat relations of the single-holder offices (facts a later holder can end). */
  OFFICE_SEAT_TYPE: officeRelations,
} as const satisfies Record<string, readonly string[]>;

const placeholderPattern = new RegExp(`:(${Object.keys(relationshipTypePlaceholders).join('|')})\\]`, 'g');

const cache = new Map<string, string>();

export function cypher(name: StatementName): string {
  let text = cache.get(name);
  if (text === undefined) {
    if (!/^[a-z0-9-]+(\/[a-z0-9-]+)*$/.test(name)) throw new Error(`Invalid Cypher statement name ${name}`);
    text = expandTypePlaceholders(stripComments(readFileSync(join(cypherDir, `${name}.cypher`), 'utf8')));
    cache.set(name, text);
  }
  return text;
}

/** Drops whole-line // comments so that logs and PROFILE output show the statement itself. */
export function stripComments(text: string): string {
  return text
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('//'))
    .join('\n')
    .trim();
}

/** Writes out the relationship-type placeholders of a statement (`[r:ANY_FACT_TYPE]` → `[r:GOVERNS|…]`). */
export function expandTypePlaceholders(text: string): string {
  return text.replace(
    placeholderPattern,
    (_, placeholder: keyof typeof relationshipTypePlaceholders) =>
      `:${relationshipTypePlaceholders[placeholder].join('|')}]`,
  );
}
