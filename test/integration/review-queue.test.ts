/**
 * Query.reviewQueue against a real Neo4j, over the API: the order (lowest confidence, then highest
 * impact, then fact id), filters, paging without gaps or repeats, mention spans that point at the
 * names, judged facts leaving the default queue, and bad filters refused.
 */
import type { Graph } from '../../src/graph/driver';
import { ingestArticle } from '../../src/ingest/ingest';
import type { RunningServer } from '../../src/server';
import { corpusArticle } from '../support/corpus';
import { openTestGraph, resetGraph } from '../support/graph';
import { asEditor, graphql, startTestServer } from '../support/server';

const articles = ['de-samarkand-bayern-delegation', 'en-kokand-fez-indorama', 'ru-fergana-turkish-delegation'];

interface Span {
  surface: string;
  start: number;
  end: number;
}
interface Item {
  impact: number;
  fact: null | {
    id: string;
    type: string;
    confidence: number;
    reviewState: string;
    from: { id: string };
    to: { id: string };
  };
  sentences: {
    rule: string;
    extractor: string;
    sentence: { text: string };
    document: { id: string; language: string };
    fromSpans: Span[];
    toSpans: Span[];
  }[];
}
interface Queue {
  reviewQueue: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { node: Item }[];
  };
}

const queueQuery = `query($where: ReviewQueueFilter, $first: Int, $after: String) {
  reviewQueue(where: $where, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node {
      impact
      fact { id type confidence reviewState from { id } to { id } }
      sentences { rule extractor sentence { text } document { id language }
        fromSpans { surface start end } toSpans { surface start end } }
    } }
  }
}`;

describe('reviewQueue', () => {
  let graph: Graph;
  let server: RunningServer;
  const documentIds: string[] = [];

  /** The facts of the queue (kinds: FACT unless where says otherwise; resolutions have their own tests). */
  const queue = async (where: Record<string, unknown> | null, first = 100, after?: string | null) => {
    const response = await graphql<Queue>(server.url, queueQuery, {
      where: { kinds: ['FACT'], ...where },
      first,
      after,
    });
    expect(response.errors).toBeUndefined();
    return response.data!.reviewQueue;
  };
  const ids = (page: Queue['reviewQueue']) => page.edges.map((edge) => edge.node.fact!.id);

  /** Every page of the queue with this page size, in order. */
  async function allPages(where: Record<string, unknown> | null, size: number): Promise<Item[]> {
    const items: Item[] = [];
    let after: string | null = null;
    for (;;) {
      const page = await queue(where, size, after);
      items.push(...page.edges.map((edge) => edge.node));
      if (!page.pageInfo.hasNextPage) return items;
      after = page.pageInfo.endCursor;
    }
  }

  /** The stored facts matching a condition on (a)-[r]->(b), by fact id: what the queue should list. */
  async function storedFactIds(condition: string, params: Record<string, unknown> = {}): Promise<string[]> {
    const rows = await graph.runAutoCommit(
      `MATCH (a:Entity)-[r]->(b:Entity) WHERE r.factId IS NOT NULL AND (${condition})
       RETURN r.factId AS id ORDER BY id`,
      params,
    );
    return rows.map((row) => row.id as string);
  }

  beforeAll(async () => {
    graph = openTestGraph();
    server = await startTestServer(graph);
    await resetGraph(graph);
    for (const name of articles) {
      documentIds.push((await ingestArticle({ graph, maxBytes: 1_048_576 }, corpusArticle(name))).documentId);
    }
  });
  afterAll(async () => {
    await server.stop();
    await graph.close();
  });

  it('lists every unreviewed fact once, lowest confidence first, then highest impact, then by fact id', async () => {
    const all = await queue(null);
    const stored = await storedFactIds('r.reviewState IS NULL');
    expect(all.totalCount).toBe(stored.length);
    expect([...ids(all)].sort()).toEqual(stored);
    const items = all.edges.map((edge) => edge.node);
    // Not all one confidence, or the order would not be tested.
    expect(new Set(items.map((item) => item.fact!.confidence)).size).toBeGreaterThan(1);
    for (let i = 1; i < items.length; i++) {
      const [before, item] = [items[i - 1]!, items[i]!];
      const order =
        before.fact!.confidence !== item.fact!.confidence
          ? before.fact!.confidence < item.fact!.confidence
          : before.impact !== item.impact
            ? before.impact > item.impact
            : before.fact!.id < item.fact!.id;
      expect(order).toBe(true);
    }
  });

  it('counts as impact the facts on both endpoints, and 10 more for an investment with an amount', async () => {
    const rows = await graph.runAutoCommit(
      `MATCH (a:Entity)-[r]->(b:Entity) WHERE r.factId IS NOT NULL
       RETURN r.factId AS id, COUNT { (a)-[x]-(:Entity) WHERE x.factId IS NOT NULL }
         + COUNT { (b)-[y]-(:Entity) WHERE y.factId IS NOT NULL } AS degree,
         type(r) = 'INVESTS_IN' AND r.amount IS NOT NULL AS withAmount`,
    );
    expect(rows.some((row) => row.withAmount === true)).toBe(true);
    const expected = new Map(rows.map((row) => [row.id, Number(row.degree) + (row.withAmount ? 10 : 0)]));
    const items = (await queue(null)).edges.map((edge) => edge.node);
    for (const item of items)
      expect([item.fact!.id, item.impact]).toEqual([item.fact!.id, expected.get(item.fact!.id)]);
  });

  it('pages forward without gaps or repeats, whatever the page size', async () => {
    const whole = ids(await queue(null));
    for (const size of [1, 3, 7]) {
      expect((await allPages(null, size)).map((item) => item.fact!.id)).toEqual(whole);
    }
    const filtered = ids(await queue({ types: ['VISITED', 'INVESTS_IN'] }));
    expect((await allPages({ types: ['VISITED', 'INVESTS_IN'] }, 2)).map((item) => item.fact!.id)).toEqual(filtered);
  });

  it('gives each sentence with offsets within it that point at both endpoints names', async () => {
    const items = (await queue(null)).edges.map((edge) => edge.node);
    let both = 0;
    for (const item of items) {
      expect(item.sentences.length).toBeGreaterThan(0);
      for (const sentence of item.sentences) {
        expect(sentence.rule).not.toBe('');
        expect(sentence.extractor).not.toBe('');
        for (const span of [...sentence.fromSpans, ...sentence.toSpans]) {
          expect(sentence.sentence.text.slice(span.start, span.end)).toBe(span.surface);
        }
        if (sentence.fromSpans.length > 0 && sentence.toSpans.length > 0) both++;
      }
    }
    expect(both).toBeGreaterThan(items.length / 2);
  });

  it('filters by type, entity, document, language and confidence', async () => {
    const { edges } = await queue(null);
    const some = edges[Math.floor(edges.length / 2)]!.node as Item & { fact: NonNullable<Item['fact']> };
    const cases: [Record<string, unknown>, string, Record<string, unknown>][] = [
      [{ types: ['VISITED'] }, "type(r) = 'VISITED'", {}],
      [{ entityId: some.fact.from.id }, 'a.id = $id OR b.id = $id', { id: some.fact.from.id }],
      [
        { documentId: documentIds[1] },
        'EXISTS { (:Evidence {factId: r.factId, documentId: $id}) }',
        { id: documentIds[1] },
      ],
      [
        { language: 'ru' },
        "EXISTS { (:Evidence {factId: r.factId})-[:FROM]->(:Sentence)-[:IN]->(:Document {language: 'ru'}) }",
        {},
      ],
      [{ maxConfidence: some.fact.confidence }, 'r.confidence <= $c', { c: some.fact.confidence }],
      [{ minConfidence: some.fact.confidence, maxConfidence: 1 }, 'r.confidence >= $c', { c: some.fact.confidence }],
    ];
    for (const [where, condition, params] of cases) {
      const page = await queue(where);
      const expected = await storedFactIds(`r.reviewState IS NULL AND (${condition})`, params);
      expect(expected.length).toBeGreaterThan(0);
      expect(expected.length).toBeLessThan(edges.length);
      expect({ where, ids: [...ids(page)].sort(), totalCount: page.totalCount }).toEqual({
        where,
        ids: expected,
        totalCount: expected.length,
      });
    }
    expect(await queue({ entityId: 'no-such-entity' })).toMatchObject({ totalCount: 0, edges: [] });
    expect(await queue({ documentId: 'no-such-document' })).toMatchObject({ totalCount: 0, edges: [] });
  });

  it('leaves judged facts out of the default queue; a rejected fact is listed only when REJECTED is asked for', async () => {
    const [first, second] = ids(await queue(null, 2));
    const judge = async (factId: string, verdict: string) => {
      const response = await graphql(
        server.url,
        'mutation($input: ReviewFactInput!) { reviewFact(input: $input) { fact { id reviewState } } }',
        { input: { factId, verdict } },
        asEditor,
      );
      expect(response.errors).toBeUndefined();
    };
    const before = await queue(null);
    await judge(first!, 'ACCEPT');
    await judge(second!, 'REJECT');
    const after = await queue(null);
    // As a set: a rejected fact no longer counts in its endpoints' impact, so the order may shift.
    expect([...ids(after)].sort()).toEqual(
      ids(before)
        .filter((id) => id !== first && id !== second)
        .sort(),
    );
    expect(ids(after)).not.toContain(first);
    expect(after.totalCount).toBe(before.totalCount - 2);
    expect(ids(await queue({ states: ['REJECTED'] }))).toEqual([second]);
    expect(ids(await queue({ states: ['ACCEPTED'] }))).toEqual([first]);
    const everything = await queue({ states: ['UNREVIEWED', 'ACCEPTED', 'REJECTED'] });
    expect([...ids(everything)].sort()).toEqual([...ids(before)].sort());
  });

  it('refuses confidences outside 0 to 1 and a minimum above the maximum, naming the argument', async () => {
    const refused = async (where: Record<string, unknown>) =>
      (await graphql(server.url, queueQuery, { where, first: 5 })).errors?.[0];
    expect(await refused({ minConfidence: -0.1 })).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT' },
      message: expect.stringContaining('where.minConfidence'),
    });
    expect(await refused({ maxConfidence: 1.5 })).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT' },
      message: expect.stringContaining('where.maxConfidence'),
    });
    expect(await refused({ minConfidence: 0.9, maxConfidence: 0.5 })).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT' },
      message: expect.stringContaining('where.minConfidence'),
    });
    expect(
      (await graphql(server.url, queueQuery, { where: null, first: 5, after: 'bm90LWEtY3Vyc29y' })).errors?.[0],
    ).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: expect.stringContaining('after') });
  });
});

describe('reviewQueue: fuzzy resolutions', () => {
  let graph: Graph;
  let server: RunningServer;
  let documentId: string;
  /** The fuzzy merges of the two ingests: what the queue should list as resolutions. */
  let fuzzy: { documentId: string; entityId: string; name: string; into: string; score: number }[] = [];

  interface Resolution {
    document: { id: string };
    entity: { id: string; name: string };
    entityName: string;
    writtenNames: string[];
    score: number;
    mentions: number;
    confirmed: boolean;
    sentences: { sentence: { text: string }; spans: Span[] }[];
  }
  interface MixedItem {
    kind: 'FACT' | 'RESOLUTION';
    impact: number;
    fact: { id: string; confidence: number } | null;
    resolution: Resolution | null;
  }
  const mixedQuery = `query($where: ReviewQueueFilter, $first: Int, $after: String) {
    reviewQueue(where: $where, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node {
        kind impact
        fact { id confidence }
        resolution { document { id } entity { id name } entityName writtenNames score mentions confirmed
          sentences { sentence { text } spans { surface start end } } }
      } }
    }
  }`;
  const queue = async (where: Record<string, unknown> | null, first = 100, after?: string | null) => {
    const response = await graphql<{
      reviewQueue: {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
        edges: { node: MixedItem }[];
      };
    }>(server.url, mixedQuery, { where, first, after });
    expect(response.errors).toBeUndefined();
    return response.data!.reviewQueue;
  };
  const resolutions = async (where: Record<string, unknown> | null) =>
    (await queue(where)).edges.map((edge) => edge.node.resolution).filter((r) => r !== null);
  const key = (r: { documentId: string; entityId: string }) => `${r.documentId} ${r.entityId}`;
  const stats = async () => {
    const response = await graphql<{ reviewStats: { resolutions: { pending: number; confirmed: number } } }>(
      server.url,
      '{ reviewStats { resolutions { pending confirmed } } }',
    );
    expect(response.errors).toBeUndefined();
    return response.data!.reviewStats.resolutions;
  };
  const reviewResolution = async (entityId: string, verdict: 'CONFIRM' | 'SPLIT') => {
    const response = await graphql(
      server.url,
      'mutation($input: ReviewResolutionInput!) { reviewResolution(input: $input) { verdict } }',
      { input: { documentId, entityId, verdict } },
      asEditor,
    );
    expect(response.errors).toBeUndefined();
  };

  beforeAll(async () => {
    graph = openTestGraph();
    server = await startTestServer(graph);
    await resetGraph(graph);
    const settings = { graph, maxBytes: 1_048_576 };
    for (const name of ['en-fergana-ambassador-visit', 'en-fergana-korea-delegation']) {
      const result = await ingestArticle(settings, corpusArticle(name));
      fuzzy.push(
        ...result.merges
          .filter((merge) => merge.method === 'fuzzy')
          .map((merge) => ({ ...merge, documentId: result.documentId })),
      );
      documentId = result.documentId;
    }
    // The one the review tests judge is in the second article (its fuzzy merges: the ones tested).
    fuzzy = fuzzy.filter((merge) => merge.documentId === documentId);
    expect(fuzzy.map((merge) => merge.name)).toContain('Khayrullo Bozorov');
  });
  afterAll(async () => {
    await server.stop();
    await graph.close();
  });

  it('lists each document’s fuzzy resolution to an entity as an item, with the names as written and the score', async () => {
    const listed = await resolutions({ kinds: ['RESOLUTION'] });
    expect(listed.map((r) => key({ documentId: r.document.id, entityId: r.entity.id })).sort()).toEqual(
      [...new Set(fuzzy.map(key))].sort(),
    );
    const bozarov = fuzzy.find((merge) => merge.name === 'Khayrullo Bozorov')!;
    const item = listed.find((r) => r.entity.id === bozarov.entityId)!;
    expect(item).toMatchObject({
      document: { id: documentId },
      entity: { name: bozarov.into },
      entityName: bozarov.into,
      score: bozarov.score,
      confirmed: false,
    });
    expect(item.writtenNames).toContain('Khayrullo Bozorov');
    expect(item.writtenNames).not.toContain(bozarov.into);
    expect(item.mentions).toBeGreaterThan(0);
    expect(item.sentences.length).toBeGreaterThan(0);
    for (const { sentence, spans } of item.sentences) {
      expect(spans.length).toBeGreaterThan(0);
      for (const span of spans) expect(sentence.text.slice(span.start, span.end)).toBe(span.surface);
    }
    // Both kinds by default; FACT only lists none.
    expect((await resolutions(null)).length).toBe(listed.length);
    expect(await resolutions({ kinds: ['FACT'] })).toEqual([]);
    // A relation-type filter leaves resolutions out; document and entity filters keep theirs.
    expect(await resolutions({ types: ['VISITED'] })).toEqual([]);
    expect((await resolutions({ entityId: bozarov.entityId })).map((r) => r.entity.id)).toEqual([bozarov.entityId]);
    expect(await resolutions({ documentId: 'no-such-document' })).toEqual([]);
  });

  it('orders resolutions among facts by their score as a fact by its confidence, and pages over both', async () => {
    const whole = (await queue(null)).edges.map((edge) => edge.node);
    expect(new Set(whole.map((item) => item.kind))).toEqual(new Set(['FACT', 'RESOLUTION']));
    const sortKey = (item: MixedItem): [number, number, string] =>
      item.fact
        ? [item.fact.confidence, item.impact, item.fact.id]
        : [
            item.resolution!.score,
            item.impact,
            `resolution:${item.resolution!.document.id}:${item.resolution!.entity.id}`,
          ];
    for (let i = 1; i < whole.length; i++) {
      const [a, b] = [sortKey(whole[i - 1]!), sortKey(whole[i]!)];
      const inOrder = a[0] !== b[0] ? a[0] < b[0] : a[1] !== b[1] ? a[1] > b[1] : a[2] < b[2];
      expect(inOrder).toBe(true);
    }
    const paged: MixedItem[] = [];
    let after: string | null = null;
    for (;;) {
      const page = await queue(null, 3, after);
      paged.push(...page.edges.map((edge) => edge.node));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(paged).toEqual(whole);
  });

  it('takes a confirmed resolution out of the queue (listed under ACCEPTED), and a split one out for good', async () => {
    const bozarov = fuzzy.find((merge) => merge.name === 'Khayrullo Bozorov')!;
    const pairs = new Set(fuzzy.map(key)).size;
    expect(await stats()).toEqual({ pending: pairs, confirmed: 0 });

    await reviewResolution(bozarov.entityId, 'CONFIRM');
    expect((await resolutions(null)).map((r) => r.entity.id)).not.toContain(bozarov.entityId);
    expect(await resolutions({ states: ['ACCEPTED'], kinds: ['RESOLUTION'] })).toMatchObject([
      { entity: { id: bozarov.entityId }, confirmed: true },
    ]);
    expect(await stats()).toEqual({ pending: pairs - 1, confirmed: 1 });

    await reviewResolution(bozarov.entityId, 'SPLIT');
    const everyState = { states: ['UNREVIEWED', 'ACCEPTED'], kinds: ['RESOLUTION'] };
    expect((await resolutions(everyState)).map((r) => r.entity.id)).not.toContain(bozarov.entityId);
    expect((await stats()).confirmed).toBe(0);
  });
});

describe('reviewQueue: a rejected fact stated again by another sentence', () => {
  let graph: Graph;
  let server: RunningServer;
  // Invented articles: the same investment, stated by the same sentence twice and then by another one.
  const stated =
    'Alder Holding, a textile group from Izmir, is the investor of Birch Mills, a spinning plant in Fergana.';
  const statedAgain =
    'The regional administration said that Alder Holding, a textile group from Izmir, is the investor of Birch Mills, a spinning plant in Fergana.';
  const article = (title: string, text: string) => ({ title, text, language: 'en', publishedAt: '2026-03-02' });
  const ingest = (title: string, text: string) => ingestArticle({ graph, maxBytes: 1_048_576 }, article(title, text));

  interface FlaggedItem {
    newEvidenceSinceJudgement: boolean;
    fact: { id: string; reviewState: string } | null;
  }
  const listed = async (where: Record<string, unknown>) => {
    const response = await graphql<{ reviewQueue: { edges: { node: FlaggedItem }[] } }>(
      server.url,
      `
        query ($where: ReviewQueueFilter) {
          reviewQueue(where: $where, first: 100) {
            edges {
              node {
                newEvidenceSinceJudgement
                fact {
                  id
                  reviewState
                }
              }
            }
          }
        }
      `,
      { where: { kinds: ['FACT'], types: ['INVESTS_IN'], ...where } },
    );
    expect(response.errors).toBeUndefined();
    return response.data!.reviewQueue.edges.map((edge) => edge.node);
  };

  beforeAll(async () => {
    graph = openTestGraph();
    server = await startTestServer(graph);
    await resetGraph(graph);
  });
  afterAll(async () => {
    await server.stop();
    await graph.close();
  });

  it('lists it again, still REJECTED and flagged, only when the new evidence is another sentence', async () => {
    await ingest('Spinning in Fergana', `${stated} The plant opened in 2024.`);
    const [item] = await listed({});
    expect(item).toMatchObject({ newEvidenceSinceJudgement: false, fact: { reviewState: 'UNREVIEWED' } });
    const factId = item!.fact!.id;
    const rejected = await graphql(
      server.url,
      'mutation($input: ReviewFactInput!) { reviewFact(input: $input) { fact { reviewState } } }',
      { input: { factId, verdict: 'REJECT' } },
      asEditor,
    );
    expect(rejected.errors).toBeUndefined();
    expect(await listed({})).toEqual([]);
    expect(await listed({ states: ['REJECTED'] })).toEqual([
      { newEvidenceSinceJudgement: false, fact: { id: factId, reviewState: 'REJECTED' } },
    ]);

    // Another article repeating the judged sentence word for word: covered by the judgement.
    await ingest('Izmir group in Fergana', `The mill hires weavers. ${stated}`);
    expect(await listed({})).toEqual([]);

    // A sentence the judgement never saw.
    await ingest('Regional news', `${statedAgain} It employs 400 people.`);
    const flagged = { newEvidenceSinceJudgement: true, fact: { id: factId, reviewState: 'REJECTED' } };
    expect(await listed({})).toEqual([flagged]);
    expect(await listed({ states: ['REJECTED'] })).toEqual([flagged]);
    // Still left out of reads until judged again.
    const investments = await graphql<{ investments: { totalCount: number } }>(
      server.url,
      '{ investments { totalCount } }',
    );
    expect(investments.data!.investments.totalCount).toBe(0);
  });
});
