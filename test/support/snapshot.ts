/**
 * The whole semantic graph and its provenance as plain, order-independent data,
 * so that tests can compare two states exactly.
 */
import type { Graph } from '../../src/graph/driver';

const sorted = (value: unknown) => (Array.isArray(value) ? [...value].sort() : value);

export async function graphSnapshot(graph: Graph) {
  const entities = await graph.runAutoCommit(
    'MATCH (e:Entity) RETURN e.id AS id, labels(e) AS labels, properties(e) AS props ORDER BY id',
  );
  const facts = await graph.runAutoCommit(
    'MATCH (a:Entity)-[r]->(b:Entity) RETURN type(r) AS type, a.id AS from, b.id AS to, properties(r) AS props ORDER BY r.factId, type',
  );
  const counts = await graph.runAutoCommit(
    `CALL () { MATCH (d:Document) RETURN count(d) AS documents }
     CALL () { MATCH (s:Sentence) RETURN count(s) AS sentences }
     CALL () { MATCH (v:Evidence) RETURN count(v) AS evidence }
     CALL () { MATCH ()-[m:MENTIONS]->() RETURN count(m) AS mentions }
     RETURN documents, sentences, evidence, mentions`,
  );
  const normalise = (props: Record<string, unknown>) =>
    Object.fromEntries(
      Object.entries(props).map(([key, value]) => [key, key === 'createdAt' ? String(value) : sorted(value)]),
    );
  return {
    entities: entities.map((row) => ({
      ...row,
      labels: sorted(row.labels),
      props: normalise(row.props as Record<string, unknown>),
    })),
    facts: facts.map((row) => ({ ...row, props: normalise(row.props as Record<string, unknown>) })),
    counts: counts[0],
  };
}
