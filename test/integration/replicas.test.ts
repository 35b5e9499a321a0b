/**
 * Two API replicas (two servers, each with its own driver and graph object)
 * against one Neo4j hold no state of their own that the graph depends on:
 * articles ingested through both at once give the graph one replica gives
 * ingesting them one after the other, and what one replica writes the other
 * reads at once. (README: "Running several replicas".)
 */
import type { Graph } from '../../src/graph/driver';
import type { RunningServer } from '../../src/server';
import { openTestGraph, resetGraph } from '../support/graph';
import { asEditor, graphql, startTestServer } from '../support/server';
import { graphSnapshot } from '../support/snapshot';

const ingestMutation = `mutation Ingest($input: IngestDocumentInput!) {
  ingestDocument(input: $input) { status documentId }
}`;

// Invented articles. The same people, places and countries recur (spelled the same), so that every
// article after the first resolves against entities another article, through either replica, created.
const articles = [
  'Lindqvist visits Qarshi\n\nQarshi, 2 May 2024. Henrik Lindqvist, Ambassador of Sweden to Uzbekistan, met the governor ' +
    'of Kashkadarya region, Bahodir Ergashev, on Thursday. The sides discussed cooperation in water management.',
  'Swedish firms look at Kashkadarya\n\nTashkent, 9 May 2024. Henrik Lindqvist, Ambassador of Sweden to Uzbekistan, ' +
    'said Swedish companies were ready to invest in Kashkadarya region.',
  'Ergashev meets Norwegian envoy\n\nQarshi, 14 May 2024. The governor of Kashkadarya region, Bahodir Ergashev, received ' +
    'Ingrid Solheim, Ambassador of Norway to Uzbekistan. They discussed solar power.',
  'Norway and Uzbekistan talk energy\n\nTashkent, 20 May 2024. Ingrid Solheim, Ambassador of Norway to Uzbekistan, ' +
    'met Henrik Lindqvist, Ambassador of Sweden to Uzbekistan, to discuss a joint energy forum.',
  'Termez hosts Nordic delegation\n\nTermez, 27 May 2024. Ingrid Solheim, Ambassador of Norway to Uzbekistan, met the ' +
    'governor of Surkhandarya region, Ulugbek Qosimov. The sides discussed trade.',
  'Qosimov in Qarshi\n\nQarshi, 3 June 2024. The governor of Surkhandarya region, Ulugbek Qosimov, met the governor of ' +
    'Kashkadarya region, Bahodir Ergashev, on Monday.',
  'Danish ambassador tours the south\n\nTermez, 10 June 2024. Mette Kjaergaard, Ambassador of Denmark to Uzbekistan, met ' +
    'the governor of Surkhandarya region, Ulugbek Qosimov. Denmark offered help with wind farms.',
  'Lindqvist returns to Qarshi\n\nQarshi, 17 June 2024. Henrik Lindqvist, Ambassador of Sweden to Uzbekistan, met the ' +
    'governor of Kashkadarya region, Bahodir Ergashev, again. They signed a memorandum on water management.',
].map((text, i) => ({ text, publishedAt: `2024-0${5 + Math.floor(i / 4)}-${String(2 + i).padStart(2, '0')}` }));

/** What the graph is, in ids: entities, facts with their evidence counts, documents. */
async function state(graph: Graph) {
  const snapshot = await graphSnapshot(graph);
  const facts = await graph.runAutoCommit(
    `MATCH (:Entity)-[r]->(:Entity) WHERE r.factId IS NOT NULL
     OPTIONAL MATCH (v:Evidence {factId: r.factId})
     RETURN r.factId AS factId, type(r) AS type, count(v) AS evidence ORDER BY factId, type`,
  );
  const documents = await graph.runAutoCommit('MATCH (d:Document) RETURN d.id AS id ORDER BY id');
  // Creation times differ from run to run, and createdBy names whichever article got there first: the one
  // thing the order of ingestion decides (two sequential orders differ in it too).
  const orderFree = (props: Record<string, unknown>): Record<string, unknown> => ({
    ...props,
    createdAt: undefined,
    createdBy: undefined,
  });
  return {
    entities: snapshot.entities.map((e) => ({ ...e, props: orderFree(e.props) })),
    facts: snapshot.facts.map((f) => ({ ...f, props: orderFree(f.props as Record<string, unknown>) })),
    evidencePerFact: facts,
    documents: documents.map((d) => d.id),
    counts: snapshot.counts,
  };
}

async function ingest(server: RunningServer, article: (typeof articles)[number]) {
  const response = await graphql<{ ingestDocument: { status: string; documentId: string } }>(
    server.url,
    ingestMutation,
    { input: article },
    asEditor,
  );
  expect(response.errors).toBeUndefined();
  return response.data!.ingestDocument;
}

describe('two API replicas on one Neo4j', () => {
  let graphA: Graph;
  let graphB: Graph;
  let replicaA: RunningServer;
  let replicaB: RunningServer;
  beforeAll(async () => {
    // Eight ingests in flight queue on the ingest lock, and the wait counts towards each one's query timeout:
    // give them room on a busy machine.
    graphA = openTestGraph({ queryTimeoutMs: 180_000 });
    graphB = openTestGraph({ queryTimeoutMs: 180_000 });
    replicaA = await startTestServer(graphA);
    replicaB = await startTestServer(graphB);
  });
  afterAll(async () => {
    await replicaA.stop();
    await replicaB.stop();
    await graphA.close();
    await graphB.close();
  });

  it('build, ingesting articles at once through both, the graph one replica builds ingesting them in turn', async () => {
    await resetGraph(graphA);
    for (const article of articles) expect((await ingest(replicaA, article)).status).toBe('INGESTED');
    const sequential = await state(graphA);
    expect(sequential.documents).toHaveLength(articles.length);
    // Resolution matters: the recurring people are one entity each, not one per article.
    const people = sequential.entities.filter((e) => e.props.kind === 'Person').map((e) => e.props.name);
    expect(people.filter((name) => name === 'Henrik Lindqvist')).toHaveLength(1);
    expect(sequential.evidencePerFact.some((f) => Number(f.evidence) > 1)).toBe(true);

    for (let round = 0; round < 2; round++) {
      await resetGraph(graphA);
      // Interleaved: even articles through A, odd through B, all in flight together.
      const results = await Promise.all(
        articles.map((article, i) => ingest(i % 2 === 0 ? replicaA : replicaB, article)),
      );
      expect(results.map((r) => r.status)).toEqual(articles.map(() => 'INGESTED'));
      expect(await state(graphB)).toEqual(sequential);
    }
  }, 600_000); // 24 ingests, most of them queued on the ingest lock: minutes on a busy 2-core machine

  it('read on one replica what was written through the other at once', async () => {
    await resetGraph(graphA);
    const { documentId } = await ingest(replicaA, articles[0]!);
    const [person] = await graphA.runAutoCommit("MATCH (e:Entity {name: 'Henrik Lindqvist'}) RETURN e.id AS id");
    const read = await graphql<{ entity: { id: string; name: string } | null }>(
      replicaB.url,
      'query ($id: ID!) { entity(id: $id) { id name } }',
      { id: person!.id },
    );
    expect(read.data!.entity).toEqual({ id: person!.id, name: 'Henrik Lindqvist' });
    // The same article through B is recognised as the one A ingested.
    expect(await ingest(replicaB, articles[0]!)).toEqual({ status: 'UNCHANGED', documentId });
  });
});
