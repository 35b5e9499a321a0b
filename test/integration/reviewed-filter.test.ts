/**
 * reviewed: ONLY | INCLUDE on the reads, against a real Neo4j over the API. A small invented graph of
 * curated facts, some accepted by an editor, one corrected in place and one left unreviewed: ONLY keeps
 * the accepted and edited ones (and walks only them, in paths and views), INCLUDE keeps every fact.
 *
 *   Alder Holding --INVESTS_IN (accepted)--> Birch Mills <--INVESTS_IN (accepted)-- Elm Capital
 *   Alder Holding --INVESTS_IN (unreviewed)-> Cedar Works <--INVESTS_IN (accepted)-- Elm Capital
 *   Pia Olsen --MET_WITH 2025-03 (accepted)-- Quentin Roux;  Pia Olsen --MET_WITH 2025-04 (unreviewed)-- Rosa Vidal
 *   Elm Capital --INVESTS_IN (edited in place: amount corrected)--> Fir Textiles
 *   Tomas Berg --GOVERNS (accepted)--> Sarn Region <--GOVERNS (unreviewed)-- Ulla Dahl
 */
import type { Graph } from '../../src/graph/driver';
import type { RunningServer } from '../../src/server';
import { openTestGraph, resetGraph } from '../support/graph';
import { asEditor, graphql, startTestServer } from '../support/server';

type Reviewed = 'ONLY' | 'INCLUDE';
const modes: Reviewed[] = ['ONLY', 'INCLUDE'];

describe('reviewed: ONLY | INCLUDE on reads', () => {
  let graph: Graph;
  let server: RunningServer;
  const entity: Record<string, string> = {};
  const fact: Record<string, string> = {};

  const ok = async <T>(query: string, variables: Record<string, unknown> = {}): Promise<T> => {
    const response = await graphql<T>(server.url, query, variables, asEditor);
    expect(response.errors).toBeUndefined();
    return response.data!;
  };

  async function create(key: string, name: string, kind: string) {
    const data = await ok<{ upsertEntity: { id: string } }>(
      'mutation($input: UpsertEntityInput!) { upsertEntity(input: $input) { id } }',
      { input: { name, kind } },
    );
    entity[key] = data.upsertEntity.id;
  }
  async function state(key: string, from: string, type: string, to: string, properties: Record<string, unknown> = {}) {
    const data = await ok<{ addFact: { id: string } }>(
      'mutation($input: AddFactInput!) { addFact(input: $input) { id } }',
      {
        input: { from: entity[from], type, to: entity[to], ...properties },
      },
    );
    fact[key] = data.addFact.id;
  }
  async function judge(key: string, verdict: 'ACCEPT' | 'EDIT', edit?: Record<string, unknown>) {
    const data = await ok<{ reviewFact: { fact: { reviewState: string } } }>(
      'mutation($input: ReviewFactInput!) { reviewFact(input: $input) { fact { reviewState } } }',
      { input: { factId: fact[key], verdict, edit, note: 'checked by hand' } },
    );
    expect(data.reviewFact.fact.reviewState).toBe(verdict === 'ACCEPT' ? 'ACCEPTED' : 'EDITED');
  }
  /** The names of the facts among these ids (sorted), so a failure reads as the graph above. */
  const named = (ids: string[]) => ids.map((id) => Object.keys(fact).find((key) => fact[key] === id) ?? id).sort();

  beforeAll(async () => {
    graph = openTestGraph();
    server = await startTestServer(graph);
    await resetGraph(graph);
    await create('alder', 'Alder Holding', 'Organization');
    await create('birch', 'Birch Mills', 'Organization');
    await create('cedar', 'Cedar Works', 'Organization');
    await create('elm', 'Elm Capital', 'Organization');
    await create('fir', 'Fir Textiles', 'Organization');
    await create('pia', 'Pia Olsen', 'Person');
    await create('quentin', 'Quentin Roux', 'Person');
    await create('rosa', 'Rosa Vidal', 'Person');
    await create('sarn', 'Sarn Region', 'Region');
    await create('tomas', 'Tomas Berg', 'Person');
    await create('ulla', 'Ulla Dahl', 'Person');
    await state('alderBirch', 'alder', 'INVESTS_IN', 'birch');
    await state('alderCedar', 'alder', 'INVESTS_IN', 'cedar');
    await state('elmBirch', 'elm', 'INVESTS_IN', 'birch');
    await state('elmCedar', 'elm', 'INVESTS_IN', 'cedar');
    await state('elmFir', 'elm', 'INVESTS_IN', 'fir', { amount: 5000000, currency: 'USD' });
    await state('piaQuentin', 'pia', 'MET_WITH', 'quentin', { date: '2025-03' });
    await state('piaRosa', 'pia', 'MET_WITH', 'rosa', { date: '2025-04' });
    await state('tomasSarn', 'tomas', 'GOVERNS', 'sarn', { title: 'governor' });
    await state('ullaSarn', 'ulla', 'GOVERNS', 'sarn', { title: 'governor' });
    for (const key of ['alderBirch', 'elmBirch', 'elmCedar', 'piaQuentin', 'tomasSarn']) await judge(key, 'ACCEPT');
    await judge('elmFir', 'EDIT', {
      from: entity.elm,
      type: 'INVESTS_IN',
      to: entity.fir,
      amount: 6000000,
      currency: 'USD',
    });
  });
  afterAll(async () => {
    await server.stop();
    await graph.close();
  });

  it("keeps an entity's facts, investors and portfolio (and their counts) to the reviewed ones with ONLY", async () => {
    const seen: Record<string, unknown> = {};
    for (const reviewed of modes) {
      const data = await ok<{
        alder: { facts: { totalCount: number; edges: { node: { id: string } }[] } };
        cedar: { investors: { totalCount: number; edges: { node: { id: string } }[] } };
        elm: { portfolio: { totalCount: number; edges: { node: { id: string; reviewState: string } }[] } };
      }>(
        `query($alder: ID!, $cedar: ID!, $elm: ID!, $reviewed: ReviewedFilter) {
          alder: entity(id: $alder) { facts(reviewed: $reviewed) { totalCount edges { node { id } } } }
          cedar: entity(id: $cedar) { ... on Organization { investors(reviewed: $reviewed) { totalCount edges { node { id } } } } }
          elm: entity(id: $elm) { ... on Organization { portfolio(reviewed: $reviewed) { totalCount edges { node { id reviewState } } } } }
        }`,
        { alder: entity.alder, cedar: entity.cedar, elm: entity.elm, reviewed },
      );
      seen[reviewed] = {
        facts: [named(data.alder.facts.edges.map((e) => e.node.id)), data.alder.facts.totalCount],
        investors: [named(data.cedar.investors.edges.map((e) => e.node.id)), data.cedar.investors.totalCount],
        portfolio: [named(data.elm.portfolio.edges.map((e) => e.node.id)), data.elm.portfolio.totalCount],
      };
    }
    expect(seen).toEqual({
      ONLY: {
        facts: [['alderBirch'], 1],
        investors: [['elmCedar'], 1],
        // The fact corrected in place is EDITED: kept.
        portfolio: [['elmBirch', 'elmCedar', 'elmFir'], 3],
      },
      INCLUDE: {
        facts: [['alderBirch', 'alderCedar'], 2],
        investors: [['alderCedar', 'elmCedar'], 2],
        portfolio: [['elmBirch', 'elmCedar', 'elmFir'], 3],
      },
    });
  });

  it('takes reviewed per list: facts ONLY beside investors INCLUDE in one query', async () => {
    const data = await ok<{
      entity: { facts: { edges: { node: { id: string } }[] }; investors: { edges: { node: { id: string } }[] } };
    }>(
      `query($cedar: ID!) { entity(id: $cedar) { ... on Organization {
        facts(reviewed: ONLY) { edges { node { id } } }
        investors { edges { node { id } } }
      } } }`,
      { cedar: entity.cedar },
    );
    expect({
      facts: named(data.entity.facts.edges.map((e) => e.node.id)),
      investors: named(data.entity.investors.edges.map((e) => e.node.id)),
    }).toEqual({ facts: ['elmCedar'], investors: ['alderCedar', 'elmCedar'] });
  });

  it('keeps investments (and their count) to the reviewed ones with ONLY', async () => {
    const seen: Record<string, unknown> = {};
    for (const reviewed of modes) {
      const data = await ok<{ investments: { totalCount: number; edges: { node: { id: string } }[] } }>(
        `query($alder: ID!, $reviewed: ReviewedFilter) {
          investments(where: { investor: $alder }, reviewed: $reviewed) { totalCount edges { node { id } } }
        }`,
        { alder: entity.alder, reviewed },
      );
      seen[reviewed] = [named(data.investments.edges.map((e) => e.node.id)), data.investments.totalCount];
    }
    expect(seen).toEqual({ ONLY: [['alderBirch'], 1], INCLUDE: [['alderBirch', 'alderCedar'], 2] });
  });

  it('finds connections over reviewed facts only with ONLY: the direct unreviewed link is not a path', async () => {
    const seen: Record<string, unknown> = {};
    for (const reviewed of modes) {
      const data = await ok<{ connections: { length: number; hops: { fact: { id: string } }[] }[] }>(
        `query($alder: ID!, $cedar: ID!, $reviewed: ReviewedFilter) {
          connections(from: $alder, to: $cedar, maxHops: 3, first: 1, reviewed: $reviewed) { length hops { fact { id } } }
        }`,
        { alder: entity.alder, cedar: entity.cedar, reviewed },
      );
      seen[reviewed] = data.connections.map((path) => path.hops.map((hop) => named([hop.fact.id])[0]));
    }
    expect(seen).toEqual({
      // Alder -> Birch <- Elm -> Cedar, all accepted.
      ONLY: [['alderBirch', 'elmBirch', 'elmCedar']],
      INCLUDE: [['alderCedar']],
    });
  });

  it('links common connections by reviewed facts only with ONLY', async () => {
    const seen: Record<string, unknown> = {};
    for (const reviewed of modes) {
      const data = await ok<{ commonConnections: { entity: { name: string }; facts: { id: string }[] }[] }>(
        `query($ids: [ID!]!, $reviewed: ReviewedFilter) {
          commonConnections(ids: $ids, reviewed: $reviewed) { entity { name } facts { id } }
        }`,
        { ids: [entity.alder, entity.elm], reviewed },
      );
      seen[reviewed] = data.commonConnections
        .map((c) => [c.entity.name, named(c.facts.map((f) => f.id))])
        .sort((a, b) => String(a[0]).localeCompare(String(b[0])));
    }
    expect(seen).toEqual({
      ONLY: [['Birch Mills', ['alderBirch', 'elmBirch']]],
      INCLUDE: [
        ['Birch Mills', ['alderBirch', 'elmBirch']],
        ['Cedar Works', ['alderCedar', 'elmCedar']],
      ],
    });
  });

  it('keeps a timeline (and its count) to the reviewed facts with ONLY', async () => {
    const seen: Record<string, unknown> = {};
    for (const reviewed of modes) {
      const data = await ok<{
        timeline: { totalCount: number; edges: { node: { date: string; fact: { id: string } } }[] };
      }>(
        `query($pia: ID!, $reviewed: ReviewedFilter) {
          timeline(id: $pia, reviewed: $reviewed) { totalCount edges { node { date fact { id } } } }
        }`,
        { pia: entity.pia, reviewed },
      );
      seen[reviewed] = [
        data.timeline.edges.map((e) => [e.node.date, named([e.node.fact.id])[0]]),
        data.timeline.totalCount,
      ];
    }
    expect(seen).toEqual({
      ONLY: [[['2025-03', 'piaQuentin']], 1],
      INCLUDE: [
        [
          ['2025-03', 'piaQuentin'],
          ['2025-04', 'piaRosa'],
        ],
        2,
      ],
    });
  });

  it('draws and expands a graph view over reviewed facts only with ONLY', async () => {
    const seen: Record<string, unknown> = {};
    for (const reviewed of modes) {
      const data = await ok<{ graphView: { nodes: { name: string }[]; edges: { id: string }[] } }>(
        `query($alder: ID!, $reviewed: ReviewedFilter) {
          graphView(ids: [$alder], depth: 2, reviewed: $reviewed) { nodes { name } edges { id } }
        }`,
        { alder: entity.alder, reviewed },
      );
      seen[reviewed] = {
        nodes: data.graphView.nodes.map((n) => n.name).sort(),
        edges: named(data.graphView.edges.map((e) => e.id)),
      };
    }
    expect(seen).toEqual({
      // Cedar Works is reached over Elm Capital's accepted investment at depth 2, not over the unreviewed one.
      ONLY: {
        nodes: ['Alder Holding', 'Birch Mills', 'Elm Capital'],
        edges: ['alderBirch', 'elmBirch'],
      },
      INCLUDE: {
        nodes: ['Alder Holding', 'Birch Mills', 'Cedar Works', 'Elm Capital'],
        edges: ['alderBirch', 'alderCedar', 'elmBirch', 'elmCedar'],
      },
    });
  });

  it('exports only reviewed facts with reviewed=ONLY, every fact without it, and refuses another value', async () => {
    const exported = async (query: string) => {
      const response = await fetch(`${server.url}/export/cytoscape?ids=${entity.alder}${query}`);
      expect(response.status).toBe(200);
      const text = await response.text();
      return Object.keys(fact)
        .filter((key) => text.includes(fact[key]!))
        .sort();
    };
    expect({
      only: await exported('&reviewed=ONLY'),
      include: await exported('&reviewed=INCLUDE'),
      absent: await exported(''),
    }).toEqual({ only: ['alderBirch'], include: ['alderBirch', 'alderCedar'], absent: ['alderBirch', 'alderCedar'] });
    for (const bad of ['SOME', 'ONLY,INCLUDE']) {
      const response = await fetch(`${server.url}/export/graphml?ids=${entity.alder}&reviewed=${bad}`);
      const body = (await response.json()) as { errors: { message: string; extensions: { code: string } }[] };
      expect([response.status, body.errors[0]!.extensions.code, body.errors[0]!.message]).toEqual([
        400,
        'BAD_USER_INPUT',
        expect.stringContaining('reviewed'),
      ]);
    }
  });

  it('keeps the holders of a post to the reviewed facts with ONLY', async () => {
    const seen: Record<string, string[]> = {};
    for (const reviewed of modes) {
      const data = await ok<{ holders: { fact: { id: string } }[] }>(
        'query($of: ID!, $reviewed: ReviewedFilter) { holders(of: $of, reviewed: $reviewed) { fact { id } } }',
        { of: entity.sarn, reviewed },
      );
      seen[reviewed] = named(data.holders.map((h) => h.fact.id));
    }
    expect(seen).toEqual({ ONLY: ['tomasSarn'], INCLUDE: ['tomasSarn', 'ullaSarn'] });
  });
});
