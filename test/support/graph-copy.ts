/**
 * Copies the whole graph (every node but the migration records, every
 * relationship between them, with labels and properties) into memory, and
 * puts it back in one write: seconds, where emptying the graph and ingesting
 * the sample corpus again takes half a minute or more.
 *
 * Its own driver keeps Neo4j's integers as integers (the service's driver turns
 * them into JavaScript numbers, which would come back as floats), so properties
 * return with their types. Node and relationship element ids change, as after
 * any reload.
 */
import neo4j from 'neo4j-driver';
import { testGraphSettings } from './graph';

// Test support, not the service: these statements exist only here.
const dumpNodes =
  'MATCH (n) WHERE NOT n:SchemaMigration RETURN elementId(n) AS id, labels(n) AS labels, properties(n) AS props';
const dumpRelationships = `MATCH (a)-[r]->(b) WHERE NOT a:SchemaMigration AND NOT b:SchemaMigration
  RETURN elementId(a) AS from, elementId(b) AS to, type(r) AS type, properties(r) AS props`;

const empty = 'MATCH (n) WHERE NOT n:SchemaMigration DETACH DELETE n';

// collect() keeps the order of the UNWIND it aggregates, so created[i] is the node of $nodes[i].
const restore = `
  UNWIND range(0, size($nodes) - 1) AS i
  CREATE (n:$($nodes[i].labels))
  SET n = $nodes[i].props
  WITH collect(n) AS created
  UNWIND $rels AS r
  WITH created[r.from] AS a, created[r.to] AS b, r
  CREATE (a)-[x:$(r.type)]->(b)
  SET x = r.props
  RETURN count(*) AS relationships`;

export interface GraphCopy {
  /** Empties the graph (migration records stay) and writes the copy back. */
  restore(): Promise<void>;
  close(): Promise<void>;
}

export async function copyGraph(): Promise<GraphCopy> {
  const settings = testGraphSettings();
  const auth = settings.password ? neo4j.auth.basic(settings.user, settings.password) : undefined;
  const driver = neo4j.driver(settings.uri, auth);
  const database = { database: settings.database };
  const nodeRecords = (await driver.executeQuery(dumpNodes, {}, database)).records;
  const index = new Map(nodeRecords.map((record, i) => [record.get('id') as string, neo4j.int(i)]));
  const nodes = nodeRecords.map((record) => ({ labels: record.get('labels'), props: record.get('props') }));
  const rels = (await driver.executeQuery(dumpRelationships, {}, database)).records.map((record) => ({
    from: index.get(record.get('from') as string),
    to: index.get(record.get('to') as string),
    type: record.get('type'),
    props: record.get('props'),
  }));
  return {
    restore: async () => {
      await driver.executeQuery(empty, {}, database);
      if (nodes.length > 0) await driver.executeQuery(restore, { nodes, rels }, database);
    },
    close: () => driver.close(),
  };
}
