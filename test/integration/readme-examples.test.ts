/**
 * README examples as tests: every GraphQL query in README.md runs against the
 * sample corpus and its shown answer is compared, so the README cannot drift
 * from what the API answers.
 *
 * Convention (in README.md): a query block is preceded by
 *   <!-- example: NAME exact -->   the ```json block after it is the whole `data`
 *   <!-- example: NAME subset -->  the ```json block is `data` abridged: objects may
 *                                  leave keys out, lists keep their length and order
 *   <!-- example: NAME unordered --> abridged as for subset, and lists in any order
 *                                  (for answers whose order the API does not fix)
 * and every other ```graphql block by <!-- not-run: REASON --> (mutations, which
 * would change the graph the other examples read).
 * The ingest example's `+` and `=` lines are compared with what `npm run ingest`
 * prints (its describeResult) for that article into an empty graph.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Graph } from '../../src/graph/driver';
import { describeResult } from '../../src/cli/ingest';
import { ingestArticle } from '../../src/ingest/ingest';
import { projectRoot } from '../../src/paths';
import type { RunningServer } from '../../src/server';
import { corpusArticle, corpusArticles } from '../support/corpus';
import { openTestGraph, resetGraph } from '../support/graph';
import { graphql, startTestServer } from '../support/server';

type Mode = 'exact' | 'subset' | 'unordered';

interface Example {
  name: string;
  mode: Mode;
  query: string;
  answer: unknown;
}

const block = (lang: string) => '```' + lang + '\\n([\\s\\S]*?)```';

/** The README's examples, by the convention above. */
function readmeExamples(markdown: string): Example[] {
  const pattern = new RegExp(
    `<!-- example: (\\S+) (exact|subset|unordered) -->\\s*${block('graphql')}\\s*${block('json')}`,
    'g',
  );
  return [...markdown.matchAll(pattern)].map(([, name, mode, query, answer]) => ({
    name: name!,
    mode: mode as Mode,
    query: query!,
    answer: parseAnswer(name!, answer!),
  }));
}

function parseAnswer(name: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new Error(`README example ${name}: its answer is not JSON (${(error as Error).message})`);
  }
}

/** `shown` matches `actual`: equal, or abridged (keys left out of objects) and, if unordered, lists in any order. */
function matches(shown: unknown, actual: unknown, mode: Mode): boolean {
  if (Array.isArray(shown)) {
    if (!Array.isArray(actual) || shown.length !== actual.length) return false;
    if (mode !== 'unordered') return shown.every((item, index) => matches(item, actual[index], mode));
    // Each shown item to a distinct actual one; backtracking, since an abridged item can match several.
    const assign = (index: number, used: Set<number>): boolean =>
      index === shown.length ||
      actual.some(
        (candidate, at) =>
          !used.has(at) && matches(shown[index], candidate, mode) && assign(index + 1, new Set(used).add(at)),
      );
    return assign(0, new Set());
  }
  if (shown !== null && typeof shown === 'object') {
    if (actual === null || typeof actual !== 'object' || Array.isArray(actual)) return false;
    const actualKeys = Object.keys(actual);
    if (mode === 'exact' && actualKeys.length !== Object.keys(shown).length) return false;
    return Object.entries(shown).every(
      ([key, value]) => actualKeys.includes(key) && matches(value, (actual as Record<string, unknown>)[key], mode),
    );
  }
  return Object.is(shown, actual);
}

const readme = readFileSync(join(projectRoot, 'README.md'), 'utf8');
const examples = readmeExamples(readme);

/** The README's export downloads: `curl -o FILE 'URL'` lines in ```sh blocks. */
const exportCommands = [...readme.matchAll(/^curl -o (\S+)\s+'(http:\/\/localhost:4000\/export\/[^']+)'/gm)].map(
  ([, file, url]) => ({ file: file!, url: url! }),
);

/** Nodes and edges in an export, by its file name's format. */
function countElements(file: string, body: string): { nodes: number; edges: number } {
  if (file.endsWith('.json')) {
    const { elements } = JSON.parse(body) as { elements: { nodes: unknown[]; edges: unknown[] } };
    return { nodes: elements.nodes.length, edges: elements.edges.length };
  }
  return { nodes: body.match(/<node\s/g)?.length ?? 0, edges: body.match(/<edge\s/g)?.length ?? 0 };
}

describe('the matcher', () => {
  it('tells a changed value, a missing key and a list of another length apart from an abridged answer', () => {
    const actual = { a: [{ b: 1, c: 'x' }, { b: 2 }], d: null };
    expect(matches(actual, actual, 'exact')).toBe(true);
    expect(matches({ a: [{ b: 1 }, { b: 2 }] }, actual, 'subset')).toBe(true);
    expect(matches({ a: [{ b: 1 }, { b: 2 }] }, actual, 'exact')).toBe(false);
    expect(matches({ a: [{ b: 1 }, { b: 3 }] }, actual, 'subset')).toBe(false);
    expect(matches({ a: [{ b: 1 }] }, actual, 'subset')).toBe(false);
    expect(matches({ e: null }, actual, 'subset')).toBe(false);
    expect(matches({ a: [{ b: 2 }, { b: 1 }] }, actual, 'subset')).toBe(false);
    expect(matches({ a: [{ b: 2 }, { b: 1 }] }, actual, 'unordered')).toBe(true);
    expect(matches({ a: [{}, { b: 1, c: 'x' }] }, actual, 'unordered')).toBe(true);
    expect(matches({ a: [{ b: 2 }, { b: 2 }] }, actual, 'unordered')).toBe(false);
  });
});

describe('README.md', () => {
  it('marks every GraphQL block as an example with its answer, or says why it is not run', () => {
    const blocks = [...readme.matchAll(/(<!--[^>]*-->)?\s*```graphql\n/g)];
    const unmarked = blocks.filter(
      ([, marker]) => !/^<!-- (example: \S+ (exact|subset|unordered)|not-run: .+) -->$/.test(marker ?? ''),
    );
    expect(unmarked.map((match) => readme.slice(match.index, match.index + 80))).toEqual([]);
    expect(examples.length).toBe(blocks.filter(([, marker]) => marker?.startsWith('<!-- example:')).length);
    expect(examples.length).toBeGreaterThan(0);
  });

  it('has its three export downloads as curl commands the test can find', () => {
    expect(exportCommands.map((command) => command.file)).toEqual(['view.graphml', 'view.gexf', 'view.json']);
  });
});

describe('README examples on the sample corpus', () => {
  let graph: Graph;
  let server: RunningServer;
  /** What `npm run ingest` prints for the README's article into an empty graph, and for it again. */
  const ingestLines: string[] = [];

  beforeAll(async () => {
    graph = openTestGraph();
    await resetGraph(graph);
    const file = 'corpus/en-fergana-ambassador-visit.txt';
    for (let run = 0; run < 2; run += 1) {
      const result = await ingestArticle({ graph, maxBytes: 1_048_576 }, corpusArticle('en-fergana-ambassador-visit'));
      ingestLines.push(describeResult(file, result));
    }
    await resetGraph(graph);
    for (const article of corpusArticles()) await ingestArticle({ graph, maxBytes: 1_048_576 }, article);
    server = await startTestServer(graph);
  });
  afterAll(async () => {
    await server.stop();
    await graph.close();
  });

  it('shows the lines npm run ingest prints for an article into an empty graph and again', () => {
    const shown = readme.split('\n');
    for (const line of ingestLines) expect(shown).toContain(line);
  });

  it('gives the graph view the node and edge counts the README states', async () => {
    const stated = /answers (\d+) nodes and (\d+) edges/.exec(readme);
    expect(stated).not.toBeNull();
    const view = examples.find((example) => example.name === 'graph-view-ambassador')!;
    const response = await graphql<{ graphView: { nodes: unknown[]; edges: unknown[] } }>(server.url, view.query);
    expect([response.data!.graphView.nodes.length, response.data!.graphView.edges.length]).toEqual([
      Number(stated![1]),
      Number(stated![2]),
    ]);
  });

  it.each(exportCommands.map((command) => [command.file, command] as const))(
    "serves %s for its curl command with the graph view's nodes and facts",
    async (_, command) => {
      const url = new URL(command.url);
      const response = await fetch(new URL(url.pathname + url.search, server.url));
      expect(response.status).toBe(200);
      const body = await response.text();
      const ids = url.searchParams.get('ids')!.split(',');
      const view = await graphql<{ graphView: { nodes: unknown[]; edges: unknown[] } }>(
        server.url,
        'query($ids: [ID!]!) { graphView(ids: $ids) { nodes { id } edges { id } } }',
        { ids },
      );
      expect(countElements(command.file, body)).toEqual({
        nodes: view.data!.graphView.nodes.length,
        edges: view.data!.graphView.edges.length,
      });
    },
  );

  it.each(examples.map((example) => [example.name, example] as const))('%s answers as shown', async (_, example) => {
    const response = await graphql(server.url, example.query);
    expect(response.errors).toBeUndefined();
    if (!matches(example.answer, response.data, example.mode))
      // Equal fails with the whole diff; in subset mode it also shows what the README left out.
      expect(response.data).toEqual(example.answer);
  });
});
