/**
 * The audit log against a real Neo4j: every write of the API (ingest, delete, reject resolution,
 * upsert, add/retract fact, merge/unmerge) appears in `changes` with the name of the key that
 * made it, newest first, and under the history of the entities and facts it touched; writes
 * without a key (the CLI, the sample corpus) are "system"; a write that fails records nothing,
 * because the entry is written in the write's own transaction.
 */
import { recordChange } from '../../src/graph/audit/record-change';
import { addFact } from '../../src/graph/curation/add-fact';
import type { Graph } from '../../src/graph/driver';
import { ingestArticle } from '../../src/ingest/ingest';
import type { RunningServer } from '../../src/server';
import { corpusArticle } from '../support/corpus';
import { openTestGraph, resetGraph } from '../support/graph';
import { asEditor, asReader, graphql, startTestServer } from '../support/server';
import { graphSnapshot } from '../support/snapshot';
import { failingAfter } from '../support/failing-graph';

interface ChangeNode {
  id: string;
  at: string;
  by: string;
  operation: string;
  entityIds: string[];
  factIds: string[];
  documentIds: string[];
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}
interface Connection {
  edges: { cursor: string; node: ChangeNode }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

const changeFields = 'id at by operation entityIds factIds documentIds before after';
const changesQuery = `query($where: ChangeFilter, $first: Int, $after: String) {
  changes(where: $where, first: $first, after: $after) {
    edges { cursor node { ${changeFields} } } pageInfo { hasNextPage endCursor } } }`;

describe('the audit log', () => {
  let graph: Graph;
  let server: RunningServer;

  beforeAll(async () => {
    graph = openTestGraph();
    server = await startTestServer(graph);
  });
  beforeEach(() => resetGraph(graph));
  afterAll(async () => {
    await server.stop();
    await graph.close();
  });

  const asEditorCall = async <T>(query: string, variables: Record<string, unknown> = {}) => {
    const response = await graphql<T>(server.url, query, variables, asEditor);
    expect(response.errors).toBeUndefined();
    return response.data!;
  };
  const changes = async (variables: Record<string, unknown> = {}) =>
    (await asEditorCall<{ changes: Connection }>(changesQuery, { first: 100, ...variables })).changes;
  const entityIdNamed = async (name: string) => {
    const rows = await graph.runAutoCommit('MATCH (e:Entity {name: $name}) RETURN e.id AS id', { name });
    expect(rows).toHaveLength(1);
    return rows[0]!.id as string;
  };

  it('records every write of the API with the key name, newest first, with the ids it touched', async () => {
    const ingestMutation = `mutation($input: IngestDocumentInput!) {
      ingestDocument(input: $input) { documentId merges { name entityId method } } }`;
    const visit = corpusArticle('en-fergana-ambassador-visit');
    const first = await asEditorCall<{ ingestDocument: { documentId: string } }>(ingestMutation, {
      input: { text: visit.text, title: visit.title },
    });
    const korea = corpusArticle('en-fergana-korea-delegation');
    const second = await asEditorCall<{
      ingestDocument: { documentId: string; merges: { name: string; entityId: string }[] };
    }>(ingestMutation, { input: { text: korea.text, title: korea.title } });
    // The same content again changes nothing, so it records nothing.
    await asEditorCall(ingestMutation, { input: { text: visit.text } });

    const region = second.ingestDocument.merges.find((merge) => merge.name === 'Fergana Region')!;
    await asEditorCall(`mutation($d: ID!, $e: ID!) { rejectResolution(documentId: $d, entityId: $e) { status } }`, {
      d: second.ingestDocument.documentId,
      e: region.entityId,
    });

    const created = await asEditorCall<{ upsertEntity: { id: string } }>(
      `mutation { upsertEntity(input: { name: "Audit Holding", kind: Organization }) { id } }`,
    );
    const org = created.upsertEntity.id;
    await asEditorCall(
      `mutation($id: ID!) { upsertEntity(input: { id: $id, name: "Audit Holding Group", kind: Organization,
        roles: [Investor] }) { id } }`,
      { id: org },
    );
    const bozarov = await entityIdNamed('Khairullo Bozarov');
    const fact = await asEditorCall<{ addFact: { id: string } }>(
      `mutation($from: ID!, $to: ID!) { addFact(input: { from: $from, type: MET_WITH, to: $to, note: "audit" }) { id } }`,
      { from: bozarov, to: org },
    );
    const factId = fact.addFact.id;
    await asEditorCall(`mutation($id: ID!) { retractFact(id: $id) { id } }`, { id: factId });

    const twin = await asEditorCall<{ upsertEntity: { id: string } }>(
      `mutation { upsertEntity(input: { name: "Audit Holding Twin", kind: Organization }) { id } }`,
    );
    const merged = await asEditorCall<{ mergeEntities: { mergeId: string } }>(
      `mutation($keep: ID!, $merge: ID!) { mergeEntities(keep: $keep, merge: $merge) { mergeId } }`,
      { keep: org, merge: twin.upsertEntity.id },
    );
    await asEditorCall(`mutation($id: ID!) { unmergeEntities(mergeId: $id) { id } }`, {
      id: merged.mergeEntities.mergeId,
    });
    await asEditorCall(`mutation($id: ID!) { deleteDocument(id: $id) { documentId } }`, {
      id: first.ingestDocument.documentId,
    });

    const log = (await changes()).edges.map((edge) => edge.node);
    expect(log.map((change) => change.operation)).toEqual([
      'DELETE_DOCUMENT',
      'UNMERGE_ENTITIES',
      'MERGE_ENTITIES',
      'UPSERT_ENTITY',
      'RETRACT_FACT',
      'ADD_FACT',
      'UPSERT_ENTITY',
      'UPSERT_ENTITY',
      'REJECT_RESOLUTION',
      'INGEST_DOCUMENT',
      'INGEST_DOCUMENT',
    ]);
    expect(new Set(log.map((change) => change.by))).toEqual(new Set(['editor']));
    const times = log.map((change) => change.at);
    expect([...times].sort().reverse()).toEqual(times);

    const [deleted, unmerge, merge, , retract, add, update, create, reject, ingestKorea, ingestVisit] = log;
    expect(ingestVisit!.documentIds).toEqual([first.ingestDocument.documentId]);
    expect(ingestVisit!.entityIds).toContain(bozarov);
    expect(ingestVisit!.after).toMatchObject({ title: visit.title ?? null, entitiesMerged: 0 });
    expect(ingestKorea!.entityIds).toContain(region.entityId);
    expect(reject!.entityIds).toContain(region.entityId);
    expect(reject!.before).toMatchObject({ entityId: region.entityId });
    expect(create).toMatchObject({ entityIds: [org], before: null, after: { name: 'Audit Holding' } });
    expect(update).toMatchObject({
      entityIds: [org],
      before: { name: 'Audit Holding', roles: [] },
      after: { name: 'Audit Holding Group', roles: ['Investor'] },
    });
    expect(add).toMatchObject({ factIds: [factId], after: { type: 'MET_WITH', note: 'audit' } });
    expect(add!.entityIds.sort()).toEqual([bozarov, org].sort());
    expect(retract).toMatchObject({ factIds: [factId], before: { type: 'MET_WITH' } });
    expect(merge).toMatchObject({
      before: { keep: { id: org }, merged: { id: twin.upsertEntity.id, name: 'Audit Holding Twin' } },
      after: { mergeId: merged.mergeEntities.mergeId },
    });
    expect(unmerge).toMatchObject({ before: { mergeId: merged.mergeEntities.mergeId } });
    expect(unmerge!.entityIds).toEqual(expect.arrayContaining([org, twin.upsertEntity.id]));
    expect(deleted!.documentIds).toEqual([first.ingestDocument.documentId]);
    expect(deleted!.entityIds).toContain(bozarov);
    expect(deleted!.factIds.length).toBeGreaterThan(0);

    // The entity's and the fact's history: the same entries, filtered by id.
    const history = await asEditorCall<{
      entity: { history: Connection };
    }>(`query($id: ID!) { entity(id: $id) { history(first: 10) { edges { node { ${changeFields} } } } } }`, {
      id: org,
    });
    expect(history.entity.history.edges.map((edge) => edge.node.operation)).toEqual([
      'UNMERGE_ENTITIES',
      'MERGE_ENTITIES',
      'RETRACT_FACT',
      'ADD_FACT',
      'UPSERT_ENTITY',
      'UPSERT_ENTITY',
    ]);
    const byFact = await changes({ where: { factId } });
    expect(byFact.edges.map((edge) => edge.node.operation)).toEqual(['RETRACT_FACT', 'ADD_FACT']);
  });

  it('records a judgement and its undo as REVIEW, in the history of the fact', async () => {
    await ingestArticle({ graph, maxBytes: 1_048_576 }, corpusArticle('en-fergana-ambassador-visit'));
    const bozarov = await entityIdNamed('Khairullo Bozarov');
    const [met] = await graph.runAutoCommit(
      'MATCH (:Entity {id: $id})-[r:MET_WITH]-() RETURN r.factId AS factId LIMIT 1',
      { id: bozarov },
    );
    const factId = met!.factId as string;
    const judged = await asEditorCall<{ reviewFact: { judgement: { id: string } } }>(
      `mutation($id: ID!) { reviewFact(input: { factId: $id, verdict: REJECT, note: "not stated" }) { judgement { id } } }`,
      { id: factId },
    );
    await asEditorCall(`mutation($id: ID!) { undoReview(judgementId: $id) { fact { id } } }`, {
      id: judged.reviewFact.judgement.id,
    });
    const log = (await changes({ where: { operations: ['REVIEW'] } })).edges.map((edge) => edge.node);
    expect(log).toHaveLength(2);
    const [undone, rejected] = log;
    expect(rejected).toMatchObject({
      by: 'editor',
      factIds: [factId],
      before: { state: 'UNREVIEWED' },
      after: { verdict: 'REJECT', state: 'REJECTED', judgementId: judged.reviewFact.judgement.id, note: 'not stated' },
    });
    expect(rejected!.entityIds).toContain(bozarov);
    expect(undone).toMatchObject({
      by: 'editor',
      factIds: [factId],
      before: { undone: judged.reviewFact.judgement.id },
      after: { state: 'UNREVIEWED', judgementId: null },
    });
    const history = await asEditorCall(
      `query($id: ID!) { changes(where: { factId: $id }) { edges { node { operation } } } }`,
      { id: factId },
    );
    expect(history).toEqual({
      changes: {
        edges: [
          { node: { operation: 'REVIEW' } },
          { node: { operation: 'REVIEW' } },
          { node: { operation: 'INGEST_DOCUMENT' } },
        ],
      },
    });
  });

  it('gives a fact its history, and pages and filters the log', async () => {
    await ingestArticle({ graph, maxBytes: 1_048_576 }, corpusArticle('en-fergana-ambassador-visit'));
    const bozarov = await entityIdNamed('Khairullo Bozarov');
    const fergana = await entityIdNamed('Fergana Region');
    const added = await asEditorCall<{ addFact: { id: string; history: Connection } }>(
      `mutation($from: ID!, $to: ID!) { addFact(input: { from: $from, type: VISITED, to: $to, date: "2024-05" }) {
        id history(first: 5) { edges { node { by operation factIds } } } } }`,
      { from: bozarov, to: fergana },
    );
    expect(added.addFact.history.edges.map((edge) => edge.node)).toEqual([
      { by: 'editor', operation: 'ADD_FACT', factIds: [added.addFact.id] },
    ]);

    // Two pages of one, then the end, without overlap.
    const page1 = await changes({ first: 1 });
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const page2 = await changes({ first: 1, after: page1.pageInfo.endCursor });
    expect(page2.pageInfo.hasNextPage).toBe(false);
    expect([...page1.edges, ...page2.edges].map((edge) => edge.node.operation)).toEqual([
      'ADD_FACT',
      'INGEST_DOCUMENT',
    ]);

    expect((await changes({ where: { by: 'system' } })).edges.map((edge) => edge.node.operation)).toEqual([
      'INGEST_DOCUMENT',
    ]);
    expect((await changes({ where: { by: 'editor' } })).edges.map((edge) => edge.node.operation)).toEqual(['ADD_FACT']);
    expect(
      (await changes({ where: { operations: ['INGEST_DOCUMENT', 'DELETE_DOCUMENT'] } })).edges.map(
        (edge) => edge.node.by,
      ),
    ).toEqual(['system']);
    expect((await changes({ where: { entityId: fergana } })).edges).toHaveLength(2);
    const addedAt = page1.edges[0]!.node.at;
    expect((await changes({ where: { since: addedAt } })).edges.map((edge) => edge.node.operation)).toEqual([
      'ADD_FACT',
    ]);
    expect((await changes({ where: { since: '2999-01-01' } })).edges).toEqual([]);

    // Readers may read the log.
    const read = await graphql<{ changes: Connection }>(server.url, changesQuery, { first: 1 }, asReader);
    expect(read.data?.changes.edges).toHaveLength(1);
  });

  it('refuses a since that is not a date and a cursor of another list, naming the argument', async () => {
    const since = await graphql(server.url, changesQuery, { where: { since: 'yesterday' } }, asEditor);
    expect(since.errors?.[0]).toMatchObject({
      message: expect.stringContaining('where.since'),
      extensions: { code: 'BAD_USER_INPUT' },
    });
    const cursor = await graphql(server.url, changesQuery, { after: 'bm90LWEtY3Vyc29y' }, asEditor);
    expect(cursor.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argument: 'after' } });
    const size = await graphql(server.url, changesQuery, { first: 101 }, asEditor);
    expect(size.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argument: 'first' } });
  });

  it('records nothing for a write that fails, and nothing of a write whose transaction fails after the entry', async () => {
    await ingestArticle({ graph, maxBytes: 1_048_576 }, corpusArticle('en-fergana-ambassador-visit'));
    const before = await changes();
    expect(before.edges).toHaveLength(1);

    const refused = await graphql(
      server.url,
      `
        mutation {
          addFact(input: { from: "ent_missing", type: MET_WITH, to: "ent_other" }) {
            id
          }
        }
      `,
      {},
      asEditor,
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const unknown = await graphql(
      server.url,
      `
        mutation {
          retractFact(id: "fact_missing") {
            id
          }
        }
      `,
      {},
      asEditor,
    );
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

    // The entry was written, then the transaction failed: entry and write go together.
    const bozarov = await entityIdNamed('Khairullo Bozarov');
    const fergana = await entityIdNamed('Fergana Region');
    const graphBefore = await graphSnapshot(graph);
    await expect(
      addFact(failingAfter(graph, 'audit/record-changes'), { from: bozarov, type: 'VISITED', to: fergana }, 'editor'),
    ).rejects.toThrow('injected failure');
    await expect(
      graph.writeTransaction(async (tx) => {
        await recordChange(tx, { by: 'editor', operation: 'REVIEW', factIds: ['fact_x'] });
        throw new Error('the write after the entry failed');
      }),
    ).rejects.toThrow('the write after the entry failed');

    expect(await graphSnapshot(graph)).toEqual(graphBefore);
    expect(await changes()).toEqual(before);
  });

  it('records writes without a key (the CLI, the sample corpus) as system', async () => {
    const result = await ingestArticle({ graph, maxBytes: 1_048_576 }, corpusArticle('ru-namangan-atamkulov'));
    const [entry] = (await changes()).edges;
    expect(entry!.node).toMatchObject({
      by: 'system',
      operation: 'INGEST_DOCUMENT',
      documentIds: [result.documentId],
    });
  });
});
