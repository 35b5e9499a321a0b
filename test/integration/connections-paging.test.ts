/**
 * Every Relay connection of the API, paged through on the sample corpus in a real Neo4j over real
 * HTTP: forward with first/after and, where the schema offers it (entities, timeline), backward
 * with last/before. Pages must join up into the whole list, without gaps or repeats, with the
 * cursors the whole list gives its items and PageInfo right at both ends; caps, first with last,
 * and cursors of another list are BAD_USER_INPUT naming the argument.
 */
import type { Graph } from '../../src/graph/driver';
import { ingestArticle } from '../../src/ingest/ingest';
import type { RunningServer } from '../../src/server';
import { corpusArticles } from '../support/corpus';
import { openTestGraph, resetGraph } from '../support/graph';
import { graphql, startTestServer } from '../support/server';

// A second investor of Ferganaazot: the sample corpus names one investor per target, and a list of
// investors should take more than one page.
const secondInvestor =
  'TASHKENT, 5 April 2025\n\nThe ambassador visited Ferganaazot, a fertiliser plant in Fergana. At Ferganaazot, he ' +
  'held talks with representatives of Korea Zinc Company, the group that is also an investor of the enterprise.';

interface PageInfo {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}

interface Connection {
  totalCount?: number;
  edges: { cursor: string; node: Record<string, unknown> }[];
  pageInfo: PageInfo;
}

/** The selection every connection is asked with; nodeFields names its items. */
const page = (nodeFields: string, total = true) =>
  `{ ${total ? 'totalCount ' : ''}edges { cursor node { ${nodeFields} } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } }`;

/** A connection to page through: a query taking $first and $after (and $last and $before when backward). */
interface Subject {
  name: string;
  query: (ids: Record<string, string>) => string;
  variables?: (ids: Record<string, string>) => Record<string, unknown>;
  pick: (data: never) => Connection;
  /** What tells items apart. */
  key: (node: never) => string;
  backward: boolean;
  /** A page that holds the whole list, and a small page size. */
  whole: number;
  size: number;
  /** The list has at least this many items on the sample corpus (so that it takes several pages). */
  atLeast: number;
}

const paging = (backward: boolean) =>
  backward ? '$first: Int, $after: String, $last: Int, $before: String' : '$first: Int, $after: String';
const args = (backward: boolean) =>
  backward ? 'first: $first, after: $after, last: $last, before: $before' : 'first: $first, after: $after';

const subjects: Subject[] = [
  ...(['NAME_ASC', 'NAME_DESC'] as const).map((order): Subject => ({
    name: `entities ordered ${order}`,
    query: () =>
      `query(${paging(true)}) { c: entities(where: {kinds: [Organization]}, orderBy: ${order}, ${args(true)}) ${page('id name')} }`,
    pick: (data: { c: Connection }) => data.c,
    key: (node: { id: string }) => node.id,
    backward: true,
    whole: 100,
    size: 4,
    atLeast: 9,
  })),
  {
    name: 'timeline',
    query: () => `query($id: ID!, ${paging(true)}) { c: timeline(id: $id, ${args(true)}) ${page('date fact { id }')} }`,
    variables: (ids) => ({ id: ids.ambassador }),
    pick: (data: { c: Connection }) => data.c,
    key: (node: { fact: { id: string } }) => node.fact.id,
    backward: true,
    whole: 500,
    size: 2,
    atLeast: 5,
  },
  {
    name: 'search',
    query: () =>
      `query(${paging(false)}) { c: search(text: "Fergana", ${args(false)}) ${page('entity { id } score')} }`,
    pick: (data: { c: Connection }) => data.c,
    key: (node: { entity: { id: string } }) => node.entity.id,
    backward: false,
    whole: 100,
    size: 2,
    atLeast: 5,
  },
  {
    name: 'investments',
    query: () => `query(${paging(false)}) { c: investments(${args(false)}) ${page('id')} }`,
    pick: (data: { c: Connection }) => data.c,
    key: (node: { id: string }) => node.id,
    backward: false,
    whole: 100,
    size: 2,
    atLeast: 5,
  },
  {
    name: "an entity's facts",
    query: () => `query($id: ID!, ${paging(false)}) { entity(id: $id) { c: facts(${args(false)}) ${page('id')} } }`,
    variables: (ids) => ({ id: ids.ambassador }),
    pick: (data: { entity: { c: Connection } }) => data.entity.c,
    key: (node: { id: string }) => node.id,
    backward: false,
    whole: 100,
    size: 3,
    atLeast: 7,
  },
  {
    name: "an entity's documents",
    query: () =>
      `query($id: ID!, ${paging(false)}) { entity(id: $id) { c: documents(${args(false)}) ${page('id publishedAt')} } }`,
    variables: (ids) => ({ id: ids.mostMentioned }),
    pick: (data: { entity: { c: Connection } }) => data.entity.c,
    key: (node: { id: string }) => node.id,
    backward: false,
    whole: 100,
    size: 2,
    atLeast: 3,
  },
  {
    name: "a place's or organisation's investors",
    query: () =>
      `query($id: ID!, ${paging(false)}) { entity(id: $id) { ... on Organization { c: investors(${args(false)}) ${page('id')} }
         ... on Place { c: investors(${args(false)}) ${page('id')} } } }`,
    variables: (ids) => ({ id: ids.mostBacked }),
    pick: (data: { entity: { c: Connection } }) => data.entity.c,
    key: (node: { id: string }) => node.id,
    backward: false,
    whole: 100,
    size: 1,
    atLeast: 2,
  },
  {
    name: "an organisation's portfolio",
    query: () =>
      `query($id: ID!, ${paging(false)}) { entity(id: $id) { ... on Organization { c: portfolio(${args(false)}) ${page('id')} } } }`,
    variables: (ids) => ({ id: ids.biggestInvestor }),
    pick: (data: { entity: { c: Connection } }) => data.entity.c,
    key: (node: { id: string }) => node.id,
    backward: false,
    whole: 100,
    size: 1,
    atLeast: 2,
  },
  {
    name: "a fact's evidence",
    // The fact with the most sources (so quotes), alone on its page of investments (the cursor before it).
    query: () =>
      `query($factAfter: String, ${paging(false)}) { investments(first: 1, after: $factAfter) { edges { node {
         c: evidence(${args(false)}) ${page('quote start document { id }')} } } } }`,
    variables: (ids) => ({ factAfter: ids.factAfter ?? null }),
    pick: (data: { investments: { edges: { node: { c: Connection } }[] } }) => data.investments.edges[0]!.node.c,
    key: (node: { quote: string; start: number; document: { id: string } }) =>
      `${node.document.id}:${node.start}:${node.quote}`,
    backward: false,
    whole: 20,
    size: 1,
    atLeast: 2,
  },
];

describe('Relay connections on the sample corpus', () => {
  let graph: Graph;
  let server: RunningServer;
  const ids: Record<string, string> = {};

  const query = async <T>(text: string, variables: Record<string, unknown> = {}) =>
    graphql<T>(server.url, text, variables);

  /** The entity a search finds first. */
  const find = async (text: string, kind: string) => {
    const response = await query<{ search: { edges: { node: { entity: { id: string; name: string } } }[] } }>(
      'query($text: String!, $kind: EntityKind!) { search(text: $text, kinds: [$kind], first: 1) { edges { node { entity { id name } } } } }',
      { text, kind },
    );
    const entity = response.data!.search.edges[0]!.node.entity;
    expect(entity.name).toBe(text);
    return entity.id;
  };

  /** The id that occurs most often among these. */
  const commonest = (values: string[]) => {
    const counts = new Map<string, number>();
    for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
    return [...counts].sort((a, b) => b[1] - a[1])[0]![0];
  };

  beforeAll(async () => {
    graph = openTestGraph();
    await resetGraph(graph);
    for (const article of corpusArticles()) await ingestArticle({ graph, maxBytes: 1_048_576 }, article);
    await ingestArticle({ graph, maxBytes: 1_048_576 }, { text: secondInvestor });
    server = await startTestServer(graph);
    ids.ambassador = await find('Beibut Atamkulov', 'Person');
    ids.plant = await find('Ferganaazot', 'Organization');
    ids.khokim = await find('Khairullo Bozarov', 'Person');
    const investments = await query<{
      investments: {
        edges: { cursor: string; node: { from: { id: string }; to: { id: string }; sourceCount: number } }[];
      };
    }>('query { investments(first: 100) { edges { cursor node { from { id } to { id } sourceCount } } } }');
    const edges = investments.data!.investments.edges;
    const quoted = edges.reduce(
      (best, edge, i) => (edge.node.sourceCount > edges[best]!.node.sourceCount ? i : best),
      0,
    );
    if (quoted > 0) ids.factAfter = edges[quoted - 1]!.cursor;
    const facts = edges.map((edge) => edge.node);
    ids.mostBacked = commonest(facts.map((fact) => fact.to.id));
    ids.biggestInvestor = commonest(facts.map((fact) => fact.from.id));
    const [row] = await graph.read('document-count', {});
    expect(Number(row!.documents)).toBeGreaterThan(3);
    const mentioned = await query<{
      entities: { edges: { node: { id: string; documents: { totalCount: number } } }[] };
    }>('query { entities(where: {kinds: [Country]}, first: 100) { edges { node { id documents { totalCount } } } } }');
    ids.mostMentioned = [...mentioned.data!.entities.edges].sort(
      (a, b) => b.node.documents.totalCount - a.node.documents.totalCount,
    )[0]!.node.id;
  });
  afterAll(async () => {
    await server.stop();
    await graph.close();
  });

  /** One page of a subject. */
  const fetchPage = async (subject: Subject, variables: Record<string, unknown>) => {
    const response = await query<never>(subject.query(ids), { ...subject.variables?.(ids), ...variables });
    expect(response.errors).toBeUndefined();
    return subject.pick(response.data!);
  };

  describe.each(subjects.map((subject) => [subject.name, subject] as const))('%s', (_name, subject) => {
    let whole: Connection;
    let keys: string[];

    beforeAll(async () => {
      whole = await fetchPage(subject, { first: subject.whole });
      keys = whole.edges.map((edge) => subject.key(edge.node as never));
    });

    it('is one page when the page holds it all: no page before or after, cursors at its ends', () => {
      expect(keys.length).toBeGreaterThanOrEqual(subject.atLeast);
      expect(new Set(keys).size).toBe(keys.length);
      expect(new Set(whole.edges.map((edge) => edge.cursor)).size).toBe(keys.length);
      expect(whole.pageInfo).toEqual({
        hasNextPage: false,
        hasPreviousPage: false,
        startCursor: whole.edges[0]!.cursor,
        endCursor: whole.edges.at(-1)!.cursor,
      });
      if (whole.totalCount !== undefined) expect(whole.totalCount).toBe(keys.length);
    });

    it('pages forward with first/after into the whole list, each item with the same cursor', async () => {
      const size = subject.size;
      let after: string | null = null;
      for (let start = 0; start < keys.length; start += size) {
        const connection: Connection = await fetchPage(subject, { first: size, after });
        const edges = whole.edges.slice(start, start + size);
        expect(connection.edges.map((edge) => subject.key(edge.node as never))).toEqual(
          keys.slice(start, start + size),
        );
        expect(connection.edges.map((edge) => edge.cursor)).toEqual(edges.map((edge) => edge.cursor));
        expect(connection.pageInfo).toEqual({
          hasNextPage: start + size < keys.length,
          hasPreviousPage: after !== null,
          startCursor: edges[0]!.cursor,
          endCursor: edges.at(-1)!.cursor,
        });
        if (whole.totalCount !== undefined) expect(connection.totalCount).toBe(keys.length);
        after = connection.pageInfo.endCursor;
      }
      // After the last item: an empty page without cursors.
      const past = await fetchPage(subject, { first: size, after });
      expect(past.edges).toEqual([]);
      expect(past.pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: true, startCursor: null, endCursor: null });
    });

    if (subject.backward) {
      it('pages backward with last/before from the end into the whole list', async () => {
        const size = subject.size;
        let before: string | null = null;
        for (let end = keys.length; end > 0; end -= size) {
          const start = Math.max(0, end - size);
          const connection: Connection = await fetchPage(subject, { last: size, before });
          const edges = whole.edges.slice(start, end);
          expect(connection.edges.map((edge) => subject.key(edge.node as never))).toEqual(keys.slice(start, end));
          expect(connection.edges.map((edge) => edge.cursor)).toEqual(edges.map((edge) => edge.cursor));
          expect(connection.pageInfo).toEqual({
            hasNextPage: before !== null,
            hasPreviousPage: start > 0,
            startCursor: edges[0]!.cursor,
            endCursor: edges.at(-1)!.cursor,
          });
          before = connection.pageInfo.startCursor;
        }
      });

      it('takes both cursors as bounds: the items strictly between them', async () => {
        const between = await fetchPage(subject, {
          first: subject.whole,
          after: whole.edges[1]!.cursor,
          before: whole.edges[4]!.cursor,
        });
        expect(between.edges.map((edge) => subject.key(edge.node as never))).toEqual(keys.slice(2, 4));
        const last = await fetchPage(subject, {
          last: 1,
          after: whole.edges[1]!.cursor,
          before: whole.edges[4]!.cursor,
        });
        expect(last.edges.map((edge) => subject.key(edge.node as never))).toEqual([keys[3]]);
        expect(last.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: true });
      });
    }
  });

  it("counts a fact's quotes in every statement that returns facts, as many as its evidence lists", async () => {
    const evidence = 'evidence(first: 10) { totalCount edges { cursor } }';
    // One root field a query: together they would pass MAX_QUERY_COST.
    const roots = [
      `entity(id: $a) { facts(first: 20) { edges { node { ${evidence} } } } }`,
      `entity(id: $plant) { ... on Organization { investors { edges { node { ${evidence} } } } } }`,
      `investments(first: 10) { edges { node { ${evidence} } } }`,
      `timeline(id: $a, first: 20) { edges { node { fact { ${evidence} } } } }`,
      `connections(from: $a, to: $b) { hops { fact { ${evidence} } } }`,
      `commonConnections(ids: [$a, $b]) { facts { ${evidence} } }`,
      `graphView(ids: [$a]) { edges { ${evidence} } }`,
    ];
    const counted: [string, number, number][] = [];
    const collect = (root: string, value: unknown): void => {
      if (Array.isArray(value)) value.forEach((item) => collect(root, item));
      else if (value && typeof value === 'object') {
        const record = value as { evidence?: { totalCount: number; edges: unknown[] } };
        if (record.evidence) counted.push([root, record.evidence.totalCount, record.evidence.edges.length]);
        Object.values(record).forEach((child) => collect(root, child));
      }
    };
    for (const root of roots) {
      const used = ['a', 'b', 'plant'].filter((name) => root.includes(`$${name}`));
      const response = await query<Record<string, unknown>>(
        `query${used.length ? `(${used.map((name) => `$${name}: ID!`).join(', ')})` : ''} { ${root} }`,
        Object.fromEntries(used.map((name) => [name, { a: ids.ambassador, b: ids.khokim, plant: ids.plant }[name]])),
      );
      expect(response.errors).toBeUndefined();
      collect(root, response.data);
    }
    // Every root gave facts, and some have more than one quote (none more than 10).
    expect(new Set(counted.map(([root]) => root)).size).toBe(roots.length);
    expect(counted.some(([, total]) => total > 1)).toBe(true);
    for (const [root, total, listed] of counted) expect([root, total]).toEqual([root, listed]);
  });

  it('reads a timeline backward from the latest item', async () => {
    const response = await query<{ timeline: { edges: { node: { date: string } }[]; totalCount: number } }>(
      'query($id: ID!) { timeline(id: $id, last: 2) { totalCount edges { node { date } } } }',
      { id: ids.ambassador },
    );
    const dates = response.data!.timeline.edges.map((edge) => edge.node.date);
    expect(dates).toEqual([...dates].sort());
    const all = await query<{ timeline: { edges: { node: { date: string } }[] } }>(
      'query($id: ID!) { timeline(id: $id) { edges { node { date } } } }',
      { id: ids.ambassador },
    );
    expect(dates).toEqual(all.data!.timeline.edges.slice(-2).map((edge) => edge.node.date));
    expect(response.data!.timeline.totalCount).toBe(all.data!.timeline.edges.length);
  });

  describe('refuses, with BAD_USER_INPUT naming the argument', () => {
    const cursorOf = async (text: string, pick: (data: never) => string, variables: Record<string, unknown> = {}) =>
      pick((await query<never>(text, variables)).data!);

    it.each([
      [
        'a search page over 100',
        'query { search(text: "Fergana", first: 101) { totalCount } }',
        'first: must be a whole number from 1 to 100, got 101',
      ],
      [
        'a timeline page over 500 from the end',
        'query($id: ID!) { timeline(id: $id, last: 501) { totalCount } }',
        'last: must be a whole number from 1 to 500, got 501',
      ],
      [
        'an empty page from the end',
        'query { entities(last: 0) { totalCount } }',
        'last: must be a whole number from 1 to 100, got 0',
      ],
      [
        'first with last',
        'query { entities(first: 2, last: 2) { totalCount } }',
        'last: cannot be given with first: page forward with first/after or backward with last/before',
      ],
      [
        'first with last on a timeline',
        'query($id: ID!) { timeline(id: $id, first: 2, last: 2) { totalCount } }',
        'last: cannot be given with first: page forward with first/after or backward with last/before',
      ],
      [
        'a documents page over 100',
        'query($id: ID!) { entity(id: $id) { documents(first: 101) { totalCount } } }',
        'documents.first: must be a whole number from 1 to 100, got 101',
      ],
      [
        'an empty investors page',
        'query($id: ID!) { entity(id: $id) { ... on Organization { investors(first: 0) { totalCount } } } }',
        'investors.first: must be a whole number from 1 to 100, got 0',
      ],
      [
        'a portfolio page over 100',
        'query($id: ID!) { entity(id: $id) { ... on Organization { portfolio(first: 101) { totalCount } } } }',
        'portfolio.first: must be a whole number from 1 to 100, got 101',
      ],
      [
        'an evidence page over 20',
        'query($id: ID!) { entity(id: $id) { facts { edges { node { evidence(first: 21) { edges { cursor } } } } } } }',
        'evidence.first: must be a whole number from 0 to 20, got 21',
      ],
      [
        'a forged documents cursor',
        'query($id: ID!) { entity(id: $id) { documents(after: "abc") { totalCount } } }',
        'documents.after: is not a cursor returned by this API for this list',
      ],
      [
        'a forged evidence cursor',
        'query($id: ID!) { investments(where: {target: $id}) { edges { node { evidence(after: "abc") { edges { cursor } } } } } }',
        'evidence.after: is not a cursor returned by this API for this list',
      ],
      [
        'a forged search cursor',
        'query { search(text: "Fergana", after: "W10") { totalCount } }',
        'after: is not a cursor returned by this API for this list',
      ],
    ])('%s', async (_name, text, message) => {
      const response = await query(text, text.includes('$id') ? { id: ids.plant } : {});
      expect(response.errors?.[0]).toMatchObject({ message, extensions: { code: 'BAD_USER_INPUT' } });
    });

    it("a cursor of another list, even one whose key looks the same (the entities' [name, id] on a timeline)", async () => {
      const entityCursor = await cursorOf(
        'query { entities(first: 1) { pageInfo { endCursor } } }',
        (data: { entities: { pageInfo: { endCursor: string } } }) => data.entities.pageInfo.endCursor,
      );
      const response = await query(
        'query($id: ID!, $before: String) { timeline(id: $id, last: 1, before: $before) { totalCount } }',
        {
          id: ids.ambassador,
          before: entityCursor,
        },
      );
      expect(response.errors?.[0]).toMatchObject({
        message: 'before: is not a cursor returned by this API for this list',
        extensions: { code: 'BAD_USER_INPUT', argument: 'before' },
      });
    });

    it('evidence selected with different cursors in one query (one statement serves one cursor)', async () => {
      const response = await query(
        `query($id: ID!) { entity(id: $id) { ... on Organization {
           investors { edges { node { evidence(first: 1) { edges { cursor } } } } }
           facts { edges { node { evidence(first: 1, after: "abc") { edges { cursor } } } } } } } }`,
        { id: ids.plant },
      );
      expect(response.errors?.[0]).toMatchObject({
        message: 'evidence.after: must be the same wherever evidence is selected in one query',
        extensions: { code: 'BAD_USER_INPUT' },
      });
    });
  });
});
