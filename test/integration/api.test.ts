/**
 * The read API and its rules against the sample corpus in a real Neo4j, over
 * real HTTP: the three jobs (investors, connections, graph views), search,
 * paging, limits, auth, and one database round trip per root field.
 */
import { InMemoryCache } from '@apollo/client/cache';
import { DOMParser } from '@xmldom/xmldom';
import { buildSchema, isAbstractType, parse, print } from 'graphql';
import { typeDefs } from '../../src/api/type-defs';
import type { Graph } from '../../src/graph/driver';
import { ingestArticle } from '../../src/ingest/ingest';
import type { RunningServer } from '../../src/server';
import { corpusArticles } from '../support/corpus';
import { countingGraph } from '../support/counting-graph';
import { openTestGraph, resetGraph } from '../support/graph';
import { asEditor, asReader, graphql, startTestServer } from '../support/server';

// Two envoys of one country to two others: linked to each other only through that country.
const envoyArticles = [
  'ULAANBAATAR, 3 March 2025\n\nThe Ambassador of Mongolia to Japan Ganbold Dorjsuren presented copies of his credentials in Tokyo.',
  'ULAANBAATAR, 5 March 2025\n\nThe Ambassador of Mongolia to Korea Enkhtuya Batsaikhan opened a trade week in Seoul.',
];

interface Ref {
  id: string;
  name: string;
  kind: string;
}

describe('the GraphQL API on the sample corpus', () => {
  let base: Graph;
  let graph: ReturnType<typeof countingGraph>;
  let server: RunningServer;
  const ids: Record<string, string> = {};

  const query = async <T>(
    text: string,
    variables: Record<string, unknown> = {},
    headers: Record<string, string> = {},
  ) => {
    const response = await graphql<T>(server.url, text, variables, headers);
    return response;
  };
  const find = async (text: string, kind?: string) => {
    const response = await query<{ search: { edges: { node: { entity: Ref } }[] } }>(
      'query($text: String!, $kinds: [EntityKind!]) { search(text: $text, kinds: $kinds, first: 1) { edges { node { entity { id name kind } } } } }',
      {
        text,
        kinds: kind ? [kind] : null,
      },
    );
    return response.data!.search.edges[0]!.node.entity;
  };

  beforeAll(async () => {
    base = openTestGraph();
    await resetGraph(base);
    for (const article of corpusArticles()) await ingestArticle({ graph: base, maxBytes: 1_048_576 }, article);
    for (const text of envoyArticles) await ingestArticle({ graph: base, maxBytes: 1_048_576 }, { text });
    graph = countingGraph(base);
    server = await startTestServer(graph, { MAX_VIEW_NODES: 200, outbox: base });
    for (const [key, text, kind] of [
      ['ambassador', 'Beibut Atamkulov', 'Person'],
      ['khokim', 'Khairullo Bozarov', 'Person'],
      ['plant', 'Ferganaazot', 'Organization'],
      ['investor', 'Indorama Corporation', 'Organization'],
      ['envoyJapan', 'Ganbold Dorjsuren', 'Person'],
      ['envoyKorea', 'Enkhtuya Batsaikhan', 'Person'],
    ] as const) {
      const entity = await find(text, kind);
      expect(entity.name).toBe(text);
      ids[key] = entity.id;
    }
  });
  afterAll(async () => {
    await server.stop();
    await base.close();
  });

  describe('investors behind plants', () => {
    it('names Indorama Corporation as the investor of Ferganaazot, with the sentence that says so', async () => {
      const response = await query<{
        investments: {
          totalCount: number;
          edges: {
            node: {
              from: Ref;
              to: Ref;
              evidence: { edges: { node: { quote: string; start: number; end: number; document: { id: string } } }[] };
            };
          }[];
        };
      }>(
        `query($target: ID!) { investments(where: {target: $target}) { totalCount edges { node {
           from { id name } to { id name } confidence sourceCount evidence { edges { node { quote start end sentence { text } document { id title } } } } } } } }`,
        { target: ids.plant },
      );
      expect(response.errors).toBeUndefined();
      const investors = response.data!.investments.edges.map((edge) => edge.node);
      expect(investors.map((fact) => fact.from.name)).toEqual(['Indorama Corporation']);
      expect(response.data!.investments.totalCount).toBe(1);
      const quotes = investors[0]!.evidence.edges.map((e) => e.node.quote);
      expect(quotes.some((quote) => /Indorama/.test(quote) && /investor/.test(quote))).toBe(true);
    });

    it('shows the same on the organisation, with its portfolio on the investor', async () => {
      type Facts<End extends string> = { edges: { node: Record<End, Ref> }[] };
      const response = await query<{
        plant: { investors: Facts<'from'> };
        investor: { portfolio: Facts<'to'> };
      }>(
        `query($plant: ID!, $investor: ID!) {
           plant: entity(id: $plant) { ... on Organization { investors { edges { node { from { name } } } } } }
           investor: entity(id: $investor) { ... on Organization { portfolio { edges { node { to { name } } } } } } }`,
        { plant: ids.plant, investor: ids.investor },
      );
      expect(response.data!.plant.investors.edges.map((f) => f.node.from.name)).toEqual(['Indorama Corporation']);
      expect(response.data!.investor.portfolio.edges.map((f) => f.node.to.name)).toContain('Ferganaazot');
    });
    it('finds the plants of a region or country through the zones and cities they are in, and none elsewhere', async () => {
      type Answer = { investments: { totalCount: number; edges: { node: { from: Ref; to: Ref } }[] } };
      const text = `query($region: ID, $country: ID) { investments(where: {region: $region, country: $country}, first: 50) {
        totalCount edges { node { from { name } to { name } } } } }`;
      const investments = async (variables: { region?: string; country?: string }) => {
        const response = await query<Answer>(text, variables);
        expect(response.errors).toBeUndefined();
        expect(response.data!.investments.totalCount).toBe(response.data!.investments.edges.length);
        return response.data!.investments.edges.map(({ node }) => `${node.from.name} -> ${node.to.name}`).sort();
      };
      const [fergana, uzbekistan, almaty] = await Promise.all([
        find('Fergana Region', 'Region'),
        find('Uzbekistan', 'Country'),
        find('Almaty Region', 'Region'),
      ]);
      expect([fergana.name, uzbekistan.name, almaty.name]).toEqual(['Fergana Region', 'Uzbekistan', 'Almaty Region']);
      // en-fergana-korea-delegation: Margilan is in the region; en-kokand-fez-indorama: the zone lies in Kokand, a
      // city of the region, and Ferganaazot in the city of Fergana. Quva Tekstil's Kuva District is never said to
      // be in the region, and the Jizzakh zone is elsewhere: neither is listed.
      const inFergana = [
        'Hanil Textile Co. -> Fergana Hanil Textile',
        'Indorama Corporation -> Ferganaazot',
        'Indorama Corporation -> Indorama Kokand Textile',
      ];
      expect(await investments({ region: fergana.id })).toEqual(inFergana);
      // Fergana Region is part of Uzbekistan: the Kokand plant is four facts away from the country. The Namangan
      // group is in the city of Namangan, which the gazetteer puts in Uzbekistan.
      expect(await investments({ country: uzbekistan.id })).toEqual(
        [...inFergana, 'Textima Holding GmbH -> Namangan Textile Group LLC'].sort(),
      );
      // ru-almaty-china-consul: the glass plant is in the Alatau zone, in Almaty region.
      expect(await investments({ region: almaty.id })).toEqual(['Anhui Xinda Group -> Kazakh Glass Alatau']);
    });

    it('finds plants whose stated facts stop at a city, through the gazetteer, without storing containment', async () => {
      const text = `query($region: ID, $country: ID) { investments(where: {region: $region, country: $country}, first: 50) {
        totalCount edges { node { from { name } to { name } } } } }`;
      const investments = async (variables: { region?: string; country?: string }) => {
        const response = await query<{
          investments: { totalCount: number; edges: { node: { from: Ref; to: Ref } }[] };
        }>(text, variables);
        expect(response.errors).toBeUndefined();
        expect(response.data!.investments.totalCount).toBe(response.data!.investments.edges.length);
        return response.data!.investments.edges.map(({ node }) => `${node.from.name} -> ${node.to.name}`).sort();
      };
      const [tajikistan, kazakhstan, namangan, sughd] = await Promise.all([
        find('Tajikistan', 'Country'),
        find('Kazakhstan', 'Country'),
        find('Namangan Region', 'Region'),
        find('Sughd Region', 'Region'),
      ]);
      // The Sughd zone lies in Khujand (en-sughd-turkey-ambassador), a city the gazetteer puts in Sughd, Tajikistan;
      // the texts never say Khujand is in either. The Istaravshan factory has no stated place: not listed.
      const inSughd = ['Anadolu Tekstil A.S. -> Khujand Cotton Mill', 'Orenburgselmash -> Sughd Agromash'];
      expect(await investments({ country: tajikistan.id })).toEqual(inSughd);
      expect(await investments({ region: sughd.id })).toEqual(inSughd);
      // The glass plant is in the Alatau zone, in Almaty region: a region of Kazakhstan.
      expect(await investments({ country: kazakhstan.id })).toEqual(['Anhui Xinda Group -> Kazakh Glass Alatau']);
      // de-namangan-botschafterin: the group works in the city of Namangan, centre of the region of that name.
      expect(await investments({ region: namangan.id })).toEqual([
        'Textima Holding GmbH -> Namangan Textile Group LLC',
      ]);
      // Nothing was stored: Khujand is still not PART_OF anything.
      const [row] = await graph.runAutoCommit(
        "MATCH (:Entity {name: 'Khujand'})-[r:PART_OF|LOCATED_IN]->() RETURN count(r) AS stated",
      );
      expect(row!.stated).toBe(0);
    });
  });

  describe('connections between officials', () => {
    it('orders equally long paths by their facts, so that the same graph gives the same paths', async () => {
      const response = await query<{ connections: { length: number; hops: { fact: { id: string } }[] }[] }>(
        `query($from: ID!, $to: ID!) { connections(from: $from, to: $to, first: 10) { length hops { fact { id } } } }`,
        { from: ids.ambassador, to: ids.khokim },
      );
      const paths = response.data!.connections.map((p) => ({ length: p.length, facts: p.hops.map((h) => h.fact.id) }));
      const sorted = [...paths].sort(
        (a, b) => a.length - b.length || a.facts.join(' ').localeCompare(b.facts.join(' ')),
      );
      // Several paths share a length here, so the order is the tie-break's, not an accident of one path.
      expect(new Set(paths.map((p) => p.length)).size).toBeLessThan(paths.length);
      expect(paths).toEqual(sorted);
    });

    it('connects the ambassador and the Fergana khokim through their meeting, with evidence', async () => {
      const response = await query<{
        connections: {
          length: number;
          hops: { from: Ref; to: Ref; fact: { type: string; evidence: { edges: { node: { quote: string } }[] } } }[];
        }[];
      }>(
        `query($from: ID!, $to: ID!) { connections(from: $from, to: $to) { length hops {
           from { name } to { name } fact { type confidence sourceCount evidence(first: 1) { edges { node { quote } } } } } } }`,
        { from: ids.ambassador, to: ids.khokim },
      );
      expect(response.errors).toBeUndefined();
      const [shortest] = response.data!.connections;
      expect(shortest).toMatchObject({
        length: 1,
        // MET_WITH is symmetric; it is stored (and read) with its endpoints in id order.
        hops: [{ from: { name: 'Khairullo Bozarov' }, to: { name: 'Beibut Atamkulov' }, fact: { type: 'MET_WITH' } }],
      });
      expect(shortest!.hops[0]!.fact.evidence.edges[0]!.node.quote).toMatch(/Atamkulov/);
    });

    it('finds no path that would have to pass through a country, unless countries are allowed', async () => {
      const variables = { from: ids.envoyJapan, to: ids.envoyKorea };
      const text = `query($from: ID!, $to: ID!, $exclude: [EntityKind!]) { connections(from: $from, to: $to, excludeKinds: $exclude) { length hops { to { name kind } } } }`;
      const blocked = await query<{ connections: unknown[] }>(text, variables);
      expect(blocked.data!.connections).toEqual([]);
      const allowed = await query<{ connections: { length: number; hops: { to: Ref }[] }[] }>(text, {
        ...variables,
        exclude: [],
      });
      // Both envoys REPRESENT Mongolia: the second hop is walked against its fact, which still reads envoy -> country.
      expect(allowed.data!.connections[0]).toMatchObject({
        length: 2,
        hops: [{ to: { name: 'Mongolia', kind: 'Country' } }, { to: { name: 'Mongolia', kind: 'Country' } }],
      });
    });

    it("gives each hop its fact's own direction and says which way the path walks it", async () => {
      type Hop = { from: Ref; to: Ref; forward: boolean; fact: { type: string; from: Ref; to: Ref } };
      const text = `query($from: ID!, $to: ID!) { connections(from: $from, to: $to, first: 10) { hops {
        from { name } to { name } forward fact { type from { name } to { name } } } } }`;
      const region = (await find('Fergana Region', 'Region')).id;
      const backwards = await query<{ connections: { hops: Hop[] }[] }>(text, { from: region, to: ids.khokim });
      expect(backwards.errors).toBeUndefined();
      const governs = backwards.data!.connections.flatMap((p) => p.hops).find((hop) => hop.fact.type === 'GOVERNS');
      expect(governs).toEqual({
        from: { name: 'Khairullo Bozarov' },
        to: { name: 'Fergana Region' },
        forward: false,
        fact: { type: 'GOVERNS', from: { name: 'Khairullo Bozarov' }, to: { name: 'Fergana Region' } },
      });
      const along = await query<{ connections: { hops: Hop[] }[] }>(text, { from: ids.khokim, to: region });
      const same = along.data!.connections.flatMap((p) => p.hops).find((hop) => hop.fact.type === 'GOVERNS');
      expect(same).toEqual({ ...governs, forward: true });
    });

    it('keeps every path within maxHops', async () => {
      const text = `query($from: ID!, $to: ID!, $maxHops: Int) { connections(from: $from, to: $to, maxHops: $maxHops, first: 10) { length } }`;
      for (const maxHops of [1, 2, 3, 5]) {
        const response = await query<{ connections: { length: number }[] }>(text, {
          from: ids.ambassador,
          to: ids.investor,
          maxHops,
        });
        expect(response.errors).toBeUndefined();
        const lengths = response.data!.connections.map((path) => path.length);
        expect(lengths.length).toBeGreaterThan(0);
        expect(Math.max(...lengths)).toBeLessThanOrEqual(maxHops);
      }
    });

    it('lists entities linked to both the ambassador and the khokim', async () => {
      const response = await query<{ commonConnections: { entity: Ref; facts: { type: string }[] }[] }>(
        'query($ids: [ID!]!) { commonConnections(ids: $ids) { entity { name kind } facts { type } } }',
        { ids: [ids.ambassador, ids.khokim] },
      );
      expect(response.errors).toBeUndefined();
      for (const common of response.data!.commonConnections) {
        expect(common.entity.kind).not.toBe('Country');
        expect(common.facts.length).toBeGreaterThanOrEqual(2);
      }
    });

    it('gives a timeline in date order', async () => {
      const response = await query<{ timeline: { edges: { node: { date: string; fact: { type: string } } }[] } }>(
        'query($id: ID!) { timeline(id: $id) { edges { node { date fact { type } } } } }',
        { id: ids.ambassador },
      );
      const items = response.data!.timeline.edges.map((edge) => edge.node);
      const dates = items.map((item) => item.date);
      expect(dates.length).toBeGreaterThan(2);
      expect(dates).toEqual([...dates].sort());
      expect(items.map((item) => item.fact.type)).toContain('MET_WITH');
    });
  });

  describe('graph views', () => {
    const viewQuery = `query($ids: [ID!]!, $limit: Int) { graphView(ids: $ids, limit: $limit) { truncated nodes { id name kind } edges { id type from { id } to { id } } } }`;

    it('draws the plants the ambassador visited around him', async () => {
      const response = await query<{
        graphView: { truncated: boolean; nodes: Ref[]; edges: { type: string; from: Ref; to: Ref }[] };
      }>(viewQuery, { ids: [ids.ambassador] });
      expect(response.errors).toBeUndefined();
      const view = response.data!.graphView;
      const names = view.nodes.map((n) => n.name);
      expect(names).toEqual(expect.arrayContaining(['Beibut Atamkulov', 'Ferganaazot', 'Ferghana Oil Refinery']));
      const visited = view.edges
        .filter((e) => e.type === 'VISITED' && e.from.id === ids.ambassador)
        .map((e) => e.to.id);
      expect(visited).toContain(ids.plant);
      const nodeIds = new Set(view.nodes.map((n) => n.id));
      for (const edge of view.edges) expect(nodeIds.has(edge.from.id) && nodeIds.has(edge.to.id)).toBe(true);
    });

    it('gives fact properties only when selected, the same facts and endpoints either way', async () => {
      type Edge = { id: string; from: Ref; to: Ref; confidence?: number; sourceCount?: number; status?: string };
      const view = async (edgeFields: string) =>
        (
          await query<{ graphView: { edges: Edge[] } }>(
            `query($ids: [ID!]!) { graphView(ids: $ids) { edges { ${edgeFields} } } }`,
            { ids: [ids.ambassador] },
          )
        ).data!.graphView.edges;
      const bare = await view('id from { id name kind } to { id name kind }');
      const full = await view('id from { id name kind } to { id name kind } confidence sourceCount status');
      expect(full.map(({ id, from, to }) => ({ id, from, to }))).toEqual(bare);
      expect(full.length).toBeGreaterThan(5);
      for (const edge of full) {
        expect(edge.confidence).toBeGreaterThan(0);
        expect(edge.sourceCount).toBeGreaterThanOrEqual(1);
        expect(['stated', 'planned']).toContain(edge.status);
      }
    });

    it('says when the view was cut at its limit', async () => {
      const response = await query<{ graphView: { truncated: boolean; nodes: Ref[] } }>(viewQuery, {
        ids: [ids.ambassador],
        limit: 3,
      });
      expect(response.data!.graphView.nodes).toHaveLength(3);
      expect(response.data!.graphView.truncated).toBe(true);
    });

    it.each([
      ['graphml', 'node', 'edge', 'application/graphml+xml'],
      ['gexf', 'node', 'edge', 'application/gexf+xml'],
    ])(
      'exports the same view as %s that parses as XML with the same counts',
      async (format, nodeTag, edgeTag, contentType) => {
        const view = (
          await query<{ graphView: { nodes: Ref[]; edges: unknown[] } }>(viewQuery, { ids: [ids.ambassador] })
        ).data!.graphView;
        const response = await fetch(`${server.url}/export/${format}?ids=${ids.ambassador}`);
        expect(response.status).toBe(200);
        expect(response.headers.get('content-type')).toContain(contentType);
        const errors: string[] = [];
        const document = new DOMParser({
          onError: (level, message) => void (level !== 'warning' && errors.push(message)),
        }).parseFromString(await response.text(), 'text/xml');
        expect(errors).toEqual([]);
        expect(document.getElementsByTagName(nodeTag).length).toBe(view.nodes.length);
        expect(document.getElementsByTagName(edgeTag).length).toBe(view.edges.length);
      },
    );

    it('exports Cytoscape JSON, and refuses bad export parameters naming them', async () => {
      const json = (await (await fetch(`${server.url}/export/cytoscape?ids=${ids.ambassador}`)).json()) as {
        elements: { nodes: unknown[] };
      };
      expect(json.elements.nodes.length).toBeGreaterThan(3);
      const bad = await fetch(`${server.url}/export/graphml?ids=${ids.ambassador}&depth=9`);
      expect(bad.status).toBe(400);
      expect(((await bad.json()) as { errors: { message: string }[] }).errors[0]!.message).toBe(
        'depth: must be a whole number from 1 to 3, got 9',
      );
      const unknown = await fetch(`${server.url}/export/pdf?ids=${ids.ambassador}`);
      expect(unknown.status).toBe(404);
    });
  });

  describe('in an Apollo Client cache', () => {
    it('normalises real answers to one record and one __typename per entity id, without warnings', async () => {
      // What the README tells a client to configure: possibleTypes from the schema's abstract types.
      const schema = buildSchema(typeDefs);
      const possibleTypes = Object.fromEntries(
        Object.values(schema.getTypeMap())
          .filter(isAbstractType)
          .map((type) => [type.name, schema.getPossibleTypes(type).map((t) => t.name)]),
      );
      const cache = new InMemoryCache({ possibleTypes });
      const warnings = [jest.spyOn(console, 'warn'), jest.spyOn(console, 'error')];
      const ref = 'id name kind';
      const fact = `id type from { ${ref} } to { ${ref} }`;
      const queries: [string, Record<string, unknown>][] = [
        [
          `query($id: ID!) { entity(id: $id) { ${ref} aliases facts(first: 50) { edges { cursor node { ${fact} } } } } }`,
          { id: ids.khokim },
        ],
        [
          `query($id: ID!) { entity(id: $id) { ${ref} documents { edges { cursor node { id title } } }
             ... on Organization { investors { edges { cursor node { ${fact} } } } portfolio { edges { cursor node { ${fact} } } } } } }`,
          { id: ids.investor },
        ],
        [`query { entities(first: 100) { edges { cursor node { ${ref} roles } } } }`, {}],
        [`query { investments(first: 100) { edges { cursor node { ${fact} } } } }`, {}],
        [
          `query($a: ID!, $b: ID!) { connections(from: $a, to: $b, first: 10) { length hops { from { ${ref} } fact { ${fact} } to { ${ref} } } } }`,
          { a: ids.ambassador, b: ids.khokim },
        ],
        [
          `query($ids: [ID!]!) { graphView(ids: $ids, depth: 2) { truncated nodes { ${ref} aliases ... on Place { roles } } edges { ${fact} } } }`,
          { ids: [ids.ambassador, ids.plant] },
        ],
        [
          `query { search(text: "Fergana", first: 20) { edges { cursor node { matched score entity { ${ref} } } } } }`,
          {},
        ],
        [
          `query($id: ID!) { timeline(id: $id, last: 5) { edges { cursor node { date fact { ${fact} evidence(first: 2) { edges { cursor node { quote } } } } } } pageInfo { hasPreviousPage startCursor } } }`,
          { id: ids.ambassador },
        ],
        [
          `query($ids: [ID!]!) { commonConnections(ids: $ids) { entity { ${ref} } facts { ${fact} } } }`,
          { ids: [ids.ambassador, ids.khokim] },
        ],
      ];
      const kinds = new Map<string, Set<string>>();
      const collect = (value: unknown): void => {
        if (Array.isArray(value)) value.forEach(collect);
        else if (value && typeof value === 'object') {
          const record = value as Record<string, unknown>;
          if (typeof record.id === 'string' && record.id.startsWith('ent_') && typeof record.kind === 'string')
            kinds.set(record.id, new Set([...(kinds.get(record.id) ?? []), record.kind]));
          Object.values(record).forEach(collect);
        }
      };
      for (const [text, variables] of queries) {
        // As Apollo Client sends it: with __typename added to every selection.
        const document = cache.transformDocument(parse(text));
        const response = await query<Record<string, unknown>>(print(document), variables);
        expect(response.errors).toBeUndefined();
        collect(response.data);
        cache.writeQuery({ query: document, variables, data: response.data! });
      }
      const typenames = new Map<string, string[]>();
      for (const key of Object.keys(cache.extract())) {
        const match = /^(\w+):(ent_\w+)$/.exec(key);
        if (match) typenames.set(match[2]!, [...(typenames.get(match[2]!) ?? []), match[1]!]);
      }
      expect(kinds.size).toBeGreaterThan(30);
      for (const [id, kindsOfId] of kinds) {
        // One kind per id in every answer, and one cache record, named by that kind.
        expect([id, [...kindsOfId]]).toEqual([id, [expect.any(String)]]);
        expect([id, typenames.get(id)]).toEqual([id, [...kindsOfId]]);
      }
      for (const spy of warnings) {
        expect(spy).not.toHaveBeenCalled();
        spy.mockRestore();
      }
    });

    it('refuses an entity collection where only the reference was fetched, naming it', async () => {
      const response = await query(
        `query($id: ID!) { investments(where: {target: $id}) { edges { node { from { ... on Organization { portfolio { totalCount } } } } } } }`,
        { id: ids.plant },
      );
      expect(response.errors?.[0]).toMatchObject({
        message: expect.stringContaining('portfolio'),
        extensions: { code: 'BAD_USER_INPUT' },
      });
    });
  });

  describe('search', () => {
    it.each(['Фергана', "Farg'ona", 'ferghana', 'FERGANA region'])('finds Fergana Region for %s', async (text) => {
      const response = await query<{ search: { edges: { node: { entity: Ref; matched: string; score: number } }[] } }>(
        'query($text: String!) { search(text: $text) { edges { node { entity { name kind } matched score } } } }',
        { text },
      );
      expect(response.data!.search.edges.map((hit) => hit.node.entity.name)).toContain('Fergana Region');
    });

    it('ranks an exact folded match first and names the matched alias', async () => {
      const response = await query<{ search: { edges: { node: { entity: Ref; matched: string; score: number } }[] } }>(
        'query { search(text: "Хайрулло Бозоров") { edges { node { entity { name } matched score } } } }',
      );
      expect(response.data!.search.edges[0]!.node).toMatchObject({
        entity: { name: 'Khairullo Bozarov' },
        matched: 'Хайрулло Бозоров',
        score: 1,
      });
    });
  });

  describe('entities', () => {
    it('pages with keyset cursors and counts only when asked', async () => {
      const text = `query($after: String) { entities(where: {kinds: [Organization]}, first: 5, after: $after) {
        totalCount edges { cursor node { id name } } pageInfo { hasNextPage endCursor } } }`;
      type Page = {
        entities: { totalCount: number; edges: { node: Ref }[]; pageInfo: { hasNextPage: boolean; endCursor: string } };
      };
      const seen: string[] = [];
      let after: string | null = null;
      let total = 0;
      do {
        const page: Page = (await query<Page>(text, { after })).data!;
        total = page.entities.totalCount;
        seen.push(...page.entities.edges.map((edge) => edge.node.name));
        after = page.entities.pageInfo.hasNextPage ? page.entities.pageInfo.endCursor : null;
      } while (after);
      expect(seen).toHaveLength(total);
      expect(new Set(seen).size).toBe(total);
      expect(seen).toEqual([...seen].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    });

    it("gives a complete Relay PageInfo on entities, investments and an entity's facts", async () => {
      interface Connection {
        totalCount: number;
        edges: { cursor: string }[];
        pageInfo: {
          hasNextPage: boolean;
          hasPreviousPage: boolean;
          startCursor: string | null;
          endCursor: string | null;
        };
      }
      const fields = 'totalCount edges { cursor } pageInfo { hasNextPage hasPreviousPage startCursor endCursor }';
      /** Pages the connection to its end, checking each PageInfo against its edges; the number of pages. */
      const pageThrough = async (text: string, pick: (data: never) => Connection, variables = {}) => {
        let after: string | null = null;
        let pages = 0;
        let seen = 0;
        let connection: Connection;
        do {
          const response = await query<never>(text, { ...variables, after });
          expect(response.errors).toBeUndefined();
          connection = pick(response.data!);
          const { edges, pageInfo } = connection;
          expect(pageInfo).toEqual({
            hasNextPage: seen + edges.length < connection.totalCount,
            hasPreviousPage: after !== null,
            startCursor: edges[0]?.cursor ?? null,
            endCursor: edges.at(-1)?.cursor ?? null,
          });
          seen += edges.length;
          pages += 1;
          after = pageInfo.hasNextPage ? pageInfo.endCursor : null;
        } while (after);
        expect(seen).toBe(connection.totalCount);
        return pages;
      };
      expect(
        await pageThrough(
          `query($after: String) { c: entities(where: {kinds: [Organization]}, first: 5, after: $after) { ${fields} } }`,
          (data: { c: Connection }) => data.c,
        ),
      ).toBeGreaterThan(2);
      expect(
        await pageThrough(
          `query($after: String) { c: investments(first: 1, after: $after) { ${fields} } }`,
          (data: { c: Connection }) => data.c,
        ),
      ).toBeGreaterThan(1);
      expect(
        await pageThrough(
          `query($id: ID!, $after: String) { entity(id: $id) { facts(first: 2, after: $after) { ${fields} } } }`,
          (data: { entity: { facts: Connection } }) => data.entity.facts,
          { id: ids.khokim },
        ),
      ).toBeGreaterThan(1);
      // An empty page has no cursors.
      const empty = await query<{ c: Connection }>(
        `query { c: entities(where: {name: "no such name anywhere"}) { ${fields} } }`,
      );
      expect(empty.data!.c.pageInfo).toEqual({
        hasNextPage: false,
        hasPreviousPage: false,
        startCursor: null,
        endCursor: null,
      });
    });

    it('filters by role, folded name and place', async () => {
      const response = await query<{ diplomats: { edges: { node: Ref }[] }; inFergana: { edges: { node: Ref }[] } }>(
        `query($region: ID!) {
           diplomats: entities(where: {roles: [Diplomat], name: "atamkulov"}) { edges { node { name } } }
           inFergana: entities(where: {within: $region}, first: 100) { edges { node { name } } } }`,
        { region: (await find('Fergana Region', 'Region')).id },
      );
      expect(response.data!.diplomats.edges.map((e) => e.node.name)).toEqual(['Beibut Atamkulov']);
      const inFergana = response.data!.inFergana.edges.map((e) => e.node.name);
      // Its governor, and a plant three containment facts away (zone, city, region).
      expect(inFergana).toEqual(expect.arrayContaining(['Khairullo Bozarov', 'Indorama Kokand Textile']));
      expect(inFergana).not.toContain('Quva Tekstil');
    });

    it('counts the cities the gazetteer puts in a place as within it, and what is located in them', async () => {
      const response = await query<{ inSughd: { totalCount: number; edges: { node: Ref }[] } }>(
        `query($region: ID!) { inSughd: entities(where: {within: $region}, first: 100) { totalCount edges { node { name } } } }`,
        { region: (await find('Sughd Region', 'Region')).id },
      );
      const inSughd = response.data!.inSughd.edges.map((e) => e.node.name);
      // Khujand itself, the zone within its city limits, the mill in the zone, and the region's chairman.
      expect(inSughd).toEqual(
        expect.arrayContaining(['Khujand', 'Sughd Free Economic Zone', 'Khujand Cotton Mill', 'Abdurahmon Qodirzoda']),
      );
      expect(inSughd).not.toContain('Namangan');
      expect(response.data!.inSughd.totalCount).toBe(inSughd.length);
    });

    it('serves an entity with its facts, documents and evidence in one round trip', async () => {
      graph.reset();
      const response = await query<{
        entity: {
          name: string;
          aliases: string[];
          facts: { totalCount: number; edges: { node: { type: string; evidence: { edges: unknown[] } } }[] };
          documents: { totalCount: number; edges: unknown[] };
        };
      }>(
        `query($id: ID!) { entity(id: $id) { name aliases roles
           facts(first: 50) { totalCount edges { node { type from { name } to { name } evidence { edges { node { quote document { title } } } } } } }
           documents { totalCount edges { node { id title } } } } }`,
        { id: ids.khokim },
      );
      expect(response.errors).toBeUndefined();
      expect(graph.roundTrips).toEqual(['read/entities']);
      const entity = response.data!.entity;
      expect(entity.aliases).toEqual(expect.arrayContaining(['Khayrullo Bozorov']));
      expect(entity.facts.edges.map((e) => e.node.type)).toEqual(expect.arrayContaining(['GOVERNS', 'MET_WITH']));
      expect(entity.facts.edges.every((e) => e.node.evidence.edges.length > 0)).toBe(true);
      expect(entity.documents.edges.length).toBeGreaterThanOrEqual(2);
      expect(entity.documents.totalCount).toBe(entity.documents.edges.length);
    });

    it('reads an entity whose lists are not selected with the short statement, the same own fields', async () => {
      const own = 'id kind name aliases roles';
      graph.reset();
      const short = await query<{ entity: Record<string, unknown> }>(`query($id: ID!) { entity(id: $id) { ${own} } }`, {
        id: ids.khokim,
      });
      expect(short.errors).toBeUndefined();
      expect(graph.roundTrips).toEqual(['read/entity-fields']);
      graph.reset();
      const full = await query<{ entity: Record<string, unknown> }>(
        `query($id: ID!) { entity(id: $id) { ${own} facts(first: 1) { totalCount } } }`,
        { id: ids.khokim },
      );
      expect(graph.roundTrips).toEqual(['read/entities']);
      const { facts: _facts, ...fullOwn } = full.data!.entity;
      expect(short.data!.entity).toEqual(fullOwn);
      expect(short.data!.entity).toMatchObject({ name: 'Khairullo Bozarov', kind: 'Person' });
    });

    it('answers an unknown id with null and keeps the rest of the batch', async () => {
      const response = await query<{
        a: { name: string } | null;
        b: { name: string } | null;
        t: unknown | null;
        p: unknown[] | null;
      }>(
        `query($good: ID!) {
           a: entity(id: $good) { name }
           b: entity(id: "ent_nope") { name }
           t: timeline(id: "ent_nope") { edges { node { date } } }
           p: connections(from: $good, to: "ent_nope") { length } }`,
        { good: ids.khokim },
      );
      expect(response.data).toEqual({ a: { name: 'Khairullo Bozarov' }, b: null, t: null, p: null });
      // Only the path query, which asked for two required entities, says what was missing.
      expect(response.errors).toEqual([
        expect.objectContaining({
          message: 'No entity with id "ent_nope"',
          path: ['p'],
          extensions: expect.objectContaining({ code: 'NOT_FOUND' }),
        }),
      ]);
    });

    it('makes one database round trip per root field, however deep the selection', async () => {
      graph.reset();
      const response = await query(
        `query($a: ID!, $b: ID!) {
           one: entity(id: $a) { name facts(first: 5) { edges { node { from { name } evidence { edges { node { quote } } } } } }
             ... on Person { documents { totalCount edges { node { title } } } } }
           many: entities(first: 10) { edges { node { name facts(first: 3) { edges { node { type } } } } } }
           hits: search(text: "Fergana") { totalCount edges { node { entity { name } } } }
           paths: connections(from: $a, to: $b) { hops { fact { evidence { edges { node { quote } } } } } }
           view: graphView(ids: [$a]) { nodes { name } edges { evidence { edges { node { quote } } } } }
           dates: timeline(id: $a, last: 2) { totalCount edges { node { fact { evidence { edges { node { quote } } } } } } } }`,
        { a: ids.ambassador, b: ids.khokim },
      );
      expect(response.errors).toBeUndefined();
      expect(graph.roundTrips).toHaveLength(6);
    });
  });

  describe('errors and limits', () => {
    it.each([
      [
        'an unknown path end',
        'query { connections(from: "ent_nope", to: "b") { length } }',
        'NOT_FOUND',
        'No entity with id "ent_nope"',
      ],
      [
        'a page over 100',
        'query { entities(first: 500) { totalCount } }',
        'BAD_USER_INPUT',
        'first: must be a whole number from 1 to 100, got 500',
      ],
      [
        'too many hops',
        'query { connections(from: "a", to: "b", maxHops: 7) { length } }',
        'BAD_USER_INPUT',
        'maxHops: must be a whole number from 1 to 6, got 7',
      ],
      [
        'a view too large',
        'query { graphView(ids: ["a"], limit: 201) { truncated } }',
        'BAD_USER_INPUT',
        'limit: must be a whole number from 1 to 200, got 201',
      ],
      [
        'a forged cursor',
        'query { entities(after: "not-a-cursor") { totalCount } }',
        'BAD_USER_INPUT',
        'after: is not a cursor returned by this API for this list',
      ],
      [
        'a bad timeline date',
        'query { timeline(id: "a", from: "March") { totalCount } }',
        'BAD_USER_INPUT',
        'from: must be YYYY, YYYY-MM or YYYY-MM-DD, got "March"',
      ],
    ])('answers %s with a coded error', async (_name, text, code, message) => {
      const response = await query(text);
      expect(response.errors?.[0]).toMatchObject({ message, extensions: { code } });
    });
  });

  describe('writes need an editor key', () => {
    const mutation =
      'mutation { ingestDocument(input: {text: "The Minister of Trade of Kyrgyzstan visited Osh."}) { status } }';
    it.each([
      ['no key', {}, 'UNAUTHENTICATED', 401],
      ['a wrong key', { authorization: 'Bearer not-a-known-key-123' }, 'UNAUTHENTICATED', 401],
      ['a reader key', asReader, 'FORBIDDEN', 403],
    ])('refuses %s and writes nothing', async (_name, headers, code, status) => {
      const [before] = await base.read('document-count');
      const response = await query(mutation, {}, headers as Record<string, string>);
      expect(response.status).toBe(status);
      expect(response.errors?.[0]?.extensions?.code).toBe(code);
      expect(await base.read('document-count')).toEqual([before]);
    });

    it('accepts an editor key', async () => {
      const response = await query<{ ingestDocument: { status: string } }>(mutation, {}, asEditor);
      expect(response.data!.ingestDocument.status).toBe('INGESTED');
    });
  });
});
