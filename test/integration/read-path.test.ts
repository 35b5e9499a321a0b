/**
 * On a cluster or Aura (NEO4J_URI=neo4j+s://...) the driver sends READ
 * sessions to followers and WRITE ones to the leader. What one instance can
 * show of that: graph.read runs in a READ session (Neo4j refuses a write
 * there), and every statement the service reads through graph.read is
 * read-only by Neo4j's own plan, so a follower can serve it.
 */
import neo4j, { type Driver } from 'neo4j-driver';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { cypher } from '../../src/graph/cypher';
import type { Graph } from '../../src/graph/driver';
import type { StatementName } from '../../src/graph/statements';
import { projectRoot } from '../../src/paths';
import { openTestGraph, resetGraph, testGraphSettings } from '../support/graph';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** The statements src/ passes by name to a graph's read(). */
function statementsReadInSource(): string[] {
  const names = new Set<string>();
  for (const file of sourceFiles(join(projectRoot, 'src')))
    for (const match of readFileSync(file, 'utf8').matchAll(/\.read\(\s*'([a-z0-9/-]+)'/g)) names.add(match[1]!);
  return [...names].sort();
}

/**
 * Statements Neo4j does not type 'r' though they write nothing, with why: each is a procedure call that any
 * cluster member answers.
 */
const procedureReads: Record<string, string> = {
  'database-info': "CALL dbms.components() (typed 's' by Neo4j): the edition and version",
};

describe('the read path', () => {
  let graph: Graph;
  let driver: Driver;
  beforeAll(async () => {
    graph = openTestGraph();
    await resetGraph(graph);
    const settings = testGraphSettings();
    driver = neo4j.driver(settings.uri, neo4j.auth.basic(settings.user, settings.password));
  });
  afterAll(async () => {
    await driver.close();
    await graph.close();
  });

  it('runs in a READ session: Neo4j refuses a write statement given to graph.read', async () => {
    await expect(graph.read('schema-migration-record', { name: 'zz-read-path-probe', checksum: 'x' })).rejects.toThrow(
      /read access mode/i,
    );
    const recorded = await graph.read('schema-migrations');
    expect(recorded.map((row) => row.name)).not.toContain('zz-read-path-probe');
  });

  it('is given only read-only statements, which a follower can serve', async () => {
    const names = statementsReadInSource();
    expect(names.length).toBeGreaterThan(20);
    const notReadOnly: string[] = [];
    for (const name of names) {
      // EXPLAIN plans without running (no parameters needed); queryType is 'r' for read-only.
      const session = driver.session({ database: 'neo4j', defaultAccessMode: neo4j.session.READ });
      try {
        const result = await session.run(`EXPLAIN ${cypher(name as StatementName)}`);
        if (result.summary.queryType !== 'r' && !(name in procedureReads))
          notReadOnly.push(`${name} (${result.summary.queryType})`);
      } finally {
        await session.close();
      }
    }
    expect(notReadOnly).toEqual([]);
  });
});
