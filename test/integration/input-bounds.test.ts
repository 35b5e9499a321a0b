/**
 * Bounds and hygiene where user data meets the database, over real HTTP on a
 * real Neo4j: curated names and aliases (count, length, control characters,
 * lone surrogates), text filters (length, folding to nothing), strict dates
 * and export integers, transaction timeouts that Neo4j enforces, and the
 * optional write rate limit. Every refusal leaves the graph as it was.
 */
import neo4j from 'neo4j-driver';
import type { Graph } from '../../src/graph/driver';
import { upsertEntity } from '../../src/graph/curation/upsert-entity';
import { ingestArticle } from '../../src/ingest/ingest';
import type { RunningServer } from '../../src/server';
import { corpusArticle } from '../support/corpus';
import { openTestGraph, resetGraph, testGraphSettings } from '../support/graph';
import { asEditor, graphql, startTestServer } from '../support/server';
import { graphSnapshot } from '../support/snapshot';

const upsert = 'mutation($input: UpsertEntityInput!) { upsertEntity(input: $input) { id name } }';
const long = (n: number) => 'Ab'.repeat(n).slice(0, n);

describe('input bounds', () => {
  let graph: Graph;
  let server: RunningServer;
  let ambassador: string;

  beforeAll(async () => {
    graph = openTestGraph();
    server = await startTestServer(graph);
    await resetGraph(graph);
    await ingestArticle({ graph, maxBytes: 1_048_576 }, corpusArticle('en-fergana-ambassador-visit'));
    const [row] = await graph.runAutoCommit("MATCH (e:Entity {name: 'Beibut Atamkulov'}) RETURN e.id AS id");
    ambassador = row!.id as string;
  });
  afterAll(async () => {
    await server.stop();
    await graph.close();
  });

  describe('curated names and aliases', () => {
    it.each<[string, Record<string, unknown>, string, string]>([
      [
        '51 aliases',
        { aliases: Array.from({ length: 51 }, (_, i) => `Alias ${i}`) },
        'input.aliases',
        'input.aliases: must have at most 50 items, got 51',
      ],
      [
        'an alias of 201 characters',
        { aliases: ['Fine', long(201)] },
        'input.aliases[1]',
        'input.aliases[1]: must be at most 200 characters, got 201',
      ],
      ['a name of 201 characters', { name: long(201) }, 'input.name', 'input.name: must be at most 200 characters'],
      [
        'a NUL in the name',
        { name: 'Navoi\u0000Plant' },
        'input.name',
        'input.name: must not contain control characters (found U+0000)',
      ],
      [
        'an escape character in the name',
        { name: 'Navoi \u001b[31mPlant' },
        'input.name',
        'input.name: must not contain control characters (found U+001B)',
      ],
      [
        'a newline in an alias',
        { aliases: ['Navoi\nPlant'] },
        'input.aliases[0]',
        'input.aliases[0]: must not contain control characters (found U+000A)',
      ],
      [
        'a lone surrogate in the name',
        { name: 'Navoi \ud800 Plant' },
        'input.name',
        'input.name: contains a lone UTF-16 surrogate',
      ],
      [
        'a lone surrogate in an alias',
        { aliases: ['Navoi \udc00'] },
        'input.aliases[0]',
        'input.aliases[0]: contains a lone UTF-16 surrogate',
      ],
    ])(
      'refuses %s with BAD_USER_INPUT naming the field, and writes nothing',
      async (_name, change, argument, message) => {
        const before = await graphSnapshot(graph);
        const response = await graphql(
          server.url,
          upsert,
          { input: { name: 'Navoi Plant', kind: 'Organization', ...change } },
          asEditor,
        );
        expect(response.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argument } });
        expect(response.errors?.[0]?.message).toContain(message);
        expect(await graphSnapshot(graph)).toEqual(before);
      },
    );

    it('stores 50 aliases of 200 characters (the limits), on create and on update', async () => {
      const aliases = Array.from({ length: 50 }, (_, i) => `${String(i).padStart(2, '0')} ${long(197)}`);
      const created = await graphql<{ upsertEntity: { id: string } }>(
        server.url,
        upsert,
        { input: { name: 'Navoi Mining Plant', kind: 'Organization', aliases } },
        asEditor,
      );
      expect(created.errors).toBeUndefined();
      const id = created.data!.upsertEntity.id;
      const renamed = aliases.map((alias) => `${alias.slice(0, 199)}z`);
      const updated = await graphql(
        server.url,
        upsert,
        { input: { id, name: 'Navoi Mining Plant No. 2', kind: 'Organization', aliases: renamed } },
        asEditor,
      );
      expect(updated.errors).toBeUndefined();
      const [row] = await graph.runAutoCommit('MATCH (e:Entity {id: $id}) RETURN e.aliases AS aliases', { id });
      expect(row!.aliases).toEqual(['Navoi Mining Plant', ...renamed]);
    });
  });

  describe('text filters', () => {
    it.each<[string, string, Record<string, unknown>, string]>([
      [
        'a name filter that folds to nothing',
        'query($name: String!) { entities(where: {name: $name}) { edges { node { id } } } }',
        { name: '!!! ---' },
        'where.name: must contain letters or digits',
      ],
      [
        'a name filter of 201 characters',
        'query($name: String!) { entities(where: {name: $name}) { edges { node { id } } } }',
        { name: long(201) },
        'where.name: must be at most 200 characters, got 201',
      ],
      [
        'a name filter of 1.9 MB',
        'query($name: String!) { entities(where: {name: $name}) { edges { node { id } } } }',
        { name: long(1_900_000) },
        'where.name: must be at most 200 characters, got 1900000',
      ],
      [
        'a search that folds to nothing',
        'query($text: String!) { search(text: $text) { totalCount } }',
        { text: '\u200b…' },
        'text: must contain letters or digits',
      ],
      [
        'a search text of 201 characters',
        'query($text: String!) { search(text: $text) { totalCount } }',
        { text: long(201) },
        'text: must be at most 200 characters, got 201',
      ],
    ])('refuses %s with BAD_USER_INPUT naming the argument and the limit', async (_name, query, variables, message) => {
      const response = await graphql(server.url, query, variables);
      expect(response.data).toBeNull();
      expect(response.errors?.[0]).toMatchObject({ message, extensions: { code: 'BAD_USER_INPUT' } });
    });

    it('still filters by a name that folds to something', async () => {
      const response = await graphql<{ entities: { edges: { node: { name: string } }[] } }>(
        server.url,
        'query { entities(where: {name: "  atamkulov "}) { edges { node { name } } } }',
      );
      expect(response.data!.entities.edges.map((edge) => edge.node.name)).toEqual(['Beibut Atamkulov']);
    });
  });

  describe('strict dates and integers', () => {
    it.each([
      ['2024-13-45', 'from: is not a calendar date, got "2024-13-45"'],
      ['2023-02-29', 'from: is not a calendar date, got "2023-02-29"'],
      ['2024-00', 'from: is not a calendar date, got "2024-00"'],
    ])('refuses the impossible timeline date %s', async (date, message) => {
      const response = await graphql(
        server.url,
        'query($id: ID!, $from: String) { timeline(id: $id, from: $from) { totalCount } }',
        {
          id: ambassador,
          from: date,
        },
      );
      expect(response.errors?.[0]).toMatchObject({ message, extensions: { code: 'BAD_USER_INPUT', argument: 'from' } });
    });

    it('accepts a real leap day', async () => {
      const response = await graphql(
        server.url,
        'query($id: ID!) { timeline(id: $id, from: "2024-02-29") { totalCount } }',
        {
          id: ambassador,
        },
      );
      expect(response.errors).toBeUndefined();
    });

    it.each([
      ['depth', '0x2'],
      ['depth', '2.0'],
      ['depth', ' 2'],
      ['depth', ''],
      ['limit', '1e2'],
    ])('refuses the export parameter %s=%j with 400 naming it', async (name, value) => {
      const response = await fetch(
        `${server.url}/export/graphml?ids=${ambassador}&${name}=${encodeURIComponent(value)}`,
      );
      expect(response.status).toBe(400);
      const body = (await response.json()) as { errors: { message: string; extensions: { code: string } }[] };
      expect(body.errors[0]).toMatchObject({
        message: `${name}: must be a whole number written in decimal digits, got ${JSON.stringify(value)}`,
        extensions: { code: 'BAD_USER_INPUT', argument: name },
      });
    });
  });

  describe('transaction timeouts', () => {
    /** An entity that ingest gave many spellings over the years (more than the API lets a curator give). */
    async function bigEntity(id: string, aliases: number) {
      const names = Array.from({ length: aliases }, (_, i) => `Spelling number ${i}`);
      await graph.runAutoCommit(
        `CREATE (:Entity:Organization {id: $id, kind: 'Organization', name: 'Big', key: 'big', aliases: $names,
           aliasKeys: ['big'] + $names, roles: [], curatedAliases: $names, curatedAliasKeys: $names, curatedRoles: []})`,
        { id, names },
      );
    }

    async function runningUpdates(): Promise<unknown[]> {
      // The marker is a parameter, so that this query's own text does not contain it.
      return graph.runAutoCommit(
        'SHOW TRANSACTIONS YIELD transactionId, currentQuery WHERE currentQuery CONTAINS $marker RETURN transactionId',
        { marker: 'e.curatedAliasKeys' },
      );
    }

    it('updates an entity of 20,000 aliases, keeping its lists right', async () => {
      // Such lists could not be stored while the whole-list range index on aliasKeys existed; how long the
      // update takes, before and after the list work became linear, is in bench/results/update-entity.md.
      await bigEntity('ent_bounds_linear', 20_000);
      const updated = await upsertEntity(graph, {
        id: 'ent_bounds_linear',
        name: 'Bigger',
        kind: 'Organization',
        aliases: ['Spelling number 1', 'Another'],
      });
      expect(updated.name).toBe('Bigger');
      const [row] = await graph.runAutoCommit(
        "MATCH (e:Entity {id: 'ent_bounds_linear'}) RETURN e.aliases AS aliases, e.curatedAliases AS curated",
      );
      // Curated spellings taken back go; the old name stays; the kept and the new ones are there once.
      expect(row!.aliases).toEqual(['Spelling number 1', 'Big', 'Another']);
      expect(row!.curated).toEqual(['Spelling number 1', 'Another']);
    }, 120_000);

    /** Runs `work` while another transaction holds the write lock of entity `id`. */
    async function whileLocked<T>(id: string, work: () => Promise<T>): Promise<T> {
      const settings = testGraphSettings();
      const blockerDriver = neo4j.driver(settings.uri, neo4j.auth.basic(settings.user, settings.password));
      const blockerSession = blockerDriver.session();
      const blocker = await blockerSession.beginTransaction();
      await blocker.run('MATCH (e:Entity {id: $id}) SET e.heldBy = $by', { id, by: 'test' });
      try {
        return await work();
      } finally {
        await blocker.rollback();
        await blockerSession.close();
        await blockerDriver.close();
      }
    }

    it('calls a write that waited on a lock past the timeout QUERY_TIMEOUT (Neo4j says LockClientStopped)', async () => {
      await graph.runAutoCommit("CREATE (:Entity {id: 'ent_bounds_lockwait', name: 'Small'})");
      const hurried = openTestGraph({ queryTimeoutMs: 300 });
      try {
        await whileLocked('ent_bounds_lockwait', () =>
          expect(
            hurried.runAutoCommit("MATCH (e:Entity {id: 'ent_bounds_lockwait'}) SET e.name = 'Waited'"),
          ).rejects.toMatchObject({ code: 'QUERY_TIMEOUT' }),
        );
      } finally {
        await hurried.close();
      }
      const [row] = await graph.runAutoCommit("MATCH (e:Entity {id: 'ent_bounds_lockwait'}) RETURN e.name AS name");
      expect(row!.name).toBe('Small');
    }, 60_000);

    it('does not call a lock wait ended by an operator before the timeout QUERY_TIMEOUT', async () => {
      await graph.runAutoCommit("CREATE (:Entity {id: 'ent_bounds_terminated', name: 'Small'})");
      const patient = openTestGraph({ queryTimeoutMs: 60_000 });
      try {
        await whileLocked('ent_bounds_terminated', async () => {
          const waiting = patient.runAutoCommit("MATCH (e:Entity {id: 'ent_bounds_terminated'}) SET e.name = 'Waited'");
          const outcome = waiting.then(
            () => 'written',
            (error: { code?: string }) => error.code,
          );
          // Wait until the write is queued on the lock, then end it as an operator would.
          let ids: unknown[] = [];
          for (let tries = 0; ids.length === 0 && tries < 100; tries++) {
            await new Promise((resolve) => setTimeout(resolve, 50));
            ids = (
              await graph.runAutoCommit(
                'SHOW TRANSACTIONS YIELD transactionId, currentQuery WHERE currentQuery CONTAINS $marker RETURN transactionId',
                { marker: "'Waited'" },
              )
            ).map((row) => row.transactionId);
          }
          expect(ids).toHaveLength(1);
          await graph.runAutoCommit('TERMINATE TRANSACTIONS $ids', { ids });
          expect(await outcome).toBe('Neo.ClientError.Transaction.LockClientStopped');
        });
      } finally {
        await patient.close();
      }
    }, 60_000);

    it('ends an update that runs past a tiny timeout on the server, with QUERY_TIMEOUT', async () => {
      await bigEntity('ent_bounds_timeout', 30_000);
      const hurried = openTestGraph({ queryTimeoutMs: 300 });
      try {
        // Another transaction holds the entity's write lock, so the update surely runs past 300 ms whatever the
        // machine's speed (the linear update alone can finish within it on a quiet machine).
        await whileLocked('ent_bounds_timeout', async () => {
          const started = performance.now();
          await expect(
            upsertEntity(hurried, { id: 'ent_bounds_timeout', name: 'Bigger', kind: 'Organization', aliases: ['x'] }),
          ).rejects.toMatchObject({
            code: 'QUERY_TIMEOUT',
            message: expect.stringContaining('longer than the query timeout of 300 ms (NEO4J_QUERY_TIMEOUT_MS)'),
          });
          // Ended by Neo4j, not abandoned by the client: nothing of it still runs, and it ended soon after the
          // deadline (the old statement's reduce was not interrupted and ran on for minutes).
          expect(performance.now() - started).toBeLessThan(20_000);
          expect(await runningUpdates()).toEqual([]);
        });
        const [row] = await graph.runAutoCommit("MATCH (e:Entity {id: 'ent_bounds_timeout'}) RETURN e.name AS name");
        expect(row!.name).toBe('Big');
      } finally {
        await hurried.close();
      }
    }, 120_000);
  });

  describe('write rate limit', () => {
    const ingest = 'mutation($text: String!) { ingestDocument(input: {text: $text}) { status } }';

    it('answers RATE_LIMITED (429, Retry-After) past WRITE_RATE_LIMIT writes a minute per key; reads go on', async () => {
      const limited = await startTestServer(graph, { WRITE_RATE_LIMIT: 2 });
      try {
        const documents = async () => Number((await graph.read('document-count'))[0]!.documents);
        const before = await documents();
        const texts = ['The ambassador visited Osh.', 'The minister visited Namangan.', 'The envoy visited Andijan.'];
        const statuses: number[] = [];
        for (const text of texts) statuses.push((await graphql(limited.url, ingest, { text }, asEditor)).status);
        expect(statuses).toEqual([200, 200, 429]);

        const response = await fetch(`${limited.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...asEditor },
          body: JSON.stringify({ query: ingest, variables: { text: 'The consul visited Fergana.' } }),
        });
        expect(response.status).toBe(429);
        expect(Number(response.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
        const body = (await response.json()) as { errors: { message: string; extensions: Record<string, unknown> }[] };
        expect(body.errors[0]).toMatchObject({
          message: expect.stringContaining('2 writes per minute (WRITE_RATE_LIMIT)'),
          extensions: { code: 'RATE_LIMITED' },
        });
        expect(await documents()).toBe(before + 2);
        expect((await graphql(limited.url, 'query { entities(first: 1) { edges { cursor } } }')).status).toBe(200);
      } finally {
        await limited.stop();
      }
    });

    it('does not limit writes by default', async () => {
      const statuses: number[] = [];
      for (const city of ['Osh', 'Namangan', 'Andijan', 'Fergana', 'Kokand']) {
        statuses.push(
          (await graphql(server.url, ingest, { text: `The trade minister visited ${city} again.` }, asEditor)).status,
        );
      }
      expect(statuses).toEqual([200, 200, 200, 200, 200]);
    });
  });
});
