/**
 * GraphiQL at GET /graphql works offline: the page loads only same-origin
 * assets, each served by this server; GraphQL requests still reach Apollo.
 * It opens on three tabs, one per job of the service, whose operations answer
 * on the sample corpus. The browser check runs where Debian's chromium is installed.
 */
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import type { Graph } from '../../src/graph/driver';
import { ideTabs } from '../../src/http/graphql-ide-examples';
import { ingestArticle } from '../../src/ingest/ingest';
import type { RunningServer } from '../../src/server';
import { corpusArticles } from '../support/corpus';
import { openTestGraph, resetGraph } from '../support/graph';
import { recordingLog } from '../support/log';
import { graphql, startTestServer } from '../support/server';

const browserAccept = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';
const chromiumPath = '/usr/bin/chromium';

describe('the GraphQL IDE at /graphql', () => {
  let graph: Graph;
  let server: RunningServer;
  const recorded = recordingLog();
  beforeAll(async () => {
    graph = openTestGraph();
    await resetGraph(graph);
    for (const article of corpusArticles()) await ingestArticle({ graph, maxBytes: 1_048_576 }, article);
    server = await startTestServer(graph, { log: recorded.log });
  });
  afterAll(async () => {
    await server?.stop();
    await graph?.close();
  });

  async function idePage(): Promise<{ html: string; assets: URL[] }> {
    const response = await fetch(`${server.url}/graphql`, { headers: { accept: browserAccept } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await response.text();
    const assets = [...html.matchAll(/<(?:script|link)\b[^>]*\b(?:src|href)="([^"]+)"/g)].map(
      (match) => new URL(match[1]!, `${server.url}/graphql`),
    );
    return { html, assets };
  }

  it('serves a GraphiQL page to a browser that loads only same-origin assets', async () => {
    const { html, assets } = await idePage();
    expect(html).toContain('GraphiQL');
    expect(assets.length).toBeGreaterThanOrEqual(4);
    for (const asset of assets) expect(asset.origin).toBe(new URL(server.url).origin);
  });

  it('answers each asset of the page with 200 and a script or style content type', async () => {
    const { assets } = await idePage();
    for (const asset of assets) {
      const response = await fetch(asset);
      expect({ asset: asset.pathname, status: response.status }).toEqual({ asset: asset.pathname, status: 200 });
      const type = response.headers.get('content-type') ?? '';
      if (asset.pathname === '/favicon.svg') {
        expect(type).toMatch(/^image\/svg\+xml/);
        continue;
      }
      expect(type).toMatch(asset.pathname.endsWith('.css') ? /^text\/css/ : /^(text|application)\/javascript/);
      expect((await response.arrayBuffer()).byteLength).toBeGreaterThan(1000);
    }
  });

  it('opens on three example tabs, one per job, whose operations answer on the sample corpus', async () => {
    const { html } = await idePage();
    expect(html).toContain('defaultTabs: settings.tabs');
    expect(html).not.toContain('databaseInfo');
    type Answer = {
      investments?: { totalCount: number; edges: { node: { from: { name: string }; to: { name: string } } }[] };
      connections?: { length: number; hops: { fact: { type: string } }[] }[];
      graphView?: { truncated: boolean; nodes: { name: string }[]; edges: unknown[] };
    };
    const answers: Answer[] = [];
    for (const tab of ideTabs) {
      const response = await graphql<Answer>(
        server.url,
        tab.query,
        JSON.parse(tab.variables) as Record<string, unknown>,
      );
      expect({ query: tab.query, errors: response.errors }).toEqual({ query: tab.query, errors: undefined });
      answers.push(response.data!);
    }
    const [invests, connected, around] = answers;
    expect(invests!.investments!.edges.map(({ node }) => `${node.from.name} → ${node.to.name}`)).toContain(
      'Indorama Corporation → Ferganaazot',
    );
    expect(connected!.connections![0]!.hops.map((hop) => hop.fact.type)).toEqual(['MET_WITH']);
    expect(around!.graphView!.nodes.map((node) => node.name)).toEqual(
      expect.arrayContaining(['Beibut Atamkulov', 'Ferganaazot', 'Khairullo Bozarov']),
    );
  });

  it('answers an unknown asset with 404', async () => {
    const response = await fetch(`${server.url}/graphql/ide/secrets.json`);
    expect(response.status).toBe(404);
  });

  it('answers names of Object.prototype with 404 and logs no error, under the IDE and the viewer alike', async () => {
    for (const name of ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf']) {
      for (const path of [`/graphql/ide/${name}`, `/viewer/${name}`]) {
        const response = await fetch(`${server.url}${path}`);
        expect({ path, status: response.status }).toEqual({ path, status: 404 });
      }
    }
    expect(recorded.errors()).toEqual([]);
  });

  it('leaves POST, GET with ?query= and JSON clients to Apollo', async () => {
    const post = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: browserAccept },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(post.status).toBe(200);
    expect(await post.json()).toEqual({ data: { __typename: 'Query' } });

    const get = await fetch(`${server.url}/graphql?query=${encodeURIComponent('{ __typename }')}`, {
      headers: { accept: browserAccept, 'apollo-require-preflight': 'true' },
    });
    expect(get.headers.get('content-type')).toMatch(/json/);
    expect(await get.json()).toEqual({ data: { __typename: 'Query' } });

    const json = await fetch(`${server.url}/graphql`, { headers: { accept: 'application/json' } });
    expect(json.headers.get('content-type')).toMatch(/json/);
  });

  (existsSync(chromiumPath) ? it : it.skip)(
    'renders in chromium, offline, opens on the three jobs and runs the first as it stands',
    async () => {
      const browser = await chromium.launch({
        executablePath: chromiumPath,
        args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
      });
      try {
        const page = await browser.newPage();
        const origin = new URL(server.url).origin;
        const offsite: string[] = [];
        const problems: string[] = [];
        await page.route('**/*', (route) => {
          const url = route.request().url();
          if (new URL(url).origin === origin || url.startsWith('data:')) return route.continue();
          offsite.push(url);
          return route.abort();
        });
        page.on('pageerror', (error) => problems.push(error.message));
        page.on('console', (message) => {
          if (message.type() === 'error') problems.push(message.text());
        });

        await page.goto(`${server.url}/graphql`);
        await page.locator('.graphiql-query-editor .CodeMirror').waitFor({ timeout: 30_000 });
        // A first visit opens the three jobs as tabs, named by their operations, the first one active with its variables.
        await expect(page.locator('.graphiql-tab').allInnerTexts()).resolves.toEqual([
          'WhoInvests',
          'HowConnected',
          'Neighbourhood',
        ]);
        const editorText = (selector: string) =>
          page.evaluate(`document.querySelector('${selector} .CodeMirror').CodeMirror.getValue()`);
        await expect(editorText('.graphiql-query-editor')).resolves.toBe(ideTabs[0]!.query);
        // Its variables are filled in: running it as it opens answers with the plant's investor.
        const variables = `document.querySelector('.graphiql-editor-tool .CodeMirror').CodeMirror.getValue()`;
        await expect(page.evaluate(variables)).resolves.toBe(ideTabs[0]!.variables);
        await page.locator('.graphiql-execute-button').click();
        await expect(
          page
            .locator('.result-window')
            .filter({ hasText: '"name": "Indorama Corporation"' })
            .waitFor({ timeout: 30_000 }),
        ).resolves.toBeUndefined();
        expect(offsite).toEqual([]);
        expect(problems).toEqual([]);
      } finally {
        await browser.close();
      }
    },
  );
});
