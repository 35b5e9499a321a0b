/**
 * The schema the bench load defers: every constraint and index the migrations
 * leave on the nodes and relationships the load writes (entities, documents,
 * sentences, evidence, facts). The load reads none of them (facts and mentions
 * find their entities by element id, so entity_id is deferred too), and keeping
 * an index up to date row by row while 2M facts go in cost more than building it
 * once afterwards (bench/README.md has the figures), so the load drops these
 * first and makes them again after, from the migrations' own statements; making
 * the unique constraints again checks the generated ids are unique.
 */
import type { Graph } from '../../src/graph/driver';
import { readMigrations } from '../../src/graph/migrations';
import { idempotentlyCreated } from '../../src/graph/repeatable-schema';

export interface DeferredObject {
  name: string;
  kind: 'CONSTRAINT' | 'INDEX';
  /** The migration statement that makes it. */
  create: string;
}

const loadedLabels = /FOR\s*\(\s*\w*\s*:\s*(Entity|Document|Sentence|Evidence)\s*\)|FOR\s*\(\s*\)\s*-\s*\[/i;
const dropped = /^DROP\s+(?:CONSTRAINT|INDEX)\s+([A-Za-z][A-Za-z0-9_]*)/i;

/** The objects the migrations end with on what the load writes, in migration order. */
export function deferredSchema(): DeferredObject[] {
  const objects = new Map<string, DeferredObject>();
  for (const migration of readMigrations()) {
    for (const statement of migration.statements) {
      const gone = dropped.exec(statement)?.[1];
      if (gone) objects.delete(gone);
      const name = idempotentlyCreated(statement);
      if (!name || !loadedLabels.test(statement)) continue;
      const kind = /^CREATE\s+(?:\w+\s+)?CONSTRAINT\b/i.test(statement) ? 'CONSTRAINT' : 'INDEX';
      objects.set(name, { name, kind, create: statement });
    }
  }
  return [...objects.values()];
}

/** Drops the deferred objects (names from our own migration files, so safe to put in the text). */
export async function dropDeferred(graph: Graph, objects: DeferredObject[]): Promise<void> {
  for (const { name, kind } of objects) await graph.runAutoCommit(`DROP ${kind} ${name} IF EXISTS`);
}

/** Makes the deferred objects again and waits until every index is online. */
export async function restoreDeferred(graph: Graph, objects: DeferredObject[]): Promise<void> {
  for (const { create } of objects) await graph.runAutoCommit(create);
  await graph.runAutoCommit('CALL db.awaitIndexes(3600)');
}
