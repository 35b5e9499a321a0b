/**
 * Repeatable schema files (cypher/schema/generated/*.cypher, written by
 * `npm run generate` from src/model): unlike the ordered migrations they may
 * change, and are applied again whenever they do. That is safe because each
 * statement creates one named constraint or index IF NOT EXISTS (readMigrations
 * refuses any other statement, using idempotentlyCreated).
 *
 * The names a file has ever created are recorded with it, so one it no longer
 * creates (a relation dropped from the model) is found and reported at every
 * start while it is still in the database. It is not dropped: an instance of
 * the previous version may still write that relation during a rolling upgrade
 * and rely on the constraint, and whether the data it guards can go is a
 * maintainer's call, made with a hand-written migration (DROP ... IF EXISTS).
 */
import type { Graph } from './driver';

/** A constraint or index that a repeatable file created and no longer creates, still in the database. */
export interface AbandonedSchemaObject {
  file: string;
  kind: 'constraint' | 'index';
  name: string;
}

const idempotentCreate =
  /^CREATE\s+(?:(?:RANGE|TEXT|POINT|FULLTEXT|VECTOR|LOOKUP)\s+)?(?:CONSTRAINT|INDEX)\s+([A-Za-z][A-Za-z0-9_]*)\s+IF\s+NOT\s+EXISTS\b/i;

/** The name a statement creates, when it is a named CREATE CONSTRAINT|INDEX <name> IF NOT EXISTS. */
export function idempotentlyCreated(statement: string): string | undefined {
  return idempotentCreate.exec(statement)?.[1];
}

/** Of the names a file created before, those it no longer creates and the database still has. */
export async function abandonedObjects(
  graph: Graph,
  file: string,
  before: readonly string[],
  now: readonly string[],
): Promise<AbandonedSchemaObject[]> {
  const gone = before.filter((name) => !now.includes(name));
  if (gone.length === 0) return [];
  const constraints = new Set((await graph.read('schema-constraint-names')).map((row) => row.name));
  const indexes = new Set((await graph.read('schema-index-names')).map((row) => row.name));
  return gone.flatMap((name): AbandonedSchemaObject[] => {
    if (constraints.has(name)) return [{ file, kind: 'constraint', name }];
    if (indexes.has(name)) return [{ file, kind: 'index', name }];
    return [];
  });
}

/** The log line for an abandoned constraint or index. */
export function describeAbandoned({ file, kind, name }: AbandonedSchemaObject): string {
  return (
    `cypher/schema/${file} no longer creates ${kind} ${name} (the model dropped it); ` +
    `it stays in the database until a hand-written migration drops it: DROP ${kind.toUpperCase()} ${name} IF EXISTS`
  );
}
