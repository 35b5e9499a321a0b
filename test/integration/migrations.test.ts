import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Graph } from '../../src/graph/driver';
import { applyMigrations, readMigrations } from '../../src/graph/migrations';
import { openTestGraph, wipeDatabase } from '../support/graph';

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

function migrationDir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'silkgraph-migrations-'));
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
    expect(result).toEqual({ applied: ['002-b.cypher'], alreadyApplied: ['001-a.cypher'], notes: [] });
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
});
