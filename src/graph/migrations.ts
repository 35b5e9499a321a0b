/**
 * Schema migrations: cypher/schema/NNN-name.cypher, applied in file-name order,
 * each statement on its own (Neo4j runs schema changes outside data
 * transactions), then recorded as (:SchemaMigration {name, checksum}).
 * Applying twice changes nothing; a file changed after it was applied, or a
 * statement that fails, stops start-up with a message naming the file.
 *
 * A migration that rewrites data with the service's own code (what Cypher
 * cannot compute, like folded keys) is still a .cypher file, with its schema
 * statements, and a step in dataSteps under the same name: the step runs after
 * the statements, must be safe to run again (a failed run is retried at the
 * next start), and returns lines for the log; the migration is recorded only
 * when it finished.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { cypherDir } from '../paths';
import { stripComments } from './cypher';
import type { Graph } from './driver';
import { describeEntityKeysReport, migrateEntityKeys } from './entity-keys-migration';

export interface Migration {
  name: string;
  checksum: string;
  statements: string[];
  /** The data step of this migration (dataSteps), run after its statements. */
  data?: (graph: Graph) => Promise<string[]>;
}

/** Data steps by migration file name. */
const dataSteps: Record<string, (graph: Graph) => Promise<string[]>> = {
  '009-entity-keys-v2.cypher': async (graph) => describeEntityKeysReport(await migrateEntityKeys(graph)),
};

export class MigrationError extends Error {
  override name = 'MigrationError';
}

export const schemaDir = join(cypherDir, 'schema');

export function readMigrations(dir = schemaDir): Migration[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.cypher'))
    .sort()
    .map((file) => {
      const text = readFileSync(join(dir, file), 'utf8');
      return {
        name: file,
        checksum: createHash('sha256').update(text).digest('hex'),
        statements: splitStatements(text),
        data: dir === schemaDir ? dataSteps[file] : undefined,
      };
    });
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
}

/** The recorded migrations, by name, with their checksums. */
export async function appliedMigrations(graph: Graph): Promise<Map<string, string>> {
  const rows = await graph.read('schema-migrations');
  return new Map(rows.map((row) => [row.name as string, row.checksum as string]));
}

export async function applyMigrations(
  graph: Graph,
  migrations: Migration[] = readMigrations(),
): Promise<MigrationResult> {
  const recorded = await appliedMigrations(graph);
  const result: MigrationResult = { applied: [], alreadyApplied: [], notes: [] };
  for (const migration of migrations) {
    const checksum = recorded.get(migration.name);
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
    for (const [index, statement] of migration.statements.entries()) {
      try {
        await graph.runAutoCommit(statement);
      } catch (error) {
        throw new MigrationError(
          `Migration cypher/schema/${migration.name} failed at statement ${index + 1}: ${(error as Error).message}`,
        );
      }
    }
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
  return result;
}
