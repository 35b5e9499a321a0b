/**
 * Small graphs of a chosen shape for the read tests, written straight through the bench statements
 * (bench/create-entities, bench/create-facts) with no extraction: entities named after their ids, facts
 * with the properties every fact carries. A hub of forty partners is a few lines this way.
 */
import type { Graph } from '../../src/graph/driver';
import type { EntityKind, RelationType } from '../../src/model';

export interface SketchEntity {
  id: string;
  kind: EntityKind;
  /** The labels besides Entity, e.g. ['Place', 'Country']. */
  labels: string[];
}

export interface SketchFact {
  factId: string;
  type: RelationType;
  fromId: string;
  toId: string;
}

export const person = (id: string): SketchEntity => ({ id, kind: 'Person', labels: ['Person'] });

export const fact = (factId: string, type: RelationType, fromId: string, toId: string): SketchFact => ({
  factId,
  type,
  fromId,
  toId,
});

/** Writes the entities and facts; returns how many facts the graph then holds between entities. */
export async function writeSketch(graph: Graph, entities: SketchEntity[], facts: SketchFact[]): Promise<number> {
  const created = await graph.write('bench/create-entities', {
    entities: entities.map(({ id, kind, labels }) => ({
      id,
      kind,
      name: `Name ${id}`,
      key: `name ${id}`,
      aliases: [],
      keys: [],
      roles: [],
      labels: ['Entity', ...labels],
    })),
    createdBy: 'test',
  });
  // The bench statement finds a fact's endpoints by the element ids create-entities returns.
  const node = new Map(created.map((row) => [row.id, row.node]));
  await graph.write('bench/create-facts', {
    facts: facts.map((f) => ({
      ...f,
      from: node.get(f.fromId),
      to: node.get(f.toId),
      properties: {},
      sourceCount: 1,
      firstSeen: '2024-01-01',
      lastSeen: '2024-01-01',
      confidence: 0.9,
      status: 'stated',
      extractors: ['test'],
      createdBy: 'test',
    })),
  });
  const [counted] = (await graph.runAutoCommit('MATCH (:Entity)-[r]->(:Entity) RETURN count(r) AS written')) as [
    { written: number },
  ];
  return counted.written;
}
