/**
 * Schema migrations: cypher/schema/NNN-name.cypher, applied in file-name order,
 * each statement on its own (Neo4j runs schema changes outside data
 * transactions), then recorded as (:SchemaMigration {name, checksum}).
 * Applying twice changes nothing; a file changed after it was applied, or a
 * statement that fails, stops start-up with a message naming the file.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { cypherDir } from '../paths';
import { stripComments } from './cypher';
import type { Graph } from './driver';

export interface Migration {
  name: string;
  checksum: string;
  statements: string[];
}

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
  const result: MigrationResult = { applied: [], alreadyApplied: [] };
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
    await graph.write('schema-migration-record', { name: migration.name, checksum: migration.checksum });
    result.applied.push(migration.name);
  }
  return result;
}
