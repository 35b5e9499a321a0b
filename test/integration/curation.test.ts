/**
 * The curation mutations against a real Neo4j, on articles of the sample
 * corpus: upsertEntity, addFact, retractFact, mergeEntities, unmergeEntities.
 * Every refusal and every failure leaves the graph exactly as it was; an
 * unmerge restores the graph exactly as it was before the merge.
 */
import { deleteDocument } from '../../src/graph/delete-document';
import type { Graph } from '../../src/graph/driver';
import { addFact } from '../../src/graph/curation/add-fact';
import { mergeEntities } from '../../src/graph/curation/merge-entities';
import { retractFact } from '../../src/graph/curation/retract-fact';
import { unmergeEntities } from '../../src/graph/curation/unmerge-entities';
import { upsertEntity } from '../../src/graph/curation/upsert-entity';
import { foldKey } from '../../src/model/fold';
import { entityId } from '../../src/model/ids';
import { ingestArticle } from '../../src/ingest/ingest';
import type { RunningServer } from '../../src/server';
import { corpusArticle } from '../support/corpus';
import { openTestGraph, resetGraph } from '../support/graph';
import { asEditor, graphql, startTestServer } from '../support/server';
import { graphSnapshot } from '../support/snapshot';
import { failingAfter } from '../support/failing-graph';

const articles = ['en-fergana-ambassador-visit', 'ru-namangan-atamkulov', 'en-fergana-korea-delegation'];

/**
 * graphSnapshot plus what it only counts: every evidence node and every
 * mention with its properties and ends, and the curation records left over
 * (placeholders, SAME_AS, archived facts; judgements are history and stay).
 */
async function fullSnapshot(graph: Graph) {
  const [provenance] = await graph.runAutoCommit(
    `CALL () {
       MATCH (v:Evidence)
       OPTIONAL MATCH (v)-[:FROM]->(s:Sentence)
       WITH v, s ORDER BY v.id
       RETURN collect({props: properties(v), sentence: s.id}) AS evidence
     }
     CALL () {
       MATCH (s:Sentence)-[m:MENTIONS]->(e:Entity)
       WITH s, m, e ORDER BY s.id, m.start, m.end, e.id
       RETURN collect({sentence: s.id, entity: e.id, props: properties(m)}) AS mentions
     }
     CALL () {
       RETURN COUNT { (:MergedEntity) } AS placeholders, COUNT { ()-[:SAME_AS]->() } AS sameAs,
              COUNT { (:ArchivedFact) } AS archived
     }
     RETURN evidence, mentions, {placeholders: placeholders, sameAs: sameAs, archived: archived} AS curation`,
  );
  const { entities, facts, counts } = await graphSnapshot(graph);
  return {
    entities: entities as { id: string; labels: unknown; props: Record<string, unknown> }[],
    facts,
    counts,
    evidence: provenance!.evidence as unknown[],
    mentions: provenance!.mentions as unknown[],
    curation: provenance!.curation,
  };
}

async function judgementCount(graph: Graph): Promise<number> {
  const [row] = await graph.runAutoCommit('MATCH (j:MergeJudgement) RETURN count(j) AS n');
  return Number(row!.n);
}

async function entityNamed(graph: Graph, name: string): Promise<Record<string, unknown>> {
  const rows = await graph.runAutoCommit(
    'MATCH (e:Entity {name: $name}) RETURN e.id AS id, e.kind AS kind, labels(e) AS labels, properties(e) AS props',
    { name },
  );
  expect(rows).toHaveLength(1);
  return rows[0]!;
}

async function factsBetween(graph: Graph, a: string, b: string, type: string) {
  return graph.runAutoCommit(
    'MATCH (x:Entity {id: $a})-[r]-(y:Entity {id: $b}) WHERE type(r) = $type RETURN properties(r) AS props',
    { a, b, type },
  );
}

describe('curation', () => {
  let graph: Graph;
  let server: RunningServer;
  let documents: Record<string, string>;
  let atamkulov: string;
  let bozarov: string;
  let forum: string;
  let shymkent: string;
  let ferganaazot: string;
  let fergana: string;

  beforeAll(async () => {
    graph = openTestGraph();
    server = await startTestServer(graph);
  });
  beforeEach(async () => {
    await resetGraph(graph);
    documents = {};
    for (const name of articles) {
      documents[name] = (await ingestArticle({ graph, maxBytes: 1_048_576 }, corpusArticle(name))).documentId;
    }
    atamkulov = (await entityNamed(graph, 'Beibut Atamkulov')).id as string;
    bozarov = (await entityNamed(graph, 'Khairullo Bozarov')).id as string;
    forum = (await entityNamed(graph, 'Kazakhstan-Uzbekistan Interregional Forum')).id as string;
    shymkent = (await entityNamed(graph, 'Shymkent')).id as string;
    ferganaazot = (await entityNamed(graph, 'Ferganaazot')).id as string;
    fergana = (await entityNamed(graph, 'Fergana Region')).id as string;
  });
  afterAll(async () => {
    await server.stop();
    await graph.close();
  });

  const call = <T>(query: string, variables: Record<string, unknown>) =>
    graphql<T>(server.url, query, variables, asEditor);

  describe('upsertEntity', () => {
    const upsert = `mutation($input: UpsertEntityInput!) { upsertEntity(input: $input) { id kind name roles } }`;

    it('answers with the aliases and facts a client selects through ... on Entity, read after the write', async () => {
      const full = `mutation($input: UpsertEntityInput!) { upsertEntity(input: $input) {
        id name ... on Entity { aliases facts(first: 50) { totalCount } } } }`;
      const updated = await call<{
        upsertEntity: { id: string; name: string; aliases: string[]; facts: { totalCount: number } };
      }>(full, {
        input: { id: ferganaazot, name: 'Ferganaazot', kind: 'Organization', aliases: ['Fergana Azot JSC'] },
      });
      expect(updated.errors).toBeUndefined();
      expect(updated.data!.upsertEntity.aliases).toContain('Fergana Azot JSC');
      // The plant's extracted facts are there: its investor, at least.
      expect(updated.data!.upsertEntity.facts.totalCount).toBeGreaterThan(0);
    });

    it('creates a curated entity over GraphQL, with labels, keys and curated lists', async () => {
      const created = await call<{ upsertEntity: Record<string, unknown> }>(upsert, {
        input: {
          name: 'Navoi Mining and Metallurgical Company',
          kind: 'Organization',
          aliases: ['NMMC', 'НГМК'],
          roles: ['Enterprise'],
        },
      });
      expect(created.errors).toBeUndefined();
      const id = entityId('Organization', foldKey('Navoi Mining and Metallurgical Company'));
      expect(created.data!.upsertEntity).toEqual({
        id,
        kind: 'Organization',
        name: 'Navoi Mining and Metallurgical Company',
        roles: ['Enterprise'],
      });
      const stored = await entityNamed(graph, 'Navoi Mining and Metallurgical Company');
      expect((stored.labels as string[]).sort()).toEqual(['Entity', 'Organization']);
      expect(stored.props).toMatchObject({
        id,
        kind: 'Organization',
        key: foldKey('Navoi Mining and Metallurgical Company'),
        aliases: ['NMMC', 'НГМК'],
        aliasKeys: [foldKey('Navoi Mining and Metallurgical Company'), foldKey('NMMC'), foldKey('НГМК')],
        roles: ['Enterprise'],
        curatedAliases: ['NMMC', 'НГМК'],
        curatedAliasKeys: [foldKey('NMMC'), foldKey('НГМК')],
        curatedRoles: ['Enterprise'],
        curated: true,
        createdBy: 'curator',
      });

      const again = await call(upsert, {
        input: { name: 'Navoi Mining and Metallurgical Company', kind: 'Organization' },
      });
      expect(again.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argument: 'input.id' } });
      expect(again.errors?.[0]?.message).toContain(id);
    });

    it('updates name, aliases and roles; curated ones survive the deletion of the documents', async () => {
      const updated = await upsertEntity(graph, {
        id: bozarov,
        name: 'Khayrullo Bozorov',
        kind: 'Person',
        aliases: ['Kh. Bozorov'],
        roles: ['Official', 'BusinessLeader'],
      });
      expect(updated).toMatchObject({ id: bozarov, name: 'Khayrullo Bozorov' });
      expect(updated.roles).toEqual(expect.arrayContaining(['Official', 'BusinessLeader']));
      const stored = (await entityNamed(graph, 'Khayrullo Bozorov')).props as Record<string, string[]>;
      expect(stored.aliases).toEqual(expect.arrayContaining(['Khairullo Bozarov', 'Kh. Bozorov']));
      expect(stored.aliases).not.toContain('Khayrullo Bozorov');
      expect(stored.aliasKeys).toEqual(expect.arrayContaining([foldKey('Khayrullo Bozorov'), foldKey('Kh. Bozorov')]));
      expect(stored).toMatchObject({
        key: foldKey('Khayrullo Bozorov'),
        curated: true,
        curatedAliases: ['Kh. Bozorov'],
      });

      for (const id of Object.values(documents)) await deleteDocument(graph, id);
      const kept = (await entityNamed(graph, 'Khayrullo Bozorov')).props as Record<string, string[]>;
      expect(kept.aliases).toEqual(['Kh. Bozorov']);
      expect(kept.roles!.sort()).toEqual(['BusinessLeader', 'Official']);

      // Curated aliases a curator takes back go; an update without lists keeps them.
      await upsertEntity(graph, { id: bozarov, name: 'Khayrullo Bozorov', kind: 'Person', aliases: [] });
      expect(((await entityNamed(graph, 'Khayrullo Bozorov')).props as Record<string, string[]>).aliases).toEqual([]);
    });

    it('refuses an unknown id, a change of kind, a role the kind cannot have and an empty name, leaving the graph as it was', async () => {
      const before = await fullSnapshot(graph);
      await expect(upsertEntity(graph, { id: 'ent_missing', name: 'X', kind: 'Person' })).rejects.toMatchObject({
        code: 'NOT_FOUND',
      });
      await expect(
        upsertEntity(graph, { id: bozarov, name: 'Khairullo Bozarov', kind: 'Organization' }),
      ).rejects.toMatchObject({
        code: 'BAD_USER_INPUT',
        details: { argument: 'input.kind' },
      });
      await expect(
        upsertEntity(graph, { id: bozarov, name: 'Khairullo Bozarov', kind: 'Person', roles: ['Embassy'] }),
      ).rejects.toMatchObject({
        code: 'BAD_USER_INPUT',
        details: { argument: 'input.roles' },
      });
      await expect(upsertEntity(graph, { name: '  ', kind: 'Person' })).rejects.toMatchObject({
        code: 'BAD_USER_INPUT',
        details: { argument: 'input.name' },
      });
      const viaHttp = await call(upsert, { input: { id: 'ent_missing', name: 'X', kind: 'Person' } });
      expect(viaHttp.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      await expect(
        upsertEntity(failingAfter(graph, 'curation/update-entity'), { id: bozarov, name: 'Renamed', kind: 'Person' }),
      ).rejects.toThrow('injected failure');
      await expect(
        upsertEntity(failingAfter(graph, 'curation/create-entity'), { name: 'New One', kind: 'Person' }),
      ).rejects.toThrow('injected failure');
      expect(await fullSnapshot(graph)).toEqual(before);
    });
  });

  describe('addFact', () => {
    const add = `mutation($input: AddFactInput!) {
      addFact(input: $input) { id type label from { id name } to { id name } status sourceCount confidence extractors title
        evidence { edges { node { quote } } } }
    }`;

    it('adds a curated fact over GraphQL, and a curated existing fact gains the curator as one source, once', async () => {
      const created = await call<{ addFact: Record<string, unknown> }>(add, {
        input: { from: bozarov, type: 'HOLDS_POSITION', to: fergana, title: 'Governor', note: 'Official site, 2024' },
      });
      expect(created.errors).toBeUndefined();
      expect(created.data!.addFact).toMatchObject({
        type: 'HOLDS_POSITION',
        from: { id: bozarov },
        to: { id: fergana },
        status: 'stated',
        sourceCount: 1,
        confidence: 1,
        extractors: ['curator'],
        title: 'Governor',
        evidence: { edges: [] },
      });
      const [stored] = await factsBetween(graph, bozarov, fergana, 'HOLDS_POSITION');
      expect(stored!.props).toMatchObject({
        curated: true,
        note: 'Official site, 2024',
        createdBy: 'curator',
        sourceCount: 1,
      });

      // The forum is to be held in Shymkent: extracted (planned) from one document.
      const [extracted] = await factsBetween(graph, forum, shymkent, 'LOCATED_IN');
      expect(extracted!.props).toMatchObject({ sourceCount: 1, status: 'planned' });
      const curated = await addFact(graph, { from: forum, type: 'LOCATED_IN', to: shymkent, note: 'Programme' });
      expect(curated).toMatchObject({
        id: (extracted!.props as { factId: string }).factId,
        sourceCount: 2,
        status: 'stated',
      });
      expect(curated.extractors.sort()).toEqual(['curator', 'rules']);
      expect(curated.evidence.length).toBeGreaterThan(0);
      const again = await addFact(graph, { from: forum, type: 'LOCATED_IN', to: shymkent });
      expect(again.sourceCount).toBe(2);

      // The curator stays a source when the documents go.
      for (const id of Object.values(documents)) await deleteDocument(graph, id);
      const [left] = await factsBetween(graph, forum, shymkent, 'LOCATED_IN');
      expect(left!.props).toMatchObject({ sourceCount: 1, extractors: ['curator'], curated: true, status: 'stated' });
    });

    it('names the field of every problem and writes nothing', async () => {
      const before = await fullSnapshot(graph);
      const refusals: [Parameters<typeof addFact>[1], string, string][] = [
        [{ from: bozarov, type: 'VISITED', to: fergana, date: '2024-13-01' }, 'BAD_USER_INPUT', 'input.date'],
        [{ from: bozarov, type: 'MET_WITH', to: atamkulov, amount: 5 }, 'BAD_USER_INPUT', 'input.amount'],
        [{ from: bozarov, type: 'INVESTS_IN', to: fergana, currency: 'dollars' }, 'BAD_USER_INPUT', 'input.currency'],
        [{ from: forum, type: 'GOVERNS', to: fergana }, 'BAD_USER_INPUT', 'input.from'],
        [{ from: bozarov, type: 'GOVERNS', to: atamkulov }, 'BAD_USER_INPUT', 'input.to'],
        [{ from: bozarov, type: 'VISITED', to: fergana, status: 'rumoured' }, 'BAD_USER_INPUT', 'input.status'],
        [{ from: bozarov, type: 'MET_WITH', to: bozarov }, 'BAD_USER_INPUT', 'input.to'],
        [{ from: bozarov, type: 'VISITED', to: 'ent_missing' }, 'NOT_FOUND', 'input.to'],
        [{ from: bozarov, type: 'OWNS', to: fergana }, 'BAD_USER_INPUT', 'input.type'],
      ];
      for (const [input, code, argument] of refusals) {
        await expect(addFact(graph, input)).rejects.toMatchObject({ code, details: { argument } });
      }
      const bad = await addFact(graph, {
        from: forum,
        type: 'INVESTS_IN',
        to: fergana,
        currency: 'dollars',
        stake: 120,
      }).catch((error: { details: { problems: { field: string }[] } }) => error.details.problems.map((p) => p.field));
      expect(bad).toEqual(['input.from', 'input.currency', 'input.stake']);

      const viaHttp = await call(add, { input: { from: bozarov, type: 'VISITED', to: fergana, date: 'soon' } });
      expect(viaHttp.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argument: 'input.date' } });
      expect(viaHttp.errors?.[0]?.message).toContain('input.date');
      await expect(
        addFact(failingAfter(graph, 'curation/add-fact'), { from: bozarov, type: 'PARTICIPATED_IN', to: forum }),
      ).rejects.toThrow('injected failure');
      expect(await fullSnapshot(graph)).toEqual(before);
    });
  });

  describe('retractFact', () => {
    it('removes a fact with its evidence, over GraphQL; a second retraction is NOT_FOUND', async () => {
      const [fact] = await factsBetween(graph, forum, shymkent, 'LOCATED_IN');
      const id = (fact!.props as { factId: string }).factId;
      const [evidence] = await graph.runAutoCommit('MATCH (v:Evidence {factId: $id}) RETURN count(v) AS n', { id });
      expect(Number(evidence!.n)).toBeGreaterThan(0);

      await expect(retractFact(failingAfter(graph, 'curation/retract-fact'), id)).rejects.toThrow('injected failure');
      const before = await fullSnapshot(graph);
      const retracted = await call<{ retractFact: Record<string, unknown> }>(
        'mutation($id: ID!) { retractFact(id: $id) { id type from { id } to { id } evidenceRemoved } }',
        { id },
      );
      expect(retracted.errors).toBeUndefined();
      expect(retracted.data!.retractFact).toEqual({
        id,
        type: 'LOCATED_IN',
        from: { id: forum },
        to: { id: shymkent },
        evidenceRemoved: Number(evidence!.n),
      });
      expect(await factsBetween(graph, forum, shymkent, 'LOCATED_IN')).toEqual([]);
      const after = await fullSnapshot(graph);
      expect(after.facts).toHaveLength(before.facts.length - 1);
      expect(after.evidence).toHaveLength(before.evidence.length - Number(evidence!.n));
      expect(after.entities).toEqual(before.entities);

      await expect(retractFact(graph, id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
      expect(await fullSnapshot(graph)).toEqual(after);
    });

    it('retracts a curated fact, the curator evidence with it', async () => {
      const fact = await addFact(graph, { from: bozarov, type: 'HOLDS_POSITION', to: fergana, title: 'Governor' });
      const before = await fullSnapshot(graph);
      expect(await retractFact(graph, fact.id)).toMatchObject({
        id: fact.id,
        type: 'HOLDS_POSITION',
        evidenceRemoved: 1,
      });
      const after = await fullSnapshot(graph);
      expect(after.facts).toHaveLength(before.facts.length - 1);
      expect(after.evidence).toHaveLength(before.evidence.length - 1);
    });
  });

  describe('mergeEntities and unmergeEntities', () => {
    const merge = `mutation($keep: ID!, $merge: ID!) {
      mergeEntities(keep: $keep, merge: $merge) {
        mergeId keep { id name } mergedId mergedName factsMoved factsCombined factsRemoved mentionsMoved evidenceMoved
      }
    }`;
    const unmerge = 'mutation($id: ID!) { unmergeEntities(mergeId: $id) { id kind name roles } }';

    it('merges two people over GraphQL (a shared fact combined, the fact between them removed) and unmerges exactly', async () => {
      // One article in which both took part in the same forum: a fact each, from one document.
      await ingestArticle(
        { graph, maxBytes: 1_048_576 },
        {
          text: 'FERGANA, 20 March 2024\n\nBeibut Atamkulov, Ambassador of Kazakhstan to Uzbekistan, took part in the Fergana Textile Forum on 19 March. Khairullo Bozarov, the khokim of the Fergana region, took part in the Fergana Textile Forum as well.\n',
        },
      );
      const textileForum = (await entityNamed(graph, 'Fergana Textile Forum')).id as string;
      const before = await fullSnapshot(graph);
      const [keptForum] = await factsBetween(graph, atamkulov, textileForum, 'PARTICIPATED_IN');
      const [mergedForum] = await factsBetween(graph, bozarov, textileForum, 'PARTICIPATED_IN');
      expect(await factsBetween(graph, atamkulov, bozarov, 'MET_WITH')).toHaveLength(1);

      const merged = await call<{ mergeEntities: Record<string, unknown> }>(merge, { keep: atamkulov, merge: bozarov });
      expect(merged.errors).toBeUndefined();
      const result = merged.data!.mergeEntities;
      expect(result).toMatchObject({
        keep: { id: atamkulov, name: 'Beibut Atamkulov' },
        mergedId: bozarov,
        mergedName: 'Khairullo Bozarov',
      });
      expect(result.factsCombined).toBe(1);
      expect(result.factsRemoved).toBe(1);
      expect(result.factsMoved).toBeGreaterThan(0);
      expect(result.mentionsMoved).toBeGreaterThan(0);

      // The graph after the merge: one entity, the merged name an alias, the shared fact combined.
      const afterMerge = await fullSnapshot(graph);
      expect(afterMerge.entities.map((e) => e.id)).not.toContain(bozarov);
      expect(afterMerge.entities).toHaveLength(before.entities.length - 1);
      expect(afterMerge.counts).toEqual(before.counts);
      expect(afterMerge.curation).toEqual({ placeholders: 1, sameAs: 1, archived: 3 });
      const keep = (await entityNamed(graph, 'Beibut Atamkulov')).props as Record<string, string[]>;
      expect(keep.aliases).toContain('Khairullo Bozarov');
      expect(keep.curatedAliases).toContain('Khairullo Bozarov');
      expect(keep.aliasKeys).toContain(foldKey('Khairullo Bozarov'));
      const [combined] = await factsBetween(graph, atamkulov, textileForum, 'PARTICIPATED_IN');
      // Both facts came from the same document: one source, not two.
      expect(combined!.props).toEqual({
        ...(keptForum!.props as object),
        sourceCount: 1,
      });
      expect((mergedForum!.props as { sourceCount: number }).sourceCount).toBe(1);
      expect(await factsBetween(graph, atamkulov, atamkulov, 'MET_WITH')).toEqual([]);
      const evidence = await graph.runAutoCommit(
        'MATCH (v:Evidence {factId: $id}) RETURN count(v) AS n, collect(DISTINCT v.fromId) AS from',
        { id: (keptForum!.props as { factId: string }).factId },
      );
      expect(evidence[0]!.from).toEqual([atamkulov]);
      expect(Number(evidence[0]!.n)).toBe(2);
      const [mentions] = await graph.runAutoCommit('MATCH ()-[m:MENTIONS]->(:Entity {id: $id}) RETURN count(m) AS n', {
        id: bozarov,
      });
      expect(Number(mentions!.n)).toBe(0);
      const reads = await call<{ entity: { facts: { totalCount: number } } }>(
        'query($id: ID!) { entity(id: $id) { facts(first: 100) { totalCount } } }',
        { id: atamkulov },
      );
      expect(reads.errors).toBeUndefined();

      const undone = await call<{ unmergeEntities: Record<string, unknown> }>(unmerge, { id: result.mergeId });
      expect(undone.errors).toBeUndefined();
      expect(undone.data!.unmergeEntities).toMatchObject({ id: bozarov, kind: 'Person', name: 'Khairullo Bozarov' });
      expect(await fullSnapshot(graph)).toEqual(before);

      const twice = await call(unmerge, { id: result.mergeId });
      expect(twice.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'mergeId' });
      const unknown = await call(unmerge, { id: 'merge_unknown' });
      expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      expect(await fullSnapshot(graph)).toEqual(before);
    });

    it('combines curated and extracted facts from different sources (summed, symmetric too) and unmerges exactly', async () => {
      const duplicate = await upsertEntity(graph, {
        name: 'B. Atamkulov',
        kind: 'Person',
        aliases: ['Атамкулов Б.'],
        roles: ['Diplomat'],
      });
      const [met] = await factsBetween(graph, atamkulov, bozarov, 'MET_WITH');
      const date = (met!.props as { date: string }).date;
      await addFact(graph, { from: duplicate.id, type: 'VISITED', to: ferganaazot, note: 'programme' });
      await addFact(graph, { from: bozarov, type: 'MET_WITH', to: duplicate.id, date, note: 'reversed on purpose' });
      await addFact(graph, { from: duplicate.id, type: 'VISITED', to: fergana, date: '2023-05' });
      const before = await fullSnapshot(graph);

      const result = await mergeEntities(graph, atamkulov, duplicate.id);
      expect(result).toMatchObject({
        factsCombined: 2,
        factsMoved: 1,
        factsRemoved: 0,
        mentionsMoved: 0,
        evidenceMoved: 3,
      });
      const [plantVisit] = await factsBetween(graph, atamkulov, ferganaazot, 'VISITED');
      expect(plantVisit!.props).toMatchObject({ sourceCount: 2, curated: true, note: 'programme', status: 'stated' });
      expect(((plantVisit!.props as { extractors: string[] }).extractors ?? []).sort()).toEqual(['curator', 'rules']);
      const [meeting] = await factsBetween(graph, atamkulov, bozarov, 'MET_WITH');
      expect(meeting!.props).toMatchObject({ sourceCount: 2, note: 'reversed on purpose', date });
      const [visit] = await factsBetween(graph, atamkulov, fergana, 'VISITED');
      expect(visit).toBeDefined();
      const keep = (await entityNamed(graph, 'Beibut Atamkulov')).props as Record<string, unknown>;
      expect(keep).toMatchObject({ curated: true, curatedRoles: ['Diplomat'] });
      expect(keep.curatedAliases).toEqual(['B. Atamkulov', 'Атамкулов Б.']);

      await unmergeEntities(graph, result.mergeId);
      expect(await fullSnapshot(graph)).toEqual(before);
    });

    it('undoes chained merges latest first, and refuses the earlier one while the later one stands', async () => {
      const mirzaev = (await entityNamed(graph, 'Davron Mirzaev')).id as string;
      const before = await fullSnapshot(graph);
      const first = await mergeEntities(graph, atamkulov, bozarov);
      const afterFirst = await fullSnapshot(graph);
      const second = await mergeEntities(graph, mirzaev, atamkulov);

      await expect(unmergeEntities(graph, first.mergeId)).rejects.toMatchObject({
        code: 'BAD_USER_INPUT',
        details: { laterMerges: [second.mergeId] },
      });
      await expect(mergeEntities(graph, mirzaev, bozarov)).rejects.toMatchObject({ code: 'NOT_FOUND' });
      await unmergeEntities(graph, second.mergeId);
      expect(await fullSnapshot(graph)).toEqual(afterFirst);
      await unmergeEntities(graph, first.mergeId);
      expect(await fullSnapshot(graph)).toEqual(before);
      expect(await judgementCount(graph)).toBe(2);
    });

    it('refuses different kinds, a self-merge and unknown ids, and leaves nothing behind when a merge or unmerge fails', async () => {
      const before = await fullSnapshot(graph);
      await expect(mergeEntities(graph, atamkulov, fergana)).rejects.toMatchObject({
        code: 'BAD_USER_INPUT',
        details: { argument: 'merge' },
      });
      await expect(mergeEntities(graph, atamkulov, atamkulov)).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
      await expect(mergeEntities(graph, atamkulov, 'ent_missing')).rejects.toMatchObject({
        code: 'NOT_FOUND',
        details: { argument: 'merge' },
      });
      const viaHttp = await call(merge, { keep: fergana, merge: atamkulov });
      expect(viaHttp.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      await expect(mergeEntities(failingAfter(graph, 'curation/merge-absorb'), atamkulov, bozarov)).rejects.toThrow(
        'injected failure',
      );
      expect(await fullSnapshot(graph)).toEqual(before);
      expect(await judgementCount(graph)).toBe(0);

      const { mergeId } = await mergeEntities(graph, atamkulov, bozarov);
      const merged = await fullSnapshot(graph);
      await expect(unmergeEntities(failingAfter(graph, 'curation/unmerge-finish'), mergeId)).rejects.toThrow(
        'injected failure',
      );
      expect(await fullSnapshot(graph)).toEqual(merged);
      await unmergeEntities(graph, mergeId);
      expect(await fullSnapshot(graph)).toEqual(before);
    });
  });
});
