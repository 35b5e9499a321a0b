/**
 * Reviewing facts against a real Neo4j, over the API: reviewFact (ACCEPT, REJECT, EDIT) and undoReview.
 * A rejected fact is gone from every read and export but stays stored; judgements survive deleting and
 * re-ingesting the document; an undo restores the graph exactly; concurrent judgements on one fact leave
 * one consistent state.
 */
import { mergeEntities } from '../../src/graph/curation/merge-entities';
import { unmergeEntities } from '../../src/graph/curation/unmerge-entities';
import { upsertEntity } from '../../src/graph/curation/upsert-entity';
import { deleteDocument } from '../../src/graph/delete-document';
import type { Graph } from '../../src/graph/driver';
import { ingestArticle } from '../../src/ingest/ingest';
import type { RunningServer } from '../../src/server';
import { corpusArticle } from '../support/corpus';
import { openTestGraph, resetGraph } from '../support/graph';
import { asEditor, asReader, graphql, startTestServer } from '../support/server';
import { graphSnapshot } from '../support/snapshot';

const article = 'de-samarkand-bayern-delegation';

interface StoredFact {
  id: string;
  type: string;
  from: string;
  to: string;
  /** Another entity with a fact to `to`: commonConnections of from and partner has `to`, with this fact. */
  partner: string;
}

const review = `mutation($input: ReviewFactInput!) { reviewFact(input: $input) {
  judgement { id factId verdict state reviewedBy reviewedAt note correctedFactId quotes }
  fact { id reviewState reviewedBy reviewedAt }
  correction { id type from { id } to { id } amount extractors reviewState reviewedBy }
} }`;
const undo = `mutation($id: ID!) { undoReview(judgementId: $id) {
  judgement { id state } fact { id reviewState reviewedBy reviewedAt }
} }`;

/** Everything the FactJudgement nodes hold, to compare states exactly. */
async function judgements(graph: Graph) {
  return graph.runAutoCommit('MATCH (j:FactJudgement) RETURN properties(j) AS props ORDER BY j.factId, j.at, j.id');
}

describe('reviewing facts', () => {
  let graph: Graph;
  let server: RunningServer;
  let documentId: string;
  let investment: StoredFact;
  let visit: StoredFact;

  const call = async <T>(query: string, variables: Record<string, unknown>) => {
    const response = await graphql<T>(server.url, query, variables, asEditor);
    return response;
  };
  const ok = async <T>(query: string, variables: Record<string, unknown>): Promise<T> => {
    const response = await call<T>(query, variables);
    expect(response.errors).toBeUndefined();
    return response.data!;
  };

  async function firstFact(type: string): Promise<StoredFact> {
    const [row] = await graph.runAutoCommit(
      `MATCH (a:Entity)-[r]->(b:Entity)-[]-(p:Entity) WHERE type(r) = $type AND p <> a AND p.kind <> 'Country'
       RETURN r.factId AS id, type(r) AS type, a.id AS from, b.id AS to, p.id AS partner
       ORDER BY r.factId, p.id LIMIT 1`,
      { type },
    );
    expect(row).toBeDefined();
    return row as unknown as StoredFact;
  }

  /** The fact ids each read and export gives around the fact's subject. */
  async function seenBy(fact: StoredFact): Promise<Record<string, boolean>> {
    const data = await ok<{
      entity: { facts: { edges: { node: { id: string } }[] } };
      investments: { edges: { node: { id: string } }[] };
      connections: { hops: { fact: { id: string } }[] }[];
      commonConnections: { facts: { id: string }[] }[];
      timeline: { edges: { node: { fact: { id: string } } }[] };
      graphView: { edges: { id: string }[] };
    }>(
      `query($from: ID!, $to: ID!, $partner: ID!, $type: RelationType!) {
        entity(id: $from) { ... on Entity { facts(first: 100) { edges { node { id } } } } }
        investments(where: {investor: $from}, first: 100) { edges { node { id } } }
        connections(from: $from, to: $to, relationTypes: [$type], maxHops: 1) { hops { fact { id } } }
        commonConnections(ids: [$from, $partner], first: 100) { facts { id } }
        timeline(id: $from, first: 100) { edges { node { fact { id } } } }
        graphView(ids: [$from]) { edges { id } }
      }`,
      { from: fact.from, to: fact.to, partner: fact.partner, type: fact.type },
    );
    const exported = await (await fetch(`${server.url}/export/cytoscape?ids=${fact.from}`)).text();
    return {
      entity: data.entity.facts.edges.some((e) => e.node.id === fact.id),
      investments: data.investments.edges.some((e) => e.node.id === fact.id),
      connections: (data.connections ?? []).some((p) => p.hops.some((h) => h.fact.id === fact.id)),
      commonConnections: data.commonConnections.some((c) => c.facts.some((f) => f.id === fact.id)),
      timeline: data.timeline.edges.some((e) => e.node.fact.id === fact.id),
      graphView: data.graphView.edges.some((e) => e.id === fact.id),
      export: exported.includes(fact.id),
    };
  }

  const everywhere = (fact: StoredFact) => ({
    entity: true,
    investments: fact.type === 'INVESTS_IN',
    connections: true,
    commonConnections: true,
    timeline: fact.type === 'VISITED',
    graphView: true,
    export: true,
  });
  const nowhere = {
    entity: false,
    investments: false,
    connections: false,
    commonConnections: false,
    timeline: false,
    graphView: false,
    export: false,
  };

  async function storedState(id: string) {
    const rows = await graph.runAutoCommit(
      'MATCH ()-[r {factId: $id}]->() RETURN r.reviewState AS state, r.reviewHidden AS hidden',
      { id },
    );
    return rows;
  }

  async function reingest() {
    await deleteDocument(graph, documentId);
    expect(await storedState(investment.id)).toEqual([]);
    documentId = (await ingestArticle({ graph, maxBytes: 1_048_576 }, corpusArticle(article))).documentId;
  }

  beforeAll(async () => {
    graph = openTestGraph();
    server = await startTestServer(graph);
  });
  beforeEach(async () => {
    await resetGraph(graph);
    documentId = (await ingestArticle({ graph, maxBytes: 1_048_576 }, corpusArticle(article))).documentId;
    investment = await firstFact('INVESTS_IN');
    visit = await firstFact('VISITED');
  });
  afterAll(async () => {
    await server.stop();
    await graph.close();
  });

  it('shows every fact UNREVIEWED, and in every read, before any judgement', async () => {
    expect(await seenBy(investment)).toEqual(everywhere(investment));
    expect(await seenBy(visit)).toEqual(everywhere(visit));
    const data = await ok<{ entity: { facts: { edges: { node: { reviewState: string; reviewedBy: null } }[] } } }>(
      `query($id: ID!) { entity(id: $id) { ... on Entity { facts(first: 100) { edges { node { reviewState reviewedBy } } } } } }`,
      { id: investment.from },
    );
    expect(new Set(data.entity.facts.edges.map((e) => e.node.reviewState))).toEqual(new Set(['UNREVIEWED']));
  });

  it('REJECT leaves the fact out of every read and export, keeps it stored, and survives delete + re-ingest', async () => {
    for (const fact of [investment, visit]) {
      const result = await ok<{
        reviewFact: {
          judgement: { state: string; reviewedBy: string; quotes: string[] };
          fact: { reviewState: string };
        };
      }>(review, { input: { factId: fact.id, verdict: 'REJECT', note: 'not what the sentence says' } });
      expect(result.reviewFact.judgement).toMatchObject({ state: 'REJECTED', reviewedBy: 'editor' });
      expect(result.reviewFact.judgement.quotes.length).toBeGreaterThan(0);
      expect(result.reviewFact.fact.reviewState).toBe('REJECTED');
    }
    expect(await seenBy(investment)).toEqual(nowhere);
    expect(await seenBy(visit)).toEqual(nowhere);
    expect(await storedState(investment.id)).toEqual([{ state: 'REJECTED', hidden: true }]);

    await reingest();
    expect(await storedState(investment.id)).toEqual([{ state: 'REJECTED', hidden: true }]);
    expect(await seenBy(investment)).toEqual(nowhere);
    expect(await seenBy(visit)).toEqual(nowhere);
  });

  it('ACCEPT reports ACCEPTED with who and when, and the state survives delete + re-ingest', async () => {
    const result = await ok<{ reviewFact: { fact: { reviewState: string; reviewedBy: string; reviewedAt: string } } }>(
      review,
      { input: { factId: investment.id, verdict: 'ACCEPT' } },
    );
    expect(result.reviewFact.fact).toMatchObject({ reviewState: 'ACCEPTED', reviewedBy: 'editor' });
    await reingest();
    const read = await ok<{
      investments: { edges: { node: { id: string; reviewState: string; reviewedBy: string } }[] };
    }>(`query($id: ID!) { investments(where: {investor: $id}) { edges { node { id reviewState reviewedBy } } } }`, {
      id: investment.from,
    });
    expect(read.investments.edges.find((e) => e.node.id === investment.id)?.node).toMatchObject({
      reviewState: 'ACCEPTED',
      reviewedBy: 'editor',
    });
    expect(await seenBy(investment)).toEqual(everywhere(investment));
  });

  it('a judgement follows its fact through a merge (also after delete + re-ingest), and back through unmerge', async () => {
    await ok(review, { input: { factId: investment.id, verdict: 'REJECT' } });
    const judgedBeforeMerge = await judgements(graph);
    // The investment's target merged into an entity a curator made: the fact moves under a new id.
    const kept = await upsertEntity(graph, { name: 'Zeravshan Components Holding', kind: 'Organization' });
    const { mergeId } = await mergeEntities(graph, kept.id, investment.to);
    const [moved] = await graph.runAutoCommit(
      'MATCH (:Entity {id: $from})-[r:INVESTS_IN]->(:Entity {id: $to}) RETURN r.factId AS id',
      { from: investment.from, to: kept.id },
    );
    expect(moved?.id).toBeDefined();
    expect(moved!.id).not.toBe(investment.id);
    const [judged] = await graph.runAutoCommit(
      'MATCH (j:FactJudgement {current: true}) RETURN j.factId AS factId, j.state AS state',
    );
    expect(judged).toEqual({ factId: moved!.id, state: 'REJECTED' });

    await reingest();
    expect(await storedState(String(moved!.id))).toEqual([{ state: 'REJECTED', hidden: true }]);
    expect(await seenBy({ ...investment, id: String(moved!.id), to: kept.id })).toEqual(nowhere);

    // Unmerge puts the judgement back on the fact's old id, exactly as it was before the merge.
    await unmergeEntities(graph, mergeId);
    expect(await judgements(graph)).toEqual(judgedBeforeMerge);
  });

  it('EDIT of properties edits the fact in place (editor:<key name> among its extractors), also after re-ingest', async () => {
    const result = await ok<{
      reviewFact: { judgement: { correctedFactId: null }; fact: { reviewState: string }; correction: null };
    }>(review, {
      input: {
        factId: investment.id,
        verdict: 'EDIT',
        edit: { from: investment.from, type: 'INVESTS_IN', to: investment.to, amount: 12_345_678, currency: 'EUR' },
      },
    });
    expect(result.reviewFact).toMatchObject({ judgement: { correctedFactId: null }, fact: { reviewState: 'EDITED' } });
    expect(result.reviewFact.correction).toBeNull();
    const read = async () =>
      (
        await ok<{
          investments: { edges: { node: { id: string; amount: number; currency: string; extractors: string[] } }[] };
        }>(
          `query($id: ID!) { investments(where: {investor: $id}) { edges { node { id amount currency extractors } } } }`,
          { id: investment.from },
        )
      ).investments.edges.map((e) => e.node);
    const edited = (await read()).filter((f) => f.id === investment.id);
    expect(edited).toEqual([
      expect.objectContaining({
        amount: 12_345_678,
        currency: 'EUR',
        extractors: expect.arrayContaining(['editor:editor']) as unknown,
      }),
    ]);
    await reingest();
    expect((await read()).filter((f) => f.id === investment.id)).toEqual(edited);
  });

  it('EDIT to another fact reads the correction (extractor editor:<key name>) and not the original, also after re-ingest', async () => {
    const [other] = await graph.runAutoCommit(
      `MATCH (b:Entity {id: $to}) MATCH (o:Entity {kind: b.kind}) WHERE o <> b AND o.id <> $from
       RETURN o.id AS id ORDER BY o.id LIMIT 1`,
      { to: investment.to, from: investment.from },
    );
    const result = await ok<{
      reviewFact: {
        judgement: { correctedFactId: string };
        correction: { id: string; extractors: string[]; reviewState: string };
      };
    }>(review, {
      input: {
        factId: investment.id,
        verdict: 'EDIT',
        edit: { from: investment.from, type: 'INVESTS_IN', to: other!.id as string },
        note: 'the article names another target',
      },
    });
    const correction = result.reviewFact.correction;
    expect(correction).toMatchObject({ extractors: ['editor:editor'], reviewState: 'EDITED' });
    expect(result.reviewFact.judgement.correctedFactId).toBe(correction.id);
    const corrected = { ...investment, id: correction.id, to: other!.id as string };
    const visible = { entity: true, investments: true, graphView: true, export: true };
    expect(await seenBy(investment)).toEqual(nowhere);
    expect(await seenBy(corrected)).toMatchObject(visible);

    await reingest();
    expect(await seenBy(investment)).toEqual(nowhere);
    expect(await seenBy(corrected)).toMatchObject(visible);
  });

  it('refuses bad judgements with BAD_USER_INPUT or NOT_FOUND naming what was wrong, writing nothing', async () => {
    const before = await graphSnapshot(graph);
    const refused = async (input: Record<string, unknown>) => (await call(review, { input })).errors?.[0];
    expect(await refused({ factId: 'nope', verdict: 'ACCEPT' })).toMatchObject({
      extensions: { code: 'NOT_FOUND' },
    });
    expect(await refused({ factId: investment.id, verdict: 'EDIT' })).toMatchObject({
      message: expect.stringContaining('input.edit') as string,
      extensions: { code: 'BAD_USER_INPUT' },
    });
    const same = { from: investment.from, type: 'INVESTS_IN', to: investment.to };
    expect(await refused({ factId: investment.id, verdict: 'REJECT', edit: same })).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT' },
    });
    expect(
      await refused({ factId: investment.id, verdict: 'EDIT', edit: { ...same, to: 'no-such-entity' } }),
    ).toMatchObject({ message: expect.stringContaining('input.edit.to') as string, extensions: { code: 'NOT_FOUND' } });
    expect(await graphSnapshot(graph)).toEqual(before);
    expect(await judgements(graph)).toEqual([]);
    const reader = await graphql(server.url, review, { input: { factId: investment.id, verdict: 'ACCEPT' } }, asReader);
    expect(reader.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('undoReview restores the exact earlier graph, one judgement at a time, and only the latest', async () => {
    const initial = await graphSnapshot(graph);
    const accept = await ok<{ reviewFact: { judgement: { id: string } } }>(review, {
      input: { factId: investment.id, verdict: 'ACCEPT' },
    });
    const accepted = await graphSnapshot(graph);
    const acceptedJudgements = await judgements(graph);
    const edit = await ok<{ reviewFact: { judgement: { id: string } } }>(review, {
      input: {
        factId: investment.id,
        verdict: 'EDIT',
        edit: { from: investment.from, type: 'INVESTS_IN', to: investment.to, amount: 1000, currency: 'USD' },
      },
    });

    const early = await call(undo, { id: accept.reviewFact.judgement.id });
    expect(early.errors?.[0]).toMatchObject({
      message: expect.stringContaining('undo that one first') as string,
      extensions: { code: 'BAD_USER_INPUT' },
    });

    const undoneEdit = await ok<{
      undoReview: { judgement: { id: string; state: string }; fact: { reviewState: string } };
    }>(undo, { id: edit.reviewFact.judgement.id });
    expect(undoneEdit.undoReview.judgement).toEqual({ id: accept.reviewFact.judgement.id, state: 'ACCEPTED' });
    expect(await graphSnapshot(graph)).toEqual(accepted);
    expect(await judgements(graph)).toEqual(acceptedJudgements);

    const undoneAccept = await ok<{ undoReview: { judgement: null; fact: { reviewState: string; reviewedBy: null } } }>(
      undo,
      { id: accept.reviewFact.judgement.id },
    );
    expect(undoneAccept.undoReview).toEqual({
      judgement: null,
      fact: { id: investment.id, reviewState: 'UNREVIEWED', reviewedBy: null, reviewedAt: null },
    });
    expect(await graphSnapshot(graph)).toEqual(initial);
    expect(await judgements(graph)).toEqual([]);
    expect((await call(undo, { id: accept.reviewFact.judgement.id })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

    // An edit to another fact: its undo removes the correction and shows the original again.
    const [other] = await graph.runAutoCommit(
      `MATCH (b:Entity {id: $to}) MATCH (o:Entity {kind: b.kind}) WHERE o <> b AND o.id <> $from
       RETURN o.id AS id ORDER BY o.id LIMIT 1`,
      { to: investment.to, from: investment.from },
    );
    const moved = await ok<{ reviewFact: { judgement: { id: string } } }>(review, {
      input: {
        factId: investment.id,
        verdict: 'EDIT',
        edit: { from: investment.from, type: 'INVESTS_IN', to: other!.id },
      },
    });
    await ok(undo, { id: moved.reviewFact.judgement.id });
    expect(await graphSnapshot(graph)).toEqual(initial);
    expect(await judgements(graph)).toEqual([]);
  });

  it('reviewStats counts the facts per review state, overall and per type, hidden ones included', async () => {
    const stats = async () =>
      (
        await ok<{
          reviewStats: {
            total: number;
            states: { state: string; count: number }[];
            types: { type: string; total: number; states: { state: string; count: number }[] }[];
          };
        }>(`{ reviewStats { total states { state count } types { type total states { state count } } } }`, {})
      ).reviewStats;
    const before = await stats();
    const [stored] = await graph.runAutoCommit('MATCH ()-[r]->() WHERE r.factId IS NOT NULL RETURN count(r) AS n');
    expect(before.total).toBe(stored!.n);
    expect(before.states).toEqual([
      { state: 'UNREVIEWED', count: before.total },
      { state: 'ACCEPTED', count: 0 },
      { state: 'REJECTED', count: 0 },
      { state: 'EDITED', count: 0 },
    ]);
    await ok(review, { input: { factId: investment.id, verdict: 'REJECT' } });
    await ok(review, { input: { factId: visit.id, verdict: 'ACCEPT' } });
    const after = await stats();
    expect(after.total).toBe(before.total);
    expect(after.states).toEqual([
      { state: 'UNREVIEWED', count: before.total - 2 },
      { state: 'ACCEPTED', count: 1 },
      { state: 'REJECTED', count: 1 },
      { state: 'EDITED', count: 0 },
    ]);
    const investments = after.types.find((t) => t.type === 'INVESTS_IN')!;
    expect(investments.states.find((s) => s.state === 'REJECTED')!.count).toBe(1);
    expect(investments.total).toBe(before.types.find((t) => t.type === 'INVESTS_IN')!.total);
  });

  it('concurrent judgements on one fact leave one chain, its last judgement in force and the fact in its state', async () => {
    const verdicts = ['ACCEPT', 'REJECT', 'ACCEPT', 'REJECT', 'ACCEPT', 'REJECT', 'ACCEPT', 'REJECT'];
    const results = await Promise.all(
      verdicts.map((verdict) => call(review, { input: { factId: investment.id, verdict } })),
    );
    for (const result of results) expect(result.errors).toBeUndefined();
    const rows = await graph.runAutoCommit(
      `MATCH (j:FactJudgement {factId: $id})
       RETURN j.id AS id, j.previousId AS previousId, j.current AS current, j.state AS state`,
      { id: investment.id },
    );
    expect(rows).toHaveLength(verdicts.length);
    const current = rows.filter((r) => r.current === true);
    expect(current).toHaveLength(1);
    // One chain: every judgement but the first follows a different one.
    const previous = rows.map((r) => r.previousId).filter((id) => id != null);
    expect(new Set(previous).size).toBe(verdicts.length - 1);
    expect(rows.filter((r) => r.previousId == null)).toHaveLength(1);
    const [stored] = await storedState(investment.id);
    expect(stored!.state).toBe(current[0]!.state);
    expect(stored!.hidden).toBe(current[0]!.state === 'REJECTED' ? true : null);
  });
});

describe('reviewing fuzzy resolutions', () => {
  let graph: Graph;
  let server: RunningServer;
  let documentId: string;
  let bozarov: string;
  const settings = () => ({ graph, maxBytes: 1_048_576 });
  const korea = corpusArticle('en-fergana-korea-delegation');
  const reviewResolution = `mutation($input: ReviewResolutionInput!) { reviewResolution(input: $input) {
    verdict documentId entityId confirmedMentions ingest { documentId merges { name method } }
  } }`;
  const call = (input: Record<string, unknown>) =>
    graphql<{
      reviewResolution: { confirmedMentions: number; ingest: { merges: { name: string }[] } | null };
    }>(server.url, reviewResolution, { input }, asEditor);

  /** The korea article's mentions of Khairullo Bozarov: how they were resolved and their review. */
  const mentions = () =>
    graph.runAutoCommit(
      `MATCH (:Document {id: $documentId})<-[:IN]-(:Sentence)-[m:MENTIONS]->(:Entity {id: $entityId})
       RETURN m.surface AS surface, m.method AS method, m.reviewState AS state, m.reviewedBy AS by ORDER BY m.start`,
      { documentId, entityId: bozarov },
    );

  beforeAll(async () => {
    graph = openTestGraph();
    server = await startTestServer(graph);
  });
  beforeEach(async () => {
    await resetGraph(graph);
    await ingestArticle(settings(), corpusArticle('en-fergana-ambassador-visit'));
    const merged = await ingestArticle(settings(), korea);
    documentId = merged.documentId;
    const merge = merged.merges.find((m) => m.name === 'Khayrullo Bozorov')!;
    expect(merge).toMatchObject({ method: 'fuzzy' });
    bozarov = merge.entityId;
  });
  afterAll(async () => {
    await server.stop();
    await graph.close();
  });

  it('CONFIRM marks the fuzzily resolved mentions CONFIRMED, and again after delete + re-ingest', async () => {
    const confirmed = await call({ documentId, entityId: bozarov, verdict: 'CONFIRM', note: 'same governor' });
    expect(confirmed.errors).toBeUndefined();
    const count = confirmed.data!.reviewResolution.confirmedMentions;
    expect(count).toBeGreaterThan(0);
    const fuzzy = (await mentions()).filter((m) => m.method === 'fuzzy');
    expect(fuzzy).toHaveLength(count);
    for (const mention of fuzzy) expect(mention).toMatchObject({ state: 'CONFIRMED', by: 'editor' });

    await deleteDocument(graph, documentId);
    documentId = (await ingestArticle(settings(), korea)).documentId;
    expect((await mentions()).filter((m) => m.method === 'fuzzy')).toEqual(fuzzy);
  });

  it('SPLIT writes the document again with the names kept apart, as rejectResolution', async () => {
    const split = await call({ documentId, entityId: bozarov, verdict: 'SPLIT' });
    expect(split.errors).toBeUndefined();
    expect(split.data!.reviewResolution.ingest!.merges.map((m) => m.name)).not.toContain('Khayrullo Bozorov');
    const people = await graph.runAutoCommit(
      "MATCH (p:Person) WHERE p.key STARTS WITH 'hairulo' RETURN p.name AS name ORDER BY name",
    );
    expect(people.map((p) => p.name)).toEqual(['Khairullo Bozarov', 'Khayrullo Bozorov']);
  });

  it('refuses an unknown document, an entity not mentioned, and an exact resolution, writing nothing', async () => {
    const before = await graphSnapshot(graph);
    expect((await call({ documentId: 'doc_nope', entityId: bozarov, verdict: 'CONFIRM' })).errors?.[0]).toMatchObject({
      extensions: { code: 'NOT_FOUND' },
    });
    const [exact] = await graph.runAutoCommit(
      `MATCH (:Document {id: $documentId})<-[:IN]-(:Sentence)-[m:MENTIONS]->(e:Entity)
       WHERE m.method = 'exact' RETURN e.id AS id LIMIT 1`,
      { documentId },
    );
    expect((await call({ documentId, entityId: exact!.id, verdict: 'CONFIRM' })).errors?.[0]).toMatchObject({
      message: expect.stringContaining('exactly') as string,
      extensions: { code: 'BAD_USER_INPUT' },
    });
    expect((await call({ documentId, entityId: 'ent_nope', verdict: 'CONFIRM' })).errors?.[0]).toMatchObject({
      message: expect.stringContaining('does not mention') as string,
      extensions: { code: 'BAD_USER_INPUT' },
    });
    expect(await graphSnapshot(graph)).toEqual(before);
  });
});
