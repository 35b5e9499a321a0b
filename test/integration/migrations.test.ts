import { cpSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Graph } from '../../src/graph/driver';
import { applyMigrations, readMigrations, schemaDir } from '../../src/graph/migrations';
import { relations, type RelationSpec } from '../../src/model';
import { generatedSchemaFiles, writeGeneratedSchema } from '../../src/model/generate';
import { openTestGraph, wipeDatabase } from '../support/graph';
import { tempDir } from '../support/temp-dir';

async function schemaSnapshot(graph: Graph) {
  const constraints = await graph.runAutoCommit(
    'SHOW CONSTRAINTS YIELD name, type, labelsOrTypes, properties RETURN * ORDER BY name',
  );
  const indexes = await graph.runAutoCommit(
    "SHOW INDEXES YIELD name, type, labelsOrTypes, properties WHERE type <> 'LOOKUP' RETURN * ORDER BY name",
  );
  const recorded = await graph.runAutoCommit(
    'MATCH (m:SchemaMigration) RETURN m.name AS name, m.checksum AS checksum, m.appliedAt AS at ORDER BY name',
  );
  return { constraints, indexes, recorded: recorded.map((r) => ({ ...r, at: String(r.at) })) };
}

async function factConstraints(graph: Graph) {
  return graph.runAutoCommit(
    "SHOW CONSTRAINTS YIELD name, type, labelsOrTypes, properties WHERE name STARTS WITH 'fact_' RETURN * ORDER BY name",
  );
}

/** A copy of cypher/schema/ whose generated files come from this relation table instead of src/model's. */
function schemaCopy(relationTable: Record<string, RelationSpec>): string {
  const dir = tempDir('silkgraph-schema');
  cpSync(schemaDir, dir, { recursive: true });
  writeGeneratedSchema(dir, generatedSchemaFiles(relationTable));
  return dir;
}

const funds: RelationSpec = {
  from: ['Organization'],
  to: ['Organization'],
  symmetric: false,
  label: 'funds',
  properties: {},
  keyProperties: [],
  description: 'Pays for the work of another organization.',
};

function without(type: keyof typeof relations): Record<string, RelationSpec> {
  return Object.fromEntries(Object.entries(relations).filter(([name]) => name !== type));
}

function migrationDir(files: Record<string, string>): string {
  const dir = tempDir('silkgraph-migrations');
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

describe('schema migrations', () => {
  let graph: Graph;
  beforeAll(() => {
    graph = openTestGraph();
  });
  beforeEach(() => wipeDatabase(graph));
  afterAll(async () => {
    await wipeDatabase(graph);
    await applyMigrations(graph);
    await graph.close();
  });

  it('apply twice without change', async () => {
    const migrations = readMigrations();
    const first = await applyMigrations(graph, migrations);
    expect(first.applied).toEqual(migrations.map((m) => m.name));
    const afterFirst = await schemaSnapshot(graph);
    expect(afterFirst.constraints.map((c) => c.name)).toEqual(
      expect.arrayContaining(['entity_id', 'document_content_hash']),
    );
    expect(afterFirst.indexes).toEqual(
      expect.arrayContaining([expect.objectContaining({ name: 'entity_names', type: 'FULLTEXT' })]),
    );

    const second = await applyMigrations(graph, migrations);
    expect(second.applied).toEqual([]);
    expect(second.alreadyApplied).toEqual(migrations.map((m) => m.name));
    expect(await schemaSnapshot(graph)).toEqual(afterFirst);
  });

  it('applies only the new file when one is added', async () => {
    const dir = migrationDir({ '001-a.cypher': 'CREATE INDEX test_a IF NOT EXISTS FOR (n:TestA) ON (n.x);' });
    expect((await applyMigrations(graph, readMigrations(dir))).applied).toEqual(['001-a.cypher']);
    writeFileSync(join(dir, '002-b.cypher'), 'CREATE INDEX test_b IF NOT EXISTS FOR (n:TestB) ON (n.x);');
    const result = await applyMigrations(graph, readMigrations(dir));
    expect(result).toEqual({ applied: ['002-b.cypher'], alreadyApplied: ['001-a.cypher'], notes: [], abandoned: [] });
  });

  it('stops at a failing migration, naming the file and statement, and records nothing for it', async () => {
    const dir = migrationDir({
      '001-good.cypher': 'CREATE INDEX test_good IF NOT EXISTS FOR (n:TestGood) ON (n.x);',
      '002-broken.cypher': 'CREATE INDEX test_ok IF NOT EXISTS FOR (n:TestOk) ON (n.x);\nCREATE NONSENSE;',
      '003-later.cypher': 'CREATE INDEX test_later IF NOT EXISTS FOR (n:TestLater) ON (n.x);',
    });
    await expect(applyMigrations(graph, readMigrations(dir))).rejects.toThrow(
      /Migration cypher\/schema\/002-broken\.cypher failed at statement 2/,
    );
    const recorded = await graph.runAutoCommit('MATCH (m:SchemaMigration) RETURN m.name AS name');
    expect(recorded.map((r) => r.name)).toEqual(['001-good.cypher']);
  });

  it('refuses a migration edited after it was applied', async () => {
    const dir = migrationDir({ '001-a.cypher': 'CREATE INDEX test_a IF NOT EXISTS FOR (n:TestA) ON (n.x);' });
    await applyMigrations(graph, readMigrations(dir));
    writeFileSync(join(dir, '001-a.cypher'), 'CREATE INDEX test_a2 IF NOT EXISTS FOR (n:TestA) ON (n.y);');
    await expect(applyMigrations(graph, readMigrations(dir))).rejects.toThrow(
      /cypher\/schema\/001-a\.cypher was changed after it was applied/,
    );
  });

  describe('generated (repeatable) schema', () => {
    const generated = 'generated/fact-constraints.cypher';

    it('a relation added to the model gets its constraint on an existing database', async () => {
      await applyMigrations(graph);
      const dir = schemaCopy({ ...relations, FUNDS: funds });

      const upgraded = await applyMigrations(graph, readMigrations(dir));
      expect(upgraded.applied).toEqual([generated]);
      expect(upgraded.abandoned).toEqual([]);
      expect(await factConstraints(graph)).toContainEqual({
        name: 'fact_funds_id',
        type: 'RELATIONSHIP_UNIQUENESS',
        labelsOrTypes: ['FUNDS'],
        properties: ['factId'],
      });

      const again = await applyMigrations(graph, readMigrations(dir));
      expect(again.applied).toEqual([]);
      expect(again.alreadyApplied).toContain(generated);
    });

    it('a constraint the model no longer creates is reported at every start, kept until a migration drops it', async () => {
      await applyMigrations(graph);
      const dir = schemaCopy(without('PART_OF'));
      const report = [{ file: generated, kind: 'constraint', name: 'fact_part_of_id' }];

      const first = await applyMigrations(graph, readMigrations(dir));
      expect(first.applied).toEqual([generated]);
      expect(first.abandoned).toEqual(report);
      expect((await factConstraints(graph)).map((c) => c.name)).toContain('fact_part_of_id');
      expect((await applyMigrations(graph, readMigrations(dir))).abandoned).toEqual(report);

      writeFileSync(join(dir, '999-drop-part-of.cypher'), 'DROP CONSTRAINT fact_part_of_id IF EXISTS;');
      const dropped = await applyMigrations(graph, readMigrations(dir));
      expect(dropped.applied).toEqual(['999-drop-part-of.cypher']);
      expect(dropped.abandoned).toEqual([]);

      // A generated file the model stops producing altogether: all it created is reported.
      rmSync(join(dir, 'generated'), { recursive: true });
      const gone = await applyMigrations(graph, readMigrations(dir));
      expect(gone.abandoned.map((a) => a.name).sort()).toEqual(
        Object.keys(without('PART_OF'))
          .map((type) => `fact_${type.toLowerCase()}_id`)
          .sort(),
      );
    });

    /** A database migrated before the move: 004-fact-constraints.cypher, generated, was an ordered migration. */
    async function applyOldLayout() {
      const dir = tempDir('silkgraph-schema');
      for (const file of readdirSync(schemaDir).filter((name) => name.endsWith('.cypher'))) {
        cpSync(join(schemaDir, file), join(dir, file));
      }
      cpSync(join(__dirname, 'fixtures', '004-fact-constraints.cypher'), join(dir, '004-fact-constraints.cypher'));
      const old = await applyMigrations(graph, readMigrations(dir));
      expect(old.applied).toContain('004-fact-constraints.cypher');
    }

    it('a database that recorded the old 004-fact-constraints.cypher starts, keeping its record', async () => {
      await applyOldLayout();
      const before = await factConstraints(graph);

      const upgraded = await applyMigrations(graph);
      expect(upgraded.applied).toEqual([generated]);
      expect(upgraded.abandoned).toEqual([]);
      expect(await factConstraints(graph)).toEqual(before);
      const recorded = await graph.runAutoCommit('MATCH (m:SchemaMigration) RETURN m.name AS name ORDER BY name');
      expect(recorded.map((r) => r.name)).toEqual(expect.arrayContaining(['004-fact-constraints.cypher', generated]));
    });

    it('the generated file takes over what the old 004 created, so a relation dropped since is reported', async () => {
      await applyOldLayout();
      const upgraded = await applyMigrations(graph, readMigrations(schemaCopy(without('PART_OF'))));
      expect(upgraded.abandoned).toEqual([{ file: generated, kind: 'constraint', name: 'fact_part_of_id' }]);
    });
  });
});
