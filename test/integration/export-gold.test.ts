/**
 * `npm run export-gold` against a real Neo4j: invented articles are ingested and reviewed with
 * reviewFact, exported, read back with the eval's own parser and scored by `npm run eval`'s scoring.
 * Accepted and edited facts (an edit in place with its new values, a correction instead of its
 * original) are the relations; rejected and unreviewed ones are left out (unreviewed ones are in
 * with --include-unreviewed); only documents whose facts are all judged are written unless
 * --partly-reviewed (any judged fact) or --all.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { main } from '../../src/cli/export-gold';
import { parseGold, readGoldFolder, type Gold } from '../../src/eval/gold';
import { evaluateFolder } from '../../src/eval/run';
import type { Graph } from '../../src/graph/driver';
import { reviewFact } from '../../src/graph/review/review-fact';
import { ingestArticle } from '../../src/ingest/ingest';
import { projectRoot } from '../../src/paths';
import { openTestGraph, resetGraph, testGraphSettings } from '../support/graph';

// Invented for this test.
const reviewedArticle = {
  title: 'Kazakh envoy tours Kashkadarya.txt',
  text:
    'Karshi, 4 June 2025. The Ambassador of Kazakhstan to Uzbekistan, Daniyar Temirbekov, visited the Kashkadarya region on 3 June 2025.\n' +
    'The khokim of the Kashkadarya region, Otabek Nurmatov, received the ambassador.\n' +
    'The guest toured Karshi Glassworks, a plant located in the city of Karshi whose investor is Steppe Polymers LLP, which has invested 42 million US dollars in it.\n',
};
const unreviewedArticle = {
  title: 'Turkish envoy in Surkhandarya',
  text:
    'Termez, 9 July 2025. The Ambassador of Turkey to Uzbekistan, Selim Karaoglu, visited the Surkhandarya region on 8 July 2025.\n' +
    'The khokim of the Surkhandarya region, Jasur Ergashev, met with the ambassador.\n',
};

describe('npm run export-gold', () => {
  let graph: Graph;
  let reviewed: string;
  let unreviewed: string;
  let folders: string[] = [];

  const connect = async () => ({ graph, close: async () => undefined });
  const run = async (argv: string[]) => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await main(
      argv,
      (line) => out.push(line),
      (line) => err.push(line),
      connect,
    );
    return { code, out: out.join('\n'), err: err.join('\n') };
  };
  const newFolder = () => {
    const folder = mkdtempSync(join(tmpdir(), 'export-gold-'));
    folders.push(folder);
    return folder;
  };
  const goldIn = (folder: string): Record<string, Gold> =>
    Object.fromEntries(
      readdirSync(folder)
        .filter((name) => name.endsWith('.gold.json'))
        .map((name) => [name, parseGold(name, readFileSync(join(folder, name), 'utf8'))]),
    );
  const relations = (gold: Gold) =>
    gold.relations.map((r) => `${r.from} ${r.type} ${r.to} ${JSON.stringify(r.properties)}`).sort();

  async function factOf(documentId: string, type: string): Promise<{ id: string; from: string; to: string }> {
    const rows = await graph.runAutoCommit(
      `MATCH (:Document {id: $documentId})<-[:IN]-(:Sentence)<-[:FROM]-(v:Evidence {type: $type})
       RETURN DISTINCT v.factId AS id, v.fromId AS from, v.toId AS to`,
      { documentId, type },
    );
    expect(rows).toHaveLength(1);
    return rows[0] as unknown as { id: string; from: string; to: string };
  }
  async function entityNamed(name: string): Promise<string> {
    const [row] = await graph.runAutoCommit('MATCH (e:Entity {name: $name}) RETURN e.id AS id', { name });
    return String(row!.id);
  }

  beforeAll(async () => {
    graph = openTestGraph();
    await resetGraph(graph);
    const settings = { graph, maxBytes: 1_048_576 };
    reviewed = (await ingestArticle(settings, reviewedArticle)).documentId;
    unreviewed = (await ingestArticle(settings, unreviewedArticle)).documentId;
    const judge = (factId: string, verdict: 'ACCEPT' | 'REJECT') => reviewFact(graph, { factId, verdict }, 'alice');
    await judge((await factOf(reviewed, 'REPRESENTS')).id, 'ACCEPT');
    await judge((await factOf(reviewed, 'GOVERNS')).id, 'ACCEPT');
    await judge((await factOf(reviewed, 'ACCREDITED_TO')).id, 'REJECT');
    // An edit in place (a non-key property) and an edit to another fact (the visit was to the city).
    const investment = await factOf(reviewed, 'INVESTS_IN');
    await reviewFact(
      graph,
      {
        factId: investment.id,
        verdict: 'EDIT',
        edit: { from: investment.from, type: 'INVESTS_IN', to: investment.to, amount: 45_000_000, currency: 'USD' },
      },
      'alice',
    );
    const visit = await factOf(reviewed, 'VISITED');
    await reviewFact(
      graph,
      {
        factId: visit.id,
        verdict: 'EDIT',
        edit: { from: visit.from, type: 'VISITED', to: await entityNamed('Qarshi'), date: '2025-06-03' },
        note: 'the visit was to the city',
      },
      'alice',
    );
  });
  afterAll(async () => {
    for (const folder of folders) rmSync(folder, { recursive: true, force: true });
    folders = [];
    await graph.close();
  });

  it('writes the documents with a judged fact: the text as stored and gold of the accepted and edited facts', async () => {
    const folder = newFolder();
    const { code, out, err } = await run([folder, '--partly-reviewed']);
    expect(err).toBe('');
    expect(code).toBe(0);
    const base = `kazakh-envoy-tours-kashkadarya-${reviewed.slice(4, 12)}`;
    expect(readdirSync(folder).sort()).toEqual([`${base}.gold.json`, `${base}.txt`]);
    expect(out).toBe(
      `+ ${join(folder, base)}: ${reviewed} (en): 8 entities, 4 relations (2 accepted, 2 edited; 2 unreviewed facts left out)\n` +
        `1 document written to ${folder}: 4 relations (2 accepted, 2 edited; 2 unreviewed facts left out)`,
    );
    const [stored] = await graph.runAutoCommit('MATCH (d:Document {id: $id}) RETURN d.text AS text', { id: reviewed });
    expect(readFileSync(join(folder, `${base}.txt`), 'utf8')).toBe(stored!.text);

    const gold = goldIn(folder)[`${base}.gold.json`]!;
    expect(gold.language).toBe('en');
    expect(relations(gold)).toEqual([
      'Daniyar Temirbekov REPRESENTS Kazakhstan {"title":"Ambassador"}',
      'Daniyar Temirbekov VISITED Qarshi {"date":"2025-06-03"}',
      'Otabek Nurmatov GOVERNS Kashkadarya Region {"title":"khokim"}',
      'Steppe Polymers LLP INVESTS_IN Karshi Glassworks {"amount":45000000,"currency":"USD"}',
    ]);
    // The correction carries the sentence the reviewer corrected.
    expect(gold.relations.find((r) => r.type === 'VISITED')?.evidence).toBe(
      'The Ambassador of Kazakhstan to Uzbekistan, Daniyar Temirbekov, visited the Kashkadarya region on 3 June 2025.',
    );
    expect(gold.entities).toContainEqual({
      name: 'Kashkadarya Region',
      type: 'Region',
      roles: [],
      aliases: ['Kashkadarya region'],
    });
    expect(gold.entities).toContainEqual({ name: 'Qarshi', type: 'City', roles: [], aliases: ['Karshi'] });
    expect(gold.entities.map((e) => e.name)).not.toContain('Selim Karaoglu');
  });

  it('round trip: npm run eval reads the folder and scores the extractor against the judgements', async () => {
    const folder = newFolder();
    expect((await run([folder, '--partly-reviewed'])).code).toBe(0);
    const [pair] = readGoldFolder(folder);
    expect(pair?.text).toBe(reviewedArticle.text);
    const [result] = evaluateFolder(folder);
    // 7 facts extracted; 4 judged in: the rejected one is spurious, the visit's correction missed,
    // the two unreviewed are spurious; the edited amount is a property the extractor gets wrong.
    expect(result?.score.relations).toMatchObject({ tp: 3, predicted: 7, gold: 4 });
    expect(result?.score.entities).toMatchObject({ tp: 8, predicted: 8, gold: 8 });
    expect(result?.score.properties).toEqual({ correct: 3, total: 4 });
  });

  it('--include-unreviewed adds the facts nobody judged, never the rejected one', async () => {
    const folder = newFolder();
    const { code, out } = await run([folder, '--include-unreviewed']);
    expect(code).toBe(0);
    expect(out).toContain('8 entities, 6 relations (2 accepted, 2 edited, 2 unreviewed)\n');
    const gold = Object.values(goldIn(folder))[0]!;
    // MET_WITH is symmetric: stored (and exported) in one direction, scored in either.
    expect(relations(gold)).toEqual([
      'Daniyar Temirbekov MET_WITH Otabek Nurmatov {}',
      'Daniyar Temirbekov REPRESENTS Kazakhstan {"title":"Ambassador"}',
      'Daniyar Temirbekov VISITED Qarshi {"date":"2025-06-03"}',
      'Karshi Glassworks LOCATED_IN Qarshi {}',
      'Otabek Nurmatov GOVERNS Kashkadarya Region {"title":"khokim"}',
      'Steppe Polymers LLP INVESTS_IN Karshi Glassworks {"amount":45000000,"currency":"USD"}',
    ]);
    expect(evaluateFolder(folder)[0]?.score.relations).toMatchObject({ tp: 5, predicted: 7, gold: 6 });
  });

  it('--all writes every document; --documents and --language choose among them', async () => {
    const all = newFolder();
    expect((await run([all, '--all'])).out).toMatch(/^2 documents written/m);
    expect(readdirSync(all)).toHaveLength(4);
    const unjudged = Object.entries(goldIn(all)).find(([name]) => name.includes(unreviewed.slice(4, 12)))!;
    expect(unjudged[0]).toBe(`turkish-envoy-in-surkhandarya-${unreviewed.slice(4, 12)}.gold.json`);
    expect(unjudged[1].relations).toEqual([]);

    const asked = newFolder();
    const skipped = await run([asked, '--documents', unreviewed]);
    expect(skipped).toMatchObject({ code: 0, err: '' });
    expect(skipped.out).toContain(`- ${unreviewed}: no judged fact, skipped (--all exports it)`);
    expect(readdirSync(asked)).toEqual([]);
    expect((await run([asked, '--documents', `${unreviewed},${reviewed}`, '--all'])).code).toBe(0);
    expect(readdirSync(asked)).toHaveLength(4);

    const german = newFolder();
    expect((await run([german, '--language', 'de', '--all'])).out).toBe('no document to export');
    expect(readdirSync(german)).toEqual([]);
    expect((await run([german, '--language', 'en', '--partly-reviewed'])).code).toBe(0);
    expect(readdirSync(german)).toHaveLength(2);
  });

  it('names an unknown document (exit 2) and refuses to overwrite a file unless --force (exit 1)', async () => {
    const folder = newFolder();
    const unknown = await run([folder, '--documents', `${reviewed},doc_nope`]);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toMatch(/^--documents: no document doc_nope\nusage: npm run export-gold/);
    expect(readdirSync(folder)).toEqual([]);

    expect((await run([folder, '--partly-reviewed'])).code).toBe(0);
    const [text] = readdirSync(folder).filter((name) => name.endsWith('.txt'));
    writeFileSync(join(folder, text!), 'changed by hand');
    const refused = await run([folder, '--partly-reviewed']);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain(`refusing to overwrite ${join(folder, text!)}`);
    expect(refused.err).toContain('(--force overwrites)');
    expect(readFileSync(join(folder, text!), 'utf8')).toBe('changed by hand');
    expect((await run([folder, '--partly-reviewed', '--force'])).code).toBe(0);
    expect(readFileSync(join(folder, text!), 'utf8')).toBe(reviewedArticle.text);
  });

  it('rebuilds the text of a document stored without one from its sentences, at their offsets', async () => {
    const [stored] = await graph.runAutoCommit(
      'MATCH (d:Document {id: $id}) WITH d, d.text AS text REMOVE d.text RETURN text',
      { id: reviewed },
    );
    try {
      const folder = newFolder();
      const { code, out } = await run([folder, '--partly-reviewed']);
      expect(code).toBe(0);
      expect(out).toContain('(2 accepted, 2 edited; 2 unreviewed facts left out); text rebuilt from its sentences');
      const [pair] = readGoldFolder(folder);
      // The segmenter keeps every sentence's characters where they were; only the line breaks
      // between them come back as spaces.
      expect(pair?.text).toBe(String(stored!.text).replace(/\n(?!$)/g, ' '));
    } finally {
      await graph.runAutoCommit('MATCH (d:Document {id: $id}) SET d.text = $text', {
        id: reviewed,
        text: stored!.text,
      });
    }
  });

  it('runs as the script npm runs, on the database of NEO4J_URI', async () => {
    const folder = newFolder();
    const { uri, user, password } = testGraphSettings();
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [join(projectRoot, 'dist/src/cli/export-gold.js'), folder, '--language', 'en', '--partly-reviewed'],
      { env: { ...process.env, NEO4J_URI: uri, NEO4J_USER: user, NEO4J_PASSWORD: password, LOG_LEVEL: 'silent' } },
    );
    expect(stdout).toMatch(
      /^1 document written to .*: 4 relations \(2 accepted, 2 edited; 2 unreviewed facts left out\)$/m,
    );
    expect(readdirSync(folder)).toHaveLength(2);
  });

  // Last: it judges the remaining facts, so the document is reviewed to the end.
  it('by default writes only documents reviewed to the end, and names what a partly reviewed one lacks', async () => {
    const folder = newFolder();
    expect((await run([folder])).out).toBe(
      'no document to export (none is reviewed to the end; --partly-reviewed exports those with a judged fact, --all every document)',
    );
    expect((await run([folder, '--documents', reviewed])).out).toBe(
      `- ${reviewed}: 2 facts not judged yet, skipped (--partly-reviewed exports it)\n` +
        'no document to export (none is reviewed to the end; --partly-reviewed exports those with a judged fact, --all every document)',
    );
    expect(readdirSync(folder)).toEqual([]);
    for (const type of ['MET_WITH', 'LOCATED_IN'])
      await reviewFact(graph, { factId: (await factOf(reviewed, type)).id, verdict: 'ACCEPT' }, 'alice');
    const { code, out } = await run([folder]);
    expect(code).toBe(0);
    expect(out).toMatch(/^1 document written to .*: 6 relations \(4 accepted, 2 edited\)$/m);
    expect(relations(Object.values(goldIn(folder))[0]!)).toHaveLength(6);
  });
});
