import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readMigrations, splitStatements } from '../../src/graph/migrations';

describe('splitStatements', () => {
  it('splits on semicolons that end a line and drops comments', () => {
    const text = [
      '// a comment; with a semicolon',
      'CREATE CONSTRAINT a IF NOT EXISTS',
      'FOR (n:A) REQUIRE n.id IS UNIQUE;',
      '',
      'CREATE INDEX b IF NOT EXISTS FOR (n:B) ON (n.name);  ',
      'CREATE INDEX c IF NOT EXISTS FOR (n:C) ON (n.x)',
    ].join('\n');
    expect(splitStatements(text)).toEqual([
      'CREATE CONSTRAINT a IF NOT EXISTS\nFOR (n:A) REQUIRE n.id IS UNIQUE',
      'CREATE INDEX b IF NOT EXISTS FOR (n:B) ON (n.name)',
      'CREATE INDEX c IF NOT EXISTS FOR (n:C) ON (n.x)',
    ]);
  });
});

describe('readMigrations', () => {
  it('reads .cypher files in name order with content checksums', () => {
    const dir = mkdtempSync(join(tmpdir(), 'silkgraph-migrations-'));
    writeFileSync(join(dir, '010-b.cypher'), 'CREATE INDEX b IF NOT EXISTS FOR (n:B) ON (n.x);');
    writeFileSync(join(dir, '002-a.cypher'), 'CREATE INDEX a IF NOT EXISTS FOR (n:A) ON (n.x);');
    writeFileSync(join(dir, 'notes.txt'), 'not a migration');
    const migrations = readMigrations(dir);
    expect(migrations.map((m) => m.name)).toEqual(['002-a.cypher', '010-b.cypher']);
    expect(migrations[0]!.checksum).toMatch(/^[0-9a-f]{64}$/);
    expect(migrations[0]!.checksum).not.toBe(migrations[1]!.checksum);
  });

  it('finds the project migrations, each with at least one statement', () => {
    const migrations = readMigrations();
    expect(migrations.length).toBeGreaterThanOrEqual(3);
    for (const migration of migrations) {
      expect(migration.name).toMatch(/^\d{3}-[a-z0-9-]+\.cypher$/);
      expect(migration.statements.length).toBeGreaterThan(0);
    }
  });
});
