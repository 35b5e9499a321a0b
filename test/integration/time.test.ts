/**
 * When facts held, against a real Neo4j: an article naming a new holder of a single-holder office
 * (a region's khokim, a country's ambassador to a country) ends the earlier holder's facts with an
 * inferred validTo and the document that implied it, in the ingest's transaction and its change entry;
 * holders(asOf:) answers who held the office on each date; deleting the later article undoes the end
 * exactly; an article dated before the holder was last seen ends nothing. Articles invented for the test.
 */
import { deleteDocument } from '../../src/graph/delete-document';
import type { Graph } from '../../src/graph/driver';
import { ingestArticle } from '../../src/ingest/ingest';
import type { RunningServer } from '../../src/server';
import { openTestGraph, resetGraph } from '../support/graph';
import { asEditor, graphql, startTestServer } from '../support/server';
import { graphSnapshot } from '../support/snapshot';

const earlier = {
  title: 'A textile plant opens in Zarafshan',
  publishedAt: '2024-03-01',
  text:
    'Khokim of Zarafshan region Tolib Rakhimov opened a textile plant in the region on Friday. ' +
    'Ambassador of Norway to Uzbekistan Erik Lundvall attended the ceremony.',
};
const later = {
  title: 'Zarafshan receives investors',
  publishedAt: '2025-06-10',
  text:
    'Khokim of Zarafshan region Dilshod Umarov, appointed in May 2025, received a delegation of investors. ' +
    'The newly appointed Ambassador of Norway to Uzbekistan Ingrid Sletten took part in the talks.',
};

const holdersQuery = `query($of: ID!, $asOf: String, $types: [RelationType!]) {
  holders(of: $of, asOf: $asOf, types: $types) {
    entity { name } since until
    fact { type validFrom validTo validToInferred endedBy { id publishedAt } evidence(first: 1) { edges { node { quote } } } }
  }
}`;

interface HolderAnswer {
  entity: { name: string };
  since: string | null;
  until: string | null;
  fact: {
    type: string;
    validFrom: string | null;
    validTo: string | null;
    validToInferred: boolean;
    endedBy: { id: string; publishedAt: string } | null;
    evidence: { edges: { node: { quote: string } }[] };
  };
}

interface AsOfReads {
  entity: { facts: { edges: { node: { from: { name: string } } }[] } };
  investments: { totalCount: number };
  connections: unknown[];
  commonConnections: { entity: { name: string } }[];
  graphView: { edges: { type: string; from: { name: string } }[] };
}

describe('time: when facts held, and who held an office', () => {
  let graph: Graph;
  let server: RunningServer;
  const settings = () => ({ graph, maxBytes: 1_048_576 });

  const idOf = async (name: string) => {
    const [row] = await graph.runAutoCommit('MATCH (e:Entity {name: $name}) RETURN e.id AS id', { name });
    expect(row).toBeDefined();
    return row!.id as string;
  };
  const holders = async (of: string, asOf: string | null, types?: string[]) => {
    const response = await graphql<{ holders: HolderAnswer[] }>(server.url, holdersQuery, { of, asOf, types });
    expect(response.errors).toBeUndefined();
    return response.data!.holders;
  };
  const names = (answer: HolderAnswer[]) => [...new Set(answer.map((h) => h.entity.name))].sort();

  beforeAll(async () => {
    graph = openTestGraph();
    server = await startTestServer(graph);
  });
  beforeEach(async () => {
    await resetGraph(graph);
  });
  afterAll(async () => {
    await server?.stop();
    await graph?.close();
  });

  it("ends the earlier khokim's and ambassador's facts, answers holders by date, and is undone by deleting the article", async () => {
    await ingestArticle(settings(), earlier);
    const before = await graphSnapshot(graph);
    const { documentId } = await ingestArticle(settings(), later);
    const region = await idOf('Zarafshan Region');
    const norway = await idOf('Norway');

    // The earlier khokim's GOVERNS ends where the new one's stated start is (May 2025), inferred, with its source.
    const all = await holders(region, null);
    expect(
      all.map((h) => [h.entity.name, h.since, h.until, h.fact.validToInferred, h.fact.endedBy?.id ?? null]),
    ).toEqual([
      ['Dilshod Umarov', '2025-05', null, false, null],
      ['Tolib Rakhimov', '2024-03-01', '2025-05', true, documentId],
    ]);
    expect(all[1]!.fact.evidence.edges[0]!.node.quote).toContain('Tolib Rakhimov');
    expect(names(await holders(region, '2024-06-01'))).toEqual(['Tolib Rakhimov']);
    expect(names(await holders(region, '2025-04-30'))).toEqual(['Tolib Rakhimov']);
    expect(names(await holders(region, '2025-05-02'))).toEqual(['Dilshod Umarov']);
    expect(names(await holders(region, '2026-01-01'))).toEqual(['Dilshod Umarov']);
    // Before anything was reported, no one is known to hold it.
    expect(await holders(region, '2023-12-31')).toEqual([]);

    // The ambassador of Norway to Uzbekistan: the earlier one's REPRESENTS (and ACCREDITED_TO) end on the article's date.
    const envoys = await holders(norway, null, ['REPRESENTS']);
    expect(envoys.map((h) => [h.entity.name, h.until, h.fact.validToInferred])).toEqual([
      ['Ingrid Sletten', null, false],
      ['Erik Lundvall', '2025-06-10', true],
    ]);
    expect(names(await holders(norway, '2025-01-01', ['REPRESENTS']))).toEqual(['Erik Lundvall']);
    expect(names(await holders(norway, '2025-06-10', ['REPRESENTS']))).toEqual(['Ingrid Sletten']);

    // The ingest's change entry names the facts it ended.
    const [change] = await graph.runAutoCommit(
      "MATCH (c:Change {operation: 'INGEST_DOCUMENT'}) WHERE $documentId IN c.documentIds RETURN c.factIds AS factIds, c.after AS after",
      { documentId },
    );
    const ended = await graph.runAutoCommit('MATCH ()-[r]->() WHERE r.endedBy = $documentId RETURN r.factId AS id', {
      documentId,
    });
    expect(ended).toHaveLength(3);
    expect(change!.factIds).toEqual(expect.arrayContaining(ended.map((row) => row.id)));
    expect(JSON.parse(change!.after as string)).toMatchObject({ factsEnded: 3 });

    // Deleting the later article reopens them: the graph is exactly as before it.
    await deleteDocument(graph, documentId);
    expect(await graphSnapshot(graph)).toEqual(before);
    expect(names(await holders(region, '2026-01-01'))).toEqual(['Tolib Rakhimov']);
  });

  it('ends nothing with an article dated before the holder was last seen', async () => {
    await ingestArticle(settings(), later);
    await ingestArticle(settings(), earlier);
    const region = await idOf('Zarafshan Region');
    const answer = await holders(region, null);
    expect(answer.map((h) => [h.entity.name, h.until])).toEqual([
      ['Dilshod Umarov', null],
      ['Tolib Rakhimov', null],
    ]);
  });

  it("filters an entity's facts, investments, connections, commonConnections, graphView and the exports by asOf", async () => {
    await ingestArticle(settings(), earlier);
    await ingestArticle(settings(), later);
    const [region, norway, rakhimov, umarov] = await Promise.all(
      ['Zarafshan Region', 'Norway', 'Tolib Rakhimov', 'Dilshod Umarov'].map(idOf),
    );
    // A curated investment that held through 2025 only.
    const added = await graphql(
      server.url,
      `
        mutation ($input: AddFactInput!) {
          addFact(input: $input) {
            id
            validFrom
            validTo
          }
        }
      `,
      { input: { type: 'INVESTS_IN', from: norway, to: region, validFrom: '2025-01', validTo: '2025' } },
      asEditor,
    );
    expect(added.errors).toBeUndefined();
    const at = async (asOf: string | null) => {
      const answer = await graphql<AsOfReads>(
        server.url,
        `
          query ($region: ID!, $a: ID!, $b: ID!, $asOf: String) {
            entity(id: $region) {
              ... on Entity {
                facts(types: [GOVERNS], asOf: $asOf) {
                  edges {
                    node {
                      from {
                        name
                      }
                    }
                  }
                }
              }
            }
            investments(where: { target: $region }, asOf: $asOf) {
              totalCount
            }
            connections(from: $a, to: $b, asOf: $asOf) {
              length
            }
            commonConnections(ids: [$a, $b], asOf: $asOf) {
              entity {
                name
              }
            }
            graphView(ids: [$region], relationTypes: [GOVERNS], asOf: $asOf) {
              edges {
                type
                from {
                  name
                }
              }
            }
          }
        `,
        { region, a: rakhimov, b: umarov, asOf },
      );
      expect(answer.errors).toBeUndefined();
      const data = answer.data!;
      const exported = await fetch(
        `${server.url}/export/cytoscape?ids=${region}&relationTypes=GOVERNS${asOf ? `&asOf=${asOf}` : ''}`,
      );
      const elements = ((await exported.json()) as { elements: { edges: unknown[] } }).elements;
      return {
        facts: data.entity.facts.edges.map((e) => e.node.from.name).sort(),
        investments: data.investments.totalCount,
        connections: data.connections.length,
        common: data.commonConnections.map((c) => c.entity.name),
        view: data.graphView.edges.map((e) => e.from.name).sort(),
        exported: elements.edges.length,
      };
    };
    expect(await at(null)).toEqual({
      facts: ['Dilshod Umarov', 'Tolib Rakhimov'],
      investments: 1,
      connections: 1,
      common: ['Zarafshan Region'],
      view: ['Dilshod Umarov', 'Tolib Rakhimov'],
      exported: 2,
    });
    expect(await at('2024-06-01')).toEqual({
      facts: ['Tolib Rakhimov'],
      investments: 0,
      connections: 0,
      common: [],
      view: ['Tolib Rakhimov'],
      exported: 1,
    });
    expect(await at('2025-08-01')).toEqual({
      facts: ['Dilshod Umarov'],
      investments: 1,
      connections: 0,
      common: [],
      view: ['Dilshod Umarov'],
      exported: 1,
    });
    // The investment's stated end (2025) holds through that year and not after.
    expect(await at('2026-01-01')).toEqual({
      facts: ['Dilshod Umarov'],
      investments: 0,
      connections: 0,
      common: [],
      view: ['Dilshod Umarov'],
      exported: 1,
    });
    const refused = await fetch(`${server.url}/export/cytoscape?ids=${region}&asOf=2024-02-30`);
    expect(refused.status).toBe(400);
  });

  it('refuses a date that is not a day, and an unknown entity', async () => {
    const bad = await graphql(server.url, holdersQuery, { of: 'ent_none', asOf: '2024-13' });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0]?.message).toContain('asOf');
    const missing = await graphql(server.url, holdersQuery, { of: 'ent_none', asOf: '2024-01-01' });
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
