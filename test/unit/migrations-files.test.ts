import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readMigrations, splitStatements } from '../../src/graph/migrations';
import { describeAbandoned } from '../../src/graph/repeatable-schema';
import { tempDir } from '../support/temp-dir';

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
    const dir = tempDir('silkgraph-migrations');
    writeFileSync(join(dir, '010-b.cypher'), 'CREATE INDEX b IF NOT EXISTS FOR (n:B) ON (n.x);');
    writeFileSync(join(dir, '002-a.cypher'), 'CREATE INDEX a IF NOT EXISTS FOR (n:A) ON (n.x);');
    writeFileSync(join(dir, 'notes.txt'), 'not a migration');
    const migrations = readMigrations(dir);
    expect(migrations.map((m) => m.name)).toEqual(['002-a.cypher', '010-b.cypher']);
    expect(migrations[0]!.checksum).toMatch(/^[0-9a-f]{64}$/);
    expect(migrations[0]!.checksum).not.toBe(migrations[1]!.checksum);
  });

  it('reads the repeatable files in generated/ after the ordered ones, with the names they create', () => {
    const dir = tempDir('silkgraph-migrations');
    mkdirSync(join(dir, 'generated'));
    writeFileSync(join(dir, 'generated', 'b.cypher'), 'CREATE INDEX gen_b IF NOT EXISTS FOR (n:B) ON (n.x);');
    writeFileSync(
      join(dir, 'generated', 'a.cypher'),
      'CREATE CONSTRAINT gen_a IF NOT EXISTS\nFOR ()-[r:A]-() REQUIRE r.id IS UNIQUE;\n' +
        'CREATE FULLTEXT INDEX gen_a_text IF NOT EXISTS FOR (n:A) ON EACH [n.name];',
    );
    writeFileSync(join(dir, '001-x.cypher'), 'DROP INDEX x IF EXISTS;');
    const migrations = readMigrations(dir);
    expect(migrations.map((m) => [m.name, m.repeatable, m.creates])).toEqual([
      ['001-x.cypher', false, []],
      ['generated/a.cypher', true, ['gen_a', 'gen_a_text']],
      ['generated/b.cypher', true, ['gen_b']],
    ]);
  });

  it.each([
    ['an unnamed statement', 'CREATE INDEX IF NOT EXISTS FOR (n:A) ON (n.x);'],
    ['one without IF NOT EXISTS', 'CREATE INDEX a FOR (n:A) ON (n.x);'],
    ['a drop', 'DROP INDEX a IF EXISTS;'],
    ['a data change', 'MATCH (n:A) SET n.x = 1;'],
  ])('refuses a repeatable file with %s, naming the file and statement', (_, statement) => {
    const dir = tempDir('silkgraph-migrations');
    mkdirSync(join(dir, 'generated'));
    writeFileSync(
      join(dir, 'generated', 'a.cypher'),
      `CREATE INDEX ok IF NOT EXISTS FOR (n:B) ON (n.x);\n${statement}`,
    );
    expect(() => readMigrations(dir)).toThrow(
      /cypher\/schema\/generated\/a\.cypher statement 2 is not a named CREATE CONSTRAINT\|INDEX <name> IF NOT EXISTS/,
    );
  });

  it('finds the project migrations, each with at least one statement', () => {
    const migrations = readMigrations();
    expect(migrations.length).toBeGreaterThanOrEqual(3);
    for (const migration of migrations) {
      expect(migration.name).toMatch(
        migration.repeatable ? /^generated\/[a-z0-9-]+\.cypher$/ : /^\d{3}-[a-z0-9-]+\.cypher$/,
      );
      expect(migration.statements.length).toBeGreaterThan(0);
    }
    expect(migrations.map((m) => m.name)).toContain('generated/fact-constraints.cypher');
  });
});

describe('describeAbandoned', () => {
  it('names the file, the constraint and the statement that drops it', () => {
    expect(
      describeAbandoned({ file: 'generated/fact-constraints.cypher', kind: 'constraint', name: 'fact_part_of_id' }),
    ).toBe(
      'cypher/schema/generated/fact-constraints.cypher no longer creates constraint fact_part_of_id (the model dropped it); ' +
        'it stays in the database until a hand-written migration drops it: DROP CONSTRAINT fact_part_of_id IF EXISTS',
    );
  });
});
