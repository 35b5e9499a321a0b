/**
 * Migration 008 (keys v2) on a graph written with the old keys: keys and the
 * ids that hash them are recomputed, facts and evidence follow the new ids, and
 * the names an old key had merged are reported and recorded, not kept silently.
 */
import type { Graph } from '../../src/graph/driver';
import { applyMigrations } from '../../src/graph/migrations';
import { migrateEntityKeys } from '../../src/graph/entity-keys-migration';
import { entityId, factId } from '../../src/model/ids';
import { openTestGraph, resetGraph } from '../support/graph';

const migration = '009-entity-keys-v2.cypher';

// What the old foldKey gave: repeated digits and letters collapsed ("block 2", "forum 202", "luis xi").
const block = { id: entityId('Organization', 'block 2'), kind: 'Organization', name: 'Block 2', key: 'block 2' };
const forum = { id: entityId('Event', 'forum 202'), kind: 'Event', name: 'Forum 2022', key: 'forum 202' };
const louis = { id: entityId('Person', 'luis xi'), kind: 'Person', name: 'Louis XIII', key: 'luis xi' };
const anna = { id: entityId('Person', 'ana schmidt'), kind: 'Person', name: 'Anna Schmidt', key: 'ana schmidt' };
const labels: Record<string, string[]> = { Organization: ['Organization'], Event: ['Event'], Person: ['Person'] };

/** A graph as the old code wrote it: "Block 22" merged into "Block 2" by their equal old key. */
async function writeOldGraph(graph: Graph) {
  const mentions: [typeof block, string][] = [
    [block, 'Block 2'],
    [block, 'Block 22'],
    [forum, 'Forum 2022'],
    [louis, 'Louis XIII'],
    [anna, 'Anna Schmidt'],
  ];
  await graph.runAutoCommit(
    `CREATE (d:Document {id: 'doc_old', contentHash: 'old', text: 'old text', language: 'en'})
     CREATE (:Sentence {id: 'doc_old:s0', index: 0, text: 'old text', start: 0, end: 8})-[:IN]->(d)`,
  );
  await graph.runAutoCommit(
    `UNWIND $entities AS e
     CREATE (n:Entity {id: e.id, kind: e.kind, name: e.name, key: e.key, aliases: [], aliasKeys: [e.key], roles: [],
                       createdBy: 'doc_old'})
     SET n:$(e.labels)`,
    { entities: [block, forum, louis, anna].map((e) => ({ ...e, labels: labels[e.kind] })) },
  );
  await graph.runAutoCommit(
    `UNWIND $mentions AS m
     MATCH (s:Sentence {id: 'doc_old:s0'}), (n:Entity {id: m.id})
     CREATE (s)-[:MENTIONS {surface: m.surface, key: m.key, documentId: 'doc_old', start: 0, end: 1, method: 'new'}]->(n)
     SET n.aliases = n.aliases + [a IN [m.surface] WHERE a <> n.name AND NOT a IN n.aliases]`,
    { mentions: mentions.map(([e, surface]) => ({ id: e.id, surface, key: e.key })) },
  );
  const [metFrom, metTo] = [louis.id, anna.id].sort();
  const facts = [
    { type: 'PARTICIPATED_IN', from: anna.id, to: forum.id },
    { type: 'MET_WITH', from: metFrom!, to: metTo! },
  ];
  for (const f of facts) {
    const id = factId(f.type as 'MET_WITH', f.from, f.to, {});
    await graph.runAutoCommit(
      `MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
       CREATE (a)-[:$($type) {factId: $factId, sourceCount: 1, confidence: 0.9, status: 'stated'}]->(b)
       CREATE (:Evidence {id: $factId + ':doc_old:0', factId: $factId, fromId: $from, toId: $to, quote: 'old'})`,
      { ...f, factId: id },
    );
  }
  await graph.runAutoCommit(
    `CREATE (:ResolutionJudgement {id: 'judgement_old', contentHash: 'old', documentId: 'doc_old', entityId: $forum, keys: ['block 2']})`,
    { forum: forum.id },
  );
  await graph.runAutoCommit('MATCH (m:SchemaMigration {name: $name}) DELETE m', { name: migration });
}

describe('keys v2 migration', () => {
  let graph: Graph;
  beforeAll(() => {
    graph = openTestGraph();
  });
  beforeEach(() => resetGraph(graph));
  afterAll(() => graph.close());

  it('recomputes keys and ids, moves facts and evidence along, and reports what the old key had merged', async () => {
    await writeOldGraph(graph);
    const result = await applyMigrations(graph);
    expect(result.applied).toEqual([migration]);

    const entities = await graph.runAutoCommit(
      `MATCH (e:Entity) RETURN e.name AS name, e.id AS id, e.key AS key, e.aliasKeys AS aliasKeys,
         COLLECT { MATCH ()-[m:MENTIONS]->(e) RETURN [m.surface, m.key] ORDER BY m.surface } AS mentions ORDER BY name`,
    );
    const byName = Object.fromEntries(entities.map((e) => [e.name as string, e]));
    expect(byName['Block 2']).toMatchObject({
      id: block.id, // its name's key did not change
      key: 'block 2',
      mentions: [
        ['Block 2', 'block 2'],
        ['Block 22', 'block 22'],
      ],
    });
    expect(byName['Block 2']!.aliasKeys).toEqual(expect.arrayContaining(['block 2', 'block 22']));
    expect(byName['Forum 2022']).toMatchObject({ id: entityId('Event', 'forum 2022'), key: 'forum 2022' });
    expect(byName['Louis XIII']).toMatchObject({ id: entityId('Person', 'luis xiii'), key: 'luis xiii' });
    expect(byName['Anna Schmidt']).toMatchObject({ id: anna.id, key: 'ana schmidt' });

    // Facts and their evidence carry the factIds the new ids give; a symmetric one runs from the lower id.
    const newForum = entityId('Event', 'forum 2022');
    const newLouis = entityId('Person', 'luis xiii');
    const facts = await graph.runAutoCommit(
      `MATCH (a:Entity)-[r]->(b:Entity) RETURN type(r) AS type, a.id AS from, b.id AS to, r.factId AS factId,
         COLLECT { MATCH (v:Evidence {factId: r.factId}) RETURN [v.id, v.fromId, v.toId] } AS evidence ORDER BY type`,
    );
    const [low, high] = [newLouis, anna.id].sort();
    const met = factId('MET_WITH', low!, high!, {});
    const participated = factId('PARTICIPATED_IN', anna.id, newForum, {});
    expect(facts).toEqual([
      { type: 'MET_WITH', from: low, to: high, factId: met, evidence: [[`${met}:doc_old:0`, low, high]] },
      {
        type: 'PARTICIPATED_IN',
        from: anna.id,
        to: newForum,
        factId: participated,
        evidence: [[`${participated}:doc_old:0`, anna.id, newForum]],
      },
    ]);
    const [judgement] = await graph.runAutoCommit(
      "MATCH (j:ResolutionJudgement {id: 'judgement_old'}) RETURN j.entityId AS entityId, j.keys AS keys",
    );
    expect(judgement).toEqual({ entityId: newForum, keys: expect.arrayContaining(['block 2', 'block 22']) });

    // The collision: reported, and recorded for curators.
    const collisions = await graph.runAutoCommit(
      'MATCH (c:KeyCollision) RETURN c.entityId AS entityId, c.oldKey AS oldKey, c.names AS names, c.keys AS keys',
    );
    expect(collisions).toEqual([
      { entityId: block.id, oldKey: 'block 2', names: ['Block 2', 'Block 22'], keys: ['block 2', 'block 22'] },
    ]);
    expect(result.notes).toEqual(
      expect.arrayContaining([
        'keys v2: 2 entities re-keyed, 2 of them with a new id',
        expect.stringMatching(/key collision on Organization .*"Block 2".*"block 2" had merged "Block 2", "Block 22"/),
      ]),
    );
  });

  it('changes nothing when run again', async () => {
    await writeOldGraph(graph);
    await applyMigrations(graph);
    const before = await graph.runAutoCommit(
      'MATCH (n) WHERE NOT n:SchemaMigration AND NOT n:KeyCollision RETURN properties(n) AS props ORDER BY n.id',
    );
    const again = await migrateEntityKeys(graph);
    expect(again).toEqual({ entitiesRekeyed: 0, idsChanged: [], idsKept: [], collisions: [] });
    const after = await graph.runAutoCommit(
      'MATCH (n) WHERE NOT n:SchemaMigration AND NOT n:KeyCollision RETURN properties(n) AS props ORDER BY n.id',
    );
    expect(after).toEqual(before);
  });
});
