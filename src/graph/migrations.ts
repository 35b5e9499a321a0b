/**
 * Schema migrations, of two sorts (Flyway's versioned and repeatable ones):
 *
 * - Ordered: cypher/schema/NNN-name.cypher, hand-written, applied once in
 *   file-name order and recorded as (:SchemaMigration {name, checksum}).
 *   A file changed after it was applied stops start-up.
 * - Repeatable: cypher/schema/generated/name.cypher, generated from src/model
 *   (`npm run generate`), applied after the ordered ones and again whenever
 *   its checksum changes, so adding a relation to the model adds its
 *   constraint to an existing database (see repeatable-schema.ts).
 *
 * Each statement runs on its own (Neo4j runs schema changes outside data
 * transactions). Applying twice changes nothing; a statement that fails stops
 * start-up with a message naming the file.
 *
 * A migration that rewrites data with the service's own code (what Cypher
 * cannot compute, like folded keys) is still a .cypher file, with its schema
 * statements, and a step in dataSteps under the same name: the step runs after
 * the statements, must be safe to run again (a failed run is retried at the
 * next start), and returns lines for the log; the migration is recorded only
 * when it finished.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { cypherDir } from '../paths';
import { stripComments } from './cypher';
import type { Graph } from './driver';
import { describeEntityKeysReport, migrateEntityKeys } from './entity-keys-migration';
import { withMigrationLock, type MigrationLockOptions } from './migration-lock';
import { abandonedObjects, idempotentlyCreated, type AbandonedSchemaObject } from './repeatable-schema';

export interface Migration {
  /** The path under cypher/schema/: NNN-name.cypher, or generated/name.cypher for a repeatable one. */
  name: string;
  checksum: string;
  statements: string[];
  repeatable: boolean;
  /** Of a repeatable migration: the constraints and indexes its statements create, by name. */
  creates: string[];
  /** The data step of this migration (dataSteps), run after its statements. */
  data?: (graph: Graph) => Promise<string[]>;
}

/** Data steps by migration file name. */
const dataSteps: Record<string, (graph: Graph) => Promise<string[]>> = {
  '009-entity-keys-v2.cypher': async (graph) => describeEntityKeysReport(await migrateEntityKeys(graph)),
};

/**
 * Ordered migrations whose statements moved into a repeatable file. A database
 * that recorded one keeps its record and starts as usual; the repeatable file
 * takes over the constraints it created, so that one the model drops later is
 * reported like any other.
 */
const retiredMigrations: Record<string, { movedTo: string; created: string[] }> = {
  '004-fact-constraints.cypher': {
    movedTo: 'generated/fact-constraints.cypher',
    created: [
      'fact_governs_id',
      'fact_holds_position_id',
      'fact_represents_id',
      'fact_accredited_to_id',
      'fact_visited_id',
      'fact_met_with_id',
      'fact_invests_in_id',
      'fact_located_in_id',
      'fact_participated_in_id',
      'fact_agreement_with_id',
      'fact_trade_with_id',
      'fact_part_of_id',
    ],
  },
};

export class MigrationError extends Error {
  override name = 'MigrationError';
}

export const schemaDir = join(cypherDir, 'schema');
const repeatableFolder = 'generated';

/** The ordered migrations in dir, then the repeatable ones in dir/generated/. */
export function readMigrations(dir = schemaDir): Migration[] {
  const repeatableDir = join(dir, repeatableFolder);
  return [
    ...cypherFiles(dir).map((file) => readMigration(dir, file, file, false)),
    ...(existsSync(repeatableDir) ? cypherFiles(repeatableDir) : []).map((file) =>
      readMigration(repeatableDir, file, `${repeatableFolder}/${file}`, true),
    ),
  ];
}

function cypherFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.cypher'))
    .sort();
}

function readMigration(dir: string, file: string, name: string, repeatable: boolean): Migration {
  const text = readFileSync(join(dir, file), 'utf8');
  const statements = splitStatements(text);
  return {
    name,
    checksum: createHash('sha256').update(text).digest('hex'),
    statements,
    repeatable,
    creates: repeatable ? statements.map((statement, index) => createdBy(name, statement, index)) : [],
    data: !repeatable && dir === schemaDir ? dataSteps[file] : undefined,
  };
}

function createdBy(name: string, statement: string, index: number): string {
  const created = idempotentlyCreated(statement);
  if (created !== undefined) return created;
  throw new MigrationError(
    `cypher/schema/${name} statement ${index + 1} is not a named CREATE CONSTRAINT|INDEX <name> IF NOT EXISTS: ` +
      'a repeatable schema file is applied again whenever it changes, so each statement must be safe to repeat',
  );
}

/** Statements end with a semicolon at the end of a line. */
export function splitStatements(text: string): string[] {
  return stripComments(text)
    .split(/;\s*$/m)
    .map((statement) => statement.trim())
    .filter(Boolean);
}

export interface MigrationResult {
  applied: string[];
  alreadyApplied: string[];
  /** What data steps report (rewritten keys, collisions found), for the log. */
  notes: string[];
  /** Constraints and indexes a repeatable file no longer creates but the database still has. */
  abandoned: AbandonedSchemaObject[];
}

export interface RecordedMigration {
  checksum: string;
  /** Of a repeatable migration: every constraint and index it has created. */
  objects: string[] | null;
}

/** The recorded migrations, by name. */
export async function appliedMigrations(graph: Graph): Promise<Map<string, RecordedMigration>> {
  const rows = await graph.read('schema-migrations');
  return new Map(rows.map((row) => [row.name, { checksum: row.checksum, objects: row.objects ?? null }]));
}

/**
 * Applies what is missing, under the schema migration lock (migration-lock.ts): a process that starts
 * while another applies them waits, then finds them recorded.
 */
export function applyMigrations(
  graph: Graph,
  migrations: Migration[] = readMigrations(),
  lock?: MigrationLockOptions,
): Promise<MigrationResult> {
  return withMigrationLock(graph, () => applyUnlocked(graph, migrations), lock);
}

async function applyUnlocked(graph: Graph, migrations: Migration[]): Promise<MigrationResult> {
  const recorded = await appliedMigrations(graph);
  const result: MigrationResult = { applied: [], alreadyApplied: [], notes: [], abandoned: [] };
  for (const migration of migrations.filter((m) => !m.repeatable)) {
    const checksum = recorded.get(migration.name)?.checksum;
    if (checksum === migration.checksum) {
      result.alreadyApplied.push(migration.name);
      continue;
    }
    if (checksum !== undefined) {
      throw new MigrationError(
        `Migration cypher/schema/${migration.name} was changed after it was applied. ` +
          'Add a new migration file instead of editing an applied one.',
      );
    }
    await runStatements(graph, migration);
    if (migration.data) {
      try {
        result.notes.push(...(await migration.data(graph)));
      } catch (error) {
        throw new MigrationError(
          `Migration cypher/schema/${migration.name} failed in its data step: ${(error as Error).message}`,
        );
      }
    }
    await graph.write('schema-migration-record', { name: migration.name, checksum: migration.checksum });
    result.applied.push(migration.name);
  }
  for (const migration of migrations.filter((m) => m.repeatable)) {
    const record = recorded.get(migration.name);
    const before = record?.objects ?? adoptedFromRetired(migration.name, recorded);
    result.abandoned.push(...(await abandonedObjects(graph, migration.name, before, migration.creates)));
    if (record?.checksum === migration.checksum) {
      result.alreadyApplied.push(migration.name);
      continue;
    }
    await runStatements(graph, migration);
    const objects = [...new Set([...before, ...migration.creates])];
    await graph.write('schema-repeatable-record', { name: migration.name, checksum: migration.checksum, objects });
    result.applied.push(migration.name);
  }
  // A repeatable file the generator no longer writes at all: everything it created is abandoned.
  for (const [name, { objects }] of recorded) {
    if (!name.startsWith(`${repeatableFolder}/`) || migrations.some((m) => m.name === name)) continue;
    result.abandoned.push(...(await abandonedObjects(graph, name, objects ?? [], [])));
  }
  return result;
}

async function runStatements(graph: Graph, migration: Migration): Promise<void> {
  for (const [index, statement] of migration.statements.entries()) {
    try {
      await graph.runAutoCommit(statement);
    } catch (error) {
      throw new MigrationError(
        `Migration cypher/schema/${migration.name} failed at statement ${index + 1}: ${(error as Error).message}`,
      );
    }
  }
}

/** What the retired migrations this database recorded created, when they moved into the repeatable file name. */
function adoptedFromRetired(name: string, recorded: Map<string, RecordedMigration>): string[] {
  return Object.entries(retiredMigrations)
    .filter(([retired, { movedTo }]) => movedTo === name && recorded.has(retired))
    .flatMap(([, { created }]) => created);
}
