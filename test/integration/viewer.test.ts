/**
 * The browser graph viewer at /, driven in Debian's chromium (playwright-core)
 * against the sample corpus in a real Neo4j, offline: search the ambassador in
 * another script, see the plants he visited drawn, open an edge's evidence, see
 * who invests in Ferganaazot, ask for the path to that investor and see it
 * highlighted, export the view (GraphML counted against the drawing; PNG, SVG,
 * GEXF, Cytoscape JSON), reopen it from its link, and read the messages for an
 * empty search, a truncated view and a failed request, read the view as of a
 * day (the date field, kept in the link), watch a node and stop watching it;
 * and the review page at /review, driven with the keyboard alone, on facts and
 * on fuzzy resolutions. Screenshots go to
 * test-results/viewer/. Without chromium the browser part is skipped locally
 * and fails under CI=true (.ci/run installs chromium).
 */
import { DOMParser } from '@xmldom/xmldom';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import type { Graph } from '../../src/graph/driver';
import { ingestArticle } from '../../src/ingest/ingest';
import { projectRoot } from '../../src/paths';
import type { RunningServer } from '../../src/server';
import { corpusArticles } from '../support/corpus';
import { openTestGraph, resetGraph } from '../support/graph';
import { asEditor, graphql, startTestServer, testKeys } from '../support/server';
import {
  connectionsQuery,
  entityQuery,
  entityRefQuery,
  graphViewQuery,
  investmentsQuery,
  searchQuery,
  type GraphViewAnswer,
} from '../../web/src/queries';
import { watchesQuery, type WatchesAnswer } from '../../web/src/watch-queries';
import {
  reviewQueueQuery,
  reviewStatsQuery,
  type ReviewQueueAnswer,
  type ReviewStatsAnswer,
} from '../../web/src/review-queries';

// What the browser side of page.evaluate uses: this file is compiled without the DOM library.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- Cytoscape's API, typed in web/ only
type Cy = any;
declare const window: { silkgraphViewer: { cy: Cy } };
declare const document: { activeElement: { id: string } | null; body: { dataset: Record<string, string | undefined> } };
declare const location: { hash: string };
declare const sessionStorage: { getItem(key: string): string | null };

const chromiumPath = '/usr/bin/chromium';
const haveChromium = existsSync(chromiumPath);
const inCi = process.env.CI === 'true';
const shots = join(projectRoot, 'test-results', 'viewer');
const documentBase = 'https://corpus.silkgraph.test/';

if (!haveChromium && !inCi)
  process.stderr.write(`[viewer test] ${chromiumPath} is missing: browser checks skipped (apt-get install chromium)\n`);

/** What the page's Cytoscape holds, read in the browser: its nodes, the facts its edges stand for, its edges. */
interface Drawn {
  nodes: { id: string; name: string; classes: string[]; x: number; y: number }[];
  /** One per fact; `drawnAs` is the id of the drawn edge that bundles the facts between two nodes. */
  edges: { id: string; source: string; target: string; type: string; classes: string[]; drawnAs: string }[];
  bundles: { id: string; label: string; facts: number }[];
  width: number;
  height: number;
}

async function drawn(page: Page): Promise<Drawn> {
  return page.evaluate(() => {
    type Fact = { id: string; type: string; source: string; target: string };
    type Element = { id(): string; data(key: string): unknown; classes(): string[]; renderedPosition(): object };
    const cy = window.silkgraphViewer.cy;
    const edges = cy.edges(':visible');
    return {
      nodes: cy
        .nodes(':visible')
        .map((n: Element) => ({ id: n.id(), name: n.data('name'), classes: n.classes(), ...n.renderedPosition() })),
      edges: edges
        .map((e: Element) =>
          (e.data('facts') as Fact[]).map((fact) => ({ ...fact, classes: e.classes(), drawnAs: e.id() })),
        )
        .flat(),
      bundles: edges.map((e: Element) => ({
        id: e.id(),
        label: e.data('label'),
        facts: (e.data('facts') as Fact[]).length,
      })),
      width: cy.width(),
      height: cy.height(),
    };
  });
}

/** The labels Cytoscape draws at the current zoom, as boxes in model coordinates. */
interface ShownLabels {
  zoom: number;
  /** Node labels' size on screen. */
  nodeFontPx: number;
  nodes: { text: string; box: Box }[];
  edges: { text: string; box: Box }[];
}
type Box = { x1: number; y1: number; x2: number; y2: number };

async function shownLabels(page: Page): Promise<ShownLabels> {
  return page.evaluate(() => {
    type Style = { strValue: string; pfValue: number };
    type Element = {
      data(key: string): string;
      pstyle(name: string): Style;
      boundingBox(options: object): Box & { w: number };
    };
    const cy = window.silkgraphViewer.cy;
    const zoom: number = cy.zoom();
    // A label is drawn when it has text and the renderer finds it big enough (its min-zoomed-font-size rule).
    const shown = (element: Element) =>
      element.pstyle('label').strValue !== '' && cy.renderer().eleTextBiggerThanMin(element) === true;
    const labelsOnly = { includeNodes: false, includeEdges: false, includeLabels: true, includeOverlays: false };
    const label = (element: Element) => {
      const { x1, y1, x2, y2 } = element.boundingBox(labelsOnly);
      return { text: element.pstyle('label').strValue, box: { x1, y1, x2, y2 } };
    };
    const nodes = cy.nodes(':visible');
    return {
      zoom,
      nodeFontPx: nodes.first().pstyle('font-size').pfValue * zoom,
      nodes: nodes.filter(shown).map(label),
      edges: cy.edges(':visible').filter(shown).map(label),
    };
  });
}

/** Each edge label that covers a node label, with the node label it covers. */
function labelOverlaps(labels: ShownLabels): string[] {
  const overlap = (a: Box, b: Box) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
  return labels.edges.flatMap((edge) =>
    labels.nodes.filter((node) => overlap(edge.box, node.box)).map((node) => `"${edge.text}" over "${node.text}"`),
  );
}

async function waitDrawn(page: Page): Promise<void> {
  await page.waitForFunction(() => document.body.dataset.graph === 'drawn', null, { timeout: 30_000 });
}

(haveChromium || inCi ? describe : describe.skip)('the graph viewer at / in chromium', () => {
  let graph: Graph;
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const offsite: string[] = [];
  const problems: string[] = [];
  const ids: Record<string, string> = {};

  const screenshot = (name: string) => page.screenshot({ path: join(shots, `${name}.png`) });
  const nodeNamed = (view: Drawn, name: string) => view.nodes.find((node) => node.name === name);

  async function newPage(): Promise<Page> {
    const opened = await context.newPage();
    opened.on('pageerror', (error) => problems.push(error.message));
    opened.on('console', (message) => {
      if (message.type() === 'error' && !message.text().includes('ERR_FAILED')) problems.push(message.text());
    });
    return opened;
  }

  beforeAll(async () => {
    if (!haveChromium)
      throw new Error(`${chromiumPath} is missing: the viewer test needs Debian's chromium (.ci/run installs it)`);
    mkdirSync(shots, { recursive: true });
    graph = openTestGraph();
    await resetGraph(graph);
    for (const article of corpusArticles())
      await ingestArticle({ graph, maxBytes: 1_048_576 }, { ...article, url: `${documentBase}${article.title}` });
    server = await startTestServer(graph);
    for (const [key, name] of [
      ['ambassador', 'Beibut Atamkulov'],
      ['plant', 'Ferganaazot'],
      ['investor', 'Indorama Corporation'],
      ['akim', 'Marat Sultangaziev'],
      ['sughd', 'Abdurahmon Qodirzoda'],
    ]) {
      const found = await graphql<{ search: { edges: { node: { entity: { id: string; name: string } } }[] } }>(
        server.url,
        'query($text: String!) { search(text: $text, first: 1) { edges { node { entity { id name } } } } }',
        { text: name },
      );
      const [hit] = found.data!.search.edges;
      expect(hit!.node.entity.name).toBe(name);
      ids[key!] = hit!.node.entity.id;
    }
    browser = await chromium.launch({
      executablePath: chromiumPath,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    });
    context = await browser.newContext({ viewport: { width: 1500, height: 950 }, acceptDownloads: true });
    const origin = new URL(server.url).origin;
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (new URL(url).origin === origin || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
      offsite.push(url);
      return route.abort();
    });
    page = await newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await graph?.close();
  });

  it("sends only operations within the server's query limits", async () => {
    for (const operation of [
      searchQuery('Ferganaazot'),
      graphViewQuery([ids.ambassador!, ids.plant!], 3, 2000),
      graphViewQuery([ids.ambassador!, ids.plant!], 3, 2000, '2024-02-20'),
      entityQuery(ids.plant!),
      entityQuery(ids.plant!, '2024-02-20'),
      entityRefQuery(ids.plant!),
      connectionsQuery(ids.ambassador!, ids.investor!),
      connectionsQuery(ids.ambassador!, ids.investor!, '2024-02-20'),
      investmentsQuery(ids.plant!),
      investmentsQuery(ids.plant!, '2024-02-20'),
    ]) {
      const response = await graphql(server.url, operation.query, operation.variables);
      expect({ query: operation.query, status: response.status, errors: response.errors }).toEqual({
        query: operation.query,
        status: 200,
        errors: undefined,
      });
    }
  });

  it('loads offline from this server alone, and reports how long a view takes to draw', async () => {
    const response = await page.goto(server.url);
    expect(response?.status()).toBe(200);
    await page.waitForFunction(() => document.body.dataset.graph === 'empty');
    await expect(page.locator('#details-body').innerText()).resolves.toMatch(/Search for a person/);

    const started = Date.now();
    const timed = await newPage();
    await timed.goto(`${server.url}/#e=${ids.ambassador}`);
    await waitDrawn(timed);
    const loadMs = Date.now() - started;
    const navigation = await timed.evaluate(() => {
      const entries = performance.getEntriesByType as unknown as (
        type: string,
      ) => { domContentLoadedEventEnd: number }[];
      const [entry] = entries.call(performance, 'navigation');
      return { domContentLoaded: Math.round(entry!.domContentLoadedEventEnd), drawnAt: Math.round(performance.now()) };
    });
    process.stderr.write(
      `[viewer test] the ambassador's neighbourhood: navigation to graph drawn in ${loadMs} ms ` +
        `(DOMContentLoaded at ${navigation.domContentLoaded} ms, drawn at ${navigation.drawnAt} ms of page time)\n`,
    );
    expect((await drawn(timed)).nodes.length).toBeGreaterThan(5);
    expect(loadMs).toBeLessThan(15_000);
    await timed.close();
  });

  it('finds the ambassador by another spelling and draws his neighbourhood with the plants he visited', async () => {
    await page.keyboard.press('/');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('search');
    await page.keyboard.type('Атамкулов');
    const option = page.getByRole('option', { name: /Beibut Atamkulov/ });
    await option.waitFor();
    await page.keyboard.press('ArrowDown');
    await expect(option.getAttribute('aria-selected')).resolves.toBe('true');
    await page.keyboard.press('Enter');
    await waitDrawn(page);
    await page.locator('#details-title', { hasText: 'Beibut Atamkulov' }).waitFor();
    await expect(page.locator('#details-body').innerText()).resolves.toMatch(/Person · Diplomat/);

    const view = await drawn(page);
    for (const plant of ['Ferganaazot', 'Ferghana Oil Refinery']) {
      const node = nodeNamed(view, plant);
      expect(node).toBeDefined();
      expect(node!.x).toBeGreaterThan(0);
      expect(node!.x).toBeLessThan(view.width);
      expect(node!.y).toBeGreaterThan(0);
      expect(node!.y).toBeLessThan(view.height);
      expect(view.edges).toContainEqual(
        expect.objectContaining({ source: ids.ambassador, target: node!.id, type: 'VISITED' }),
      );
    }
    expect(nodeNamed(view, 'Beibut Atamkulov')!.classes).toContain('seed');
    await expect(page.locator('#nodes-heading').innerText()).resolves.toBe(
      `In view (${view.nodes.length} nodes, ${view.edges.length} edges)`,
    );
    await screenshot('01-neighbourhood');
  });

  it("opens an edge's evidence: the quote and a link to its document", async () => {
    const view = await drawn(page);
    const plant = nodeNamed(view, 'Ferganaazot')!;
    const visit = view.edges.find((e) => e.source === ids.ambassador && e.target === plant.id && e.type === 'VISITED')!;
    // A person clicks where the edge is clear of other edges and labels: the first such point along it.
    const point = await page.evaluate((id) => {
      type P = { x: number; y: number };
      const cy = window.silkgraphViewer.cy;
      const edge = cy.getElementById(id); // the drawn edge the visit is bundled in
      const [start, control, end] = [
        edge.sourceEndpoint(),
        (edge.controlPoints() ?? [])[0],
        edge.targetEndpoint(),
      ] as P[];
      const at = (t: number): P => {
        const c = control ?? { x: (start!.x + end!.x) / 2, y: (start!.y + end!.y) / 2 };
        const u = 1 - t;
        return {
          x: u * u * start!.x + 2 * u * t * c.x + t * t * end!.x,
          y: u * u * start!.y + 2 * u * t * c.y + t * t * end!.y,
        };
      };
      const zoom = cy.zoom();
      const pan = cy.pan();
      for (const t of [0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8]) {
        const model = at(t);
        if (cy.renderer().findNearestElement(model.x, model.y, true, false)?.id() === id)
          return { x: model.x * zoom + pan.x, y: model.y * zoom + pan.y };
      }
      return null;
    }, visit.drawnAs);
    expect(point).not.toBeNull();
    const box = (await page.locator('#graph').boundingBox())!;
    await page.mouse.click(box.x + point!.x, box.y + point!.y);
    const title = page.locator('#details-title');
    const bundled = view.edges.filter((e) => e.drawnAs === visit.drawnAs);
    if (bundled.length > 1) {
      // The edge stands for all the facts between the two: the panel lists them, each with its evidence.
      await title.filter({ hasText: `${bundled.length} facts: ` }).waitFor();
      const items = page.locator('#details-body ul.facts > li');
      await expect(items.count()).resolves.toBe(bundled.length);
      await items.filter({ hasText: 'visited Ferganaazot' }).getByRole('button', { name: 'Evidence' }).click();
    }
    await title.filter({ hasText: 'Beibut Atamkulov visited Ferganaazot' }).waitFor();
    const quote = page.locator('#details-body .evidence blockquote').first();
    await expect(quote.innerText()).resolves.toMatch(/Ferganaazot/);
    const link = page.locator('#details-body .evidence a').first();
    await expect(link.getAttribute('href')).resolves.toMatch(new RegExp(`^${documentBase}.+\\.txt$`));
    await expect(page.evaluate(() => location.hash)).resolves.toContain(`fact=${visit.id}`);
    await screenshot('02-edge-evidence');
  });

  it('lists who invests in Ferganaazot and highlights them in the graph', async () => {
    await page
      .locator('#nodes-body')
      .getByRole('button', { name: /^Ferganaazot/ })
      .click();
    await page.locator('#details-title', { hasText: 'Ferganaazot' }).waitFor();
    await page.getByRole('button', { name: 'Who invests in it?' }).click();
    const investors = page.locator('#investors-body .investors');
    await investors.getByRole('button', { name: /Indorama Corporation/ }).waitFor();
    await expect(investors.locator('blockquote').first().innerText()).resolves.toMatch(/investor/);
    await waitDrawn(page);
    const view = await drawn(page);
    expect(view.nodes.find((n) => n.id === ids.investor)!.classes).toContain('investor');
    expect(view.edges.find((e) => e.source === ids.investor && e.target === ids.plant)!.classes).toContain('investor');
    await screenshot('03-investors');
  });

  it('asks for the paths from the ambassador to the investor of Ferganaazot and highlights them hop by hop', async () => {
    await page
      .locator('#investors-body .investors')
      .getByRole('button', { name: /Indorama Corporation/ })
      .click();
    await page.locator('#details-title', { hasText: 'Indorama Corporation' }).waitFor();
    await page.getByRole('button', { name: 'Path to here' }).click();
    await expect(page.locator('#path-to').inputValue()).resolves.toBe('Indorama Corporation');
    // The other end by keyboard, in the path panel's own search box.
    await page.locator('#path-from').focus();
    await page.keyboard.type('Atamkulov');
    await page
      .locator('#path-from-list')
      .getByRole('option', { name: /Beibut Atamkulov/ })
      .waitFor();
    await page.keyboard.press('Enter');
    const results = page.locator('#path-results');
    await results.locator('.path').first().waitFor();
    await expect(results.innerText()).resolves.toMatch(/shortest paths? from Beibut Atamkulov to Indorama Corporation/);
    await expect(results.locator('.hop').first().innerText()).resolves.toMatch(/Beibut Atamkulov/);
    await expect(results.locator('.hop blockquote').first().innerText()).resolves.toMatch(/\w/);
    await waitDrawn(page);

    const view = await drawn(page);
    const onPath = view.edges.filter((e) => e.classes.includes('path'));
    expect(onPath.length).toBeGreaterThanOrEqual(1);
    const pathNodes = new Set(view.nodes.filter((n) => n.classes.includes('path')).map((n) => n.id));
    expect(pathNodes).toContain(ids.ambassador);
    expect(pathNodes).toContain(ids.investor);
    for (const edge of onPath) expect(pathNodes.has(edge.source) && pathNodes.has(edge.target)).toBe(true);
    // The shortest path is one hop: the ambassador met the investor's representatives (MET_WITH is mutual).
    const ends = (e: { source: string; target: string }) => [e.source, e.target].sort().join(' ');
    expect(onPath.filter((e) => e.type === 'MET_WITH').map(ends)).toContain(
      ends({ source: ids.ambassador!, target: ids.investor! }),
    );
    await expect(results.locator('.path h3').first().innerText()).resolves.toBe('Path 1: 1 hop');
    expect(view.nodes.filter((n) => !n.classes.includes('path') && !n.classes.includes('investor'))).toEqual(
      view.nodes.filter((n) => n.classes.includes('faded')),
    );
    await screenshot('04-path-to-investor');
  });

  it('exports the view as GraphML with the counts drawn, and as PNG, SVG, GEXF and Cytoscape JSON', async () => {
    const view = await drawn(page);
    const save = async (label: string) => {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('group', { name: 'Export the view' }).getByRole('button', { name: label, exact: true }).click(),
      ]);
      const path = await download.path();
      return { name: download.suggestedFilename(), bytes: readFileSync(path) };
    };

    const graphml = await save('GraphML');
    expect(graphml.name).toBe('silkgraph-view.graphml');
    const errors: string[] = [];
    const xml = new DOMParser({ onError: (_level, message) => errors.push(message) }).parseFromString(
      graphml.bytes.toString('utf8'),
      'application/xml',
    );
    expect(errors).toEqual([]);
    expect(xml.getElementsByTagName('node').length).toBe(view.nodes.length);
    expect(xml.getElementsByTagName('edge').length).toBe(view.edges.length);
    expect(graphml.bytes.toString('utf8')).toContain('Ferganaazot');
    writeFileSync(join(shots, 'view.graphml'), graphml.bytes);

    const png = await save('PNG');
    expect(png.bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(png.bytes.length).toBeGreaterThan(10_000);
    writeFileSync(join(shots, 'export.png'), png.bytes);

    const svg = await save('SVG');
    const svgDocument = new DOMParser().parseFromString(svg.bytes.toString('utf8'), 'image/svg+xml');
    expect(svgDocument.getElementsByTagName('text').length).toBe(view.nodes.length + view.bundles.length);
    writeFileSync(join(shots, 'export.svg'), svg.bytes);

    const gexf = await save('GEXF');
    expect(gexf.bytes.toString('utf8').match(/<node /g)).toHaveLength(view.nodes.length);

    const json = await save('Cytoscape JSON');
    const elements = JSON.parse(json.bytes.toString('utf8')) as { elements: { nodes: unknown[]; edges: unknown[] } };
    expect([elements.elements.nodes.length, elements.elements.edges.length]).toEqual([
      view.nodes.length,
      view.edges.length,
    ]);
  });

  it('hides a node and filters a kind, and a copied link reopens the same view', async () => {
    await page
      .locator('#nodes-body')
      .getByRole('button', { name: /^Namangan Polymer/ })
      .click();
    await page.locator('#details-title', { hasText: 'Namangan Polymer' }).waitFor();
    await page.getByRole('button', { name: 'Hide node' }).click();
    await page.getByRole('checkbox', { name: /Country/ }).uncheck();
    await waitDrawn(page);
    const before = await drawn(page);
    expect(nodeNamed(before, 'Namangan Polymer')).toBeUndefined();
    expect(nodeNamed(before, 'Kazakhstan')).toBeUndefined();
    await expect(page.locator('#nodes-body .hidden-nodes').innerText()).resolves.toMatch(/Namangan Polymer/);

    await page.getByRole('button', { name: 'Copy link' }).click();
    const link = await page.locator('#share-link').inputValue();
    expect(link).toContain(`e=${ids.ambassador}`);
    const reopened = await newPage();
    await reopened.goto(link);
    await reopened.locator('#path-results .path').first().waitFor();
    await waitDrawn(reopened);
    const after = await drawn(reopened);
    expect(after.nodes.map((n) => n.id).sort()).toEqual(before.nodes.map((n) => n.id).sort());
    expect(after.edges.map((e) => e.id).sort()).toEqual(before.edges.map((e) => e.id).sort());
    expect(
      after.edges
        .filter((e) => e.classes.includes('path'))
        .map((e) => e.id)
        .sort(),
    ).toEqual(
      before.edges
        .filter((e) => e.classes.includes('path'))
        .map((e) => e.id)
        .sort(),
    );
    await expect(reopened.getByRole('checkbox', { name: /Country/ }).isChecked()).resolves.toBe(false);
    await reopened.screenshot({ path: join(shots, '05-reopened-from-link.png') });
    await reopened.close();
  });

  it('says so when a search finds nothing, a view is truncated, or a request fails', async () => {
    const messages = await newPage();
    await messages.goto(`${server.url}/#e=${ids.ambassador}&limit=4`);
    await waitDrawn(messages);
    await expect(messages.locator('#status-note').innerText()).resolves.toMatch(/cut at 4 nodes \(truncated\)/);
    expect((await drawn(messages)).nodes.length).toBeLessThanOrEqual(4);

    await messages.locator('#search').fill('Zzyzxqwv Plant');
    await expect(
      messages.locator('#search-list').getByText('No entity matches “Zzyzxqwv Plant”.').waitFor(),
    ).resolves.toBeUndefined();

    await messages.route('**/graphql', (route) => route.abort());
    await messages.locator('#search').fill('Ferganaazot');
    await messages.locator('#status-alert').filter({ hasText: 'could not be reached' }).waitFor();
    await expect(messages.locator('#status-alert').innerText()).resolves.toMatch(/^Search failed:/);
    await messages.screenshot({ path: join(shots, '06-messages.png') });
    await messages.close();
  });

  it('asks for an API key when reads need one, says when a key is wrong, draws with a good one, and forgets it', async () => {
    const closed = await startTestServer(graph, { READS_REQUIRE_KEY: true });
    // A context of its own: another origin, and a tab with empty sessionStorage.
    const keyContext = await browser.newContext({ viewport: { width: 1500, height: 950 } });
    const closedOffsite: string[] = [];
    const closedProblems: string[] = [];
    try {
      const origin = new URL(closed.url).origin;
      await keyContext.route('**/*', (route) => {
        const url = route.request().url();
        if (new URL(url).origin === origin || url.startsWith('data:') || url.startsWith('blob:'))
          return route.continue();
        closedOffsite.push(url);
        return route.abort();
      });
      const keyPage = await keyContext.newPage();
      keyPage.on('pageerror', (error) => closedProblems.push(error.message));
      const sentKeys: (string | undefined)[] = [];
      keyPage.on('request', (sent) => {
        if (sent.url().endsWith('/graphql')) sentKeys.push(sent.headers().authorization);
      });
      await keyPage.goto(closed.url);

      const dialog = keyPage.getByRole('dialog', { name: 'API key needed' });
      await dialog.waitFor();
      await keyPage.screenshot({ path: join(shots, '07-key-asked.png') });
      await dialog.getByLabel('API key').fill('not-a-known-key-123');
      await dialog.getByRole('button', { name: 'Use key' }).click();
      await dialog.locator('#key-error').filter({ hasText: 'not accepted' }).waitFor();
      await expect(dialog.locator('#key-error').innerText()).resolves.toBe(
        'That key was not accepted (The API key is not valid.). Enter another key, or choose Cancel.',
      );
      await keyPage.screenshot({ path: join(shots, '08-key-refused.png') });

      await dialog.getByLabel('API key').fill(testKeys.reader);
      await dialog.getByRole('button', { name: 'Use key' }).click();
      await dialog.waitFor({ state: 'hidden' });
      await expect(keyPage.evaluate(() => sessionStorage.getItem('silkgraph.apiKey'))).resolves.toBe(testKeys.reader);

      await keyPage.locator('#search').fill('Atamkulov');
      await keyPage.getByRole('option', { name: /Beibut Atamkulov/ }).click();
      await waitDrawn(keyPage);
      expect(nodeNamed(await drawn(keyPage), 'Ferganaazot')).toBeDefined();
      expect(sentKeys).toContain(`Bearer ${testKeys.reader}`);
      expect(sentKeys).not.toContain(`Bearer ${testKeys.editor}`);

      await keyPage.getByRole('button', { name: 'Forget key' }).click();
      await expect(keyPage.evaluate(() => sessionStorage.getItem('silkgraph.apiKey'))).resolves.toBeNull();
      await expect(keyPage.getByRole('button', { name: 'Forget key' }).isHidden()).resolves.toBe(true);
      await keyPage.locator('#search').fill('Ferganaazot');
      await dialog.waitFor();
      await dialog.getByRole('button', { name: 'Cancel' }).click();
      await keyPage.locator('#status-alert').filter({ hasText: 'needs an API key' }).waitFor();
      await expect(keyPage.locator('#status-alert').innerText()).resolves.toBe(
        'Search failed: Reading this graph needs an API key: choose “API key…” to enter one.',
      );
      expect(closedOffsite).toEqual([]);
      expect(closedProblems).toEqual([]);
    } finally {
      await keyContext.close();
      await closed.stop();
    }
  });

  it('keeps a 50-node view readable: one edge per pair with a count, and no edge label over a node label', async () => {
    const big = await newPage();
    // Three neighbourhoods two hops deep, cut at 50 nodes (the sample corpus has no single one that large).
    await big.goto(`${server.url}/#e=${ids.ambassador},${ids.akim},${ids.sughd}&depth=2&limit=50`);
    await waitDrawn(big);
    const view = await drawn(big);
    expect(view.nodes.length).toBeGreaterThanOrEqual(45);
    expect(view.nodes.length).toBeLessThanOrEqual(50);
    // Parallel facts share one drawn edge, labelled with their count; the panel lists each of them.
    const drawnPerPair = new Map<string, Set<string>>();
    for (const fact of view.edges) {
      const pair = [fact.source, fact.target].sort().join(' ');
      drawnPerPair.set(pair, new Set([...(drawnPerPair.get(pair) ?? []), fact.drawnAs]));
    }
    expect([...drawnPerPair.values()].filter((drawnAs) => drawnAs.size > 1)).toEqual([]);
    const bundled = view.bundles.filter((bundle) => bundle.facts > 1);
    expect(bundled.length).toBeGreaterThan(0);
    // "visited ×2" (facts of one kind) or "met with +2" (the first and two more).
    for (const bundle of bundled)
      expect([`×${bundle.facts}`, `+${bundle.facts - 1}`]).toContain(bundle.label.split(' ').pop());
    await big.evaluate((id) => window.silkgraphViewer.cy.getElementById(id).emit('tap'), bundled[0]!.id);
    await big.locator('#details-title', { hasText: `${bundled[0]!.facts} facts:` }).waitFor();
    await expect(big.locator('#details-body ul.facts > li').count()).resolves.toBe(bundled[0]!.facts);
    await big.evaluate(() => window.silkgraphViewer.cy.elements().unselect());

    const atDefaultZoom = await shownLabels(big);
    process.stderr.write(
      `[viewer test] 50-node view: ${view.nodes.length} nodes, ${view.edges.length} facts in ${view.bundles.length} drawn edges; ` +
        `zoom ${atDefaultZoom.zoom.toFixed(2)}, node labels ${atDefaultZoom.nodeFontPx.toFixed(1)} px, ` +
        `${atDefaultZoom.edges.length} edge labels shown\n`,
    );
    expect(atDefaultZoom.nodeFontPx).toBeGreaterThanOrEqual(10);
    expect(labelOverlaps(atDefaultZoom)).toEqual([]);
    await big.screenshot({ path: join(shots, '09-fifty-nodes.png') });

    // Zoomed in past the threshold the edge labels show, still clear of the node labels.
    await big.evaluate(() => {
      const cy = window.silkgraphViewer.cy;
      cy.zoom({ level: 1.2, position: cy.nodes('.seed').position() });
    });
    const zoomedIn = await shownLabels(big);
    expect(zoomedIn.edges.length).toBeGreaterThan(0);
    expect(labelOverlaps(zoomedIn)).toEqual([]);
    await big.screenshot({ path: join(shots, '10-fifty-nodes-zoomed.png') });
    await big.close();
  });

  it('forgets the investors and paths asked for when the depth changes or another entity is searched', async () => {
    const reset = await newPage();
    await reset.goto(`${server.url}/#e=${ids.ambassador}&inv=${ids.plant}&from=${ids.ambassador}&to=${ids.investor}`);
    await reset.locator('#investors-body .investors').waitFor();
    await reset.locator('#path-results .path').first().waitFor();
    await waitDrawn(reset);
    const marked = async () =>
      (await drawn(reset)).nodes.filter((n) => /path|investor|faded/.test(n.classes.join(' ')));
    expect((await marked()).length).toBeGreaterThan(0);

    await reset.locator('#depth').selectOption('2');
    await waitDrawn(reset);
    expect(await marked()).toEqual([]);
    await expect(reset.locator('#investors').isHidden()).resolves.toBe(true);
    await expect(reset.locator('#path-results .path').count()).resolves.toBe(0);
    await expect(reset.locator('#path-from').inputValue()).resolves.toBe('');
    await expect(reset.evaluate(() => location.hash)).resolves.not.toMatch(/inv=|from=|to=/);

    await reset
      .locator('#nodes-body')
      .getByRole('button', { name: /^Ferganaazot/ })
      .click();
    await reset.getByRole('button', { name: 'Who invests in it?' }).click();
    await reset.locator('#investors-body .investors').waitFor();
    await waitDrawn(reset);
    expect((await marked()).length).toBeGreaterThan(0);
    await reset.locator('#search').fill('Indorama');
    await reset.getByRole('option', { name: /Indorama Corporation/ }).click();
    await reset.locator('#details-title', { hasText: 'Indorama Corporation' }).waitFor();
    await waitDrawn(reset);
    expect(await marked()).toEqual([]);
    await expect(reset.locator('#investors').isHidden()).resolves.toBe(true);
    await reset.close();
  });

  it('reads the view as of a day: the date field and the slider draw what graphView(asOf) answers, the link keeps the day, a reload restores it', async () => {
    // Between the ambassador's Fergana visit (7-10 February 2024) and his Namangan one (13 March 2024).
    const day = '2024-02-20';
    const answered = async (asOf: string | null) => {
      const operation = graphViewQuery([ids.ambassador!], 1, null, asOf);
      const answer = await graphql<GraphViewAnswer>(server.url, operation.query, operation.variables);
      expect(answer.errors).toBeUndefined();
      return answer.data!.graphView.edges.map((edge) => edge.id).sort();
    };
    const every = await answered(null);
    const then = await answered(day);
    expect(then.length).toBeGreaterThan(0);
    expect(then.length).toBeLessThan(every.length);
    const drawnFacts = async (on: Page) => (await drawn(on)).edges.map((edge) => edge.id).sort();

    const dated = await newPage();
    await dated.goto(`${server.url}/#e=${ids.ambassador}&node=${ids.ambassador}`);
    await waitDrawn(dated);
    await expect(drawnFacts(dated)).resolves.toEqual(every);
    await expect(dated.locator('#as-of-clear').isHidden()).resolves.toBe(true);

    await dated.locator('#as-of').fill(day);
    // The fragment is written as the new view starts loading: waiting for it, then for the drawing, does not race.
    await dated.waitForFunction((d) => location.hash.includes(`asof=${d}`), day);
    await waitDrawn(dated);
    await expect(drawnFacts(dated)).resolves.toEqual(then);
    await dated.locator('#details-body h4', { hasText: `Facts as of ${day}` }).waitFor();
    await expect(dated.locator('#share-link').inputValue()).resolves.toContain(`asof=${day}`);
    await dated.screenshot({ path: join(shots, '14-as-of.png') });

    // The exports write what is drawn: the facts of that day, with the day in the file's name.
    const [download] = await Promise.all([
      dated.waitForEvent('download'),
      dated
        .getByRole('group', { name: 'Export the view' })
        .getByRole('button', { name: 'GraphML', exact: true })
        .click(),
    ]);
    expect(download.suggestedFilename()).toBe(`silkgraph-view-as-of-${day}.graphml`);
    const exported = new DOMParser().parseFromString(readFileSync(await download.path(), 'utf8'), 'application/xml');
    expect(exported.getElementsByTagName('edge').length).toBe(then.length);

    // A reload (or the copied link) opens the view at that day again.
    await dated.reload();
    await waitDrawn(dated);
    await expect(dated.locator('#as-of').inputValue()).resolves.toBe(day);
    await expect(drawnFacts(dated)).resolves.toEqual(then);

    // The slider runs over the days the drawn facts span; Home takes it to the first, and the view is read as of it.
    const range = dated.locator('#as-of-range');
    await expect(range.isVisible()).resolves.toBe(true);
    const [first, last] = [await range.getAttribute('data-from'), await range.getAttribute('data-to')];
    expect([first! <= day, day <= last!]).toEqual([true, true]);
    expect(first).not.toBe(day);
    await range.focus();
    await dated.keyboard.press('Home');
    await dated.waitForFunction((d) => location.hash.includes(`asof=${d}`), first!);
    await waitDrawn(dated);
    await expect(drawnFacts(dated)).resolves.toEqual(await answered(first));
    await expect(dated.locator('#as-of').inputValue()).resolves.toBe(first);

    // "Any date" goes back to every fact and drops the day from the link.
    await dated.getByRole('button', { name: 'Any date' }).click();
    await dated.waitForFunction(() => !location.hash.includes('asof='));
    await waitDrawn(dated);
    await expect(drawnFacts(dated)).resolves.toEqual(every);
    await expect(dated.locator('#as-of').inputValue()).resolves.toBe('');
    await dated.close();
  });

  it('asks for the investors and paths as of the day the link names, as investments(asOf) and connections(asOf) answer', async () => {
    const counted = async (asOf: string | null) => {
      const investments = investmentsQuery(ids.plant!, asOf);
      const paths = connectionsQuery(ids.ambassador!, ids.investor!, asOf);
      const [investors, found] = await Promise.all([
        graphql<{ investments: { totalCount: number } }>(server.url, investments.query, investments.variables),
        graphql<{ connections: unknown[] }>(server.url, paths.query, paths.variables),
      ]);
      return { investors: investors.data!.investments.totalCount, paths: found.data!.connections.length };
    };
    // Before any source of the sample corpus: nothing held yet.
    const before = '2023-06-01';
    expect(await counted(before)).toEqual({ investors: 0, paths: 0 });
    expect(await counted(null)).toEqual({ investors: expect.any(Number), paths: expect.any(Number) });
    expect((await counted(null)).investors).toBeGreaterThan(0);
    expect((await counted(null)).paths).toBeGreaterThan(0);

    const early = await newPage();
    await early.goto(
      `${server.url}/#e=${ids.plant}&asof=${before}&inv=${ids.plant}&from=${ids.ambassador}&to=${ids.investor}`,
    );
    await early.locator('#investors-body', { hasText: 'No investor in Ferganaazot' }).waitFor();
    await early.locator('#path-results', { hasText: 'No path between Beibut Atamkulov and Indorama' }).waitFor();
    await early.getByRole('button', { name: 'Any date' }).click();
    await early.locator('#investors-body .investors').waitFor();
    await early.locator('#path-results .path').first().waitFor();
    await early.close();
  });

  it('watches a node for an editor: asks for the key, makes the watch `watches` lists, and stops watching', async () => {
    const listed = async () => {
      const answer = await graphql<WatchesAnswer>(server.url, watchesQuery().query, {}, asEditor);
      expect(answer.errors).toBeUndefined();
      return answer.data!.watches;
    };
    expect(await listed()).toEqual([]);
    // Script errors fail the test; console lines do not: Chromium logs the keyless write's expected 401 there.
    const watching = await context.newPage();
    watching.on('pageerror', (error) => problems.push(error.message));
    await watching.goto(`${server.url}/#e=${ids.plant}&node=${ids.plant}`);
    await watching.locator('#details-title', { hasText: 'Ferganaazot' }).waitFor();
    await watching.getByRole('button', { name: 'Watch this' }).click();
    const dialog = watching.getByRole('dialog', { name: 'API key needed' });
    await dialog.waitFor();
    await dialog.getByLabel('API key').fill(testKeys.editor);
    await dialog.getByRole('button', { name: 'Use key' }).click();
    const status = watching.locator('#watch-status');
    await status.filter({ hasText: 'factEvents subscription' }).waitFor();

    const [watch, ...others] = await listed();
    expect(others).toEqual([]);
    expect(watch).toEqual({ id: expect.any(String), name: 'Ferganaazot', entityIds: [ids.plant] });
    await expect(status.innerText()).resolves.toContain(watch!.id);
    await watching.screenshot({ path: join(shots, '15-watching.png') });

    // Opened again, the node is known to be watched by this key, and the second button stops it.
    await watching.reload();
    await watching.locator('#details-title', { hasText: 'Ferganaazot' }).waitFor();
    await expect(status.innerText()).resolves.toContain('Watched by this key: “Ferganaazot”');
    await watching.getByRole('button', { name: 'Stop watching' }).click();
    await watching.getByRole('button', { name: 'Watch this' }).waitFor();
    expect(await listed()).toEqual([]);
    await watching.close();
  });

  it('has a favicon: one SVG at /favicon.ico and /favicon.svg, linked from the viewer and GraphiQL', async () => {
    for (const path of ['/favicon.ico', '/favicon.svg']) {
      const response = await fetch(`${server.url}${path}`);
      expect({ path, status: response.status, type: response.headers.get('content-type') }).toEqual({
        path,
        status: 200,
        type: expect.stringMatching(/^image\/svg\+xml/),
      });
      expect(await response.text()).toMatch(/^<svg [^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    }
    for (const [path, accept] of [
      ['/', 'text/html'],
      ['/graphql', 'text/html'],
    ] as const) {
      const html = await (await fetch(`${server.url}${path}`, { headers: { accept } })).text();
      expect(html).toContain('<link rel="icon" href="/favicon.svg" type="image/svg+xml" />');
    }
  });

  it('reviews the queue at /review with the keyboard alone: j/k, reject, accept, edit, undo; counts follow, the graph drops the rejected fact', async () => {
    // The page's own operations, sent over the API, give what the page should show.
    const queued = await graphql<ReviewQueueAnswer>(server.url, reviewQueueQuery(null).query, {
      first: 5,
      after: null,
    });
    expect(queued.errors).toBeUndefined();
    const queue = queued.data!.reviewQueue.edges.map((edge) => edge.node);
    const [first, toReject, toAccept, toEdit, other] = queue;
    // The sample corpus's five most helpful: places of organisations and events, at equal confidence.
    expect(queue.map((item) => item.fact?.type)).toEqual(Array(5).fill('LOCATED_IN'));
    expect(other!.fact!.to.kind).toBe(toEdit!.fact!.to.kind);
    const stats = async () => {
      const answer = await graphql<ReviewStatsAnswer>(server.url, reviewStatsQuery().query);
      return Object.fromEntries(answer.data!.reviewStats.states.map(({ state, count }) => [state, count]));
    };
    const before = await stats();

    // Script errors fail the test; console lines do not: Chromium logs the reader key's expected 403 there.
    const review = await context.newPage();
    review.on('pageerror', (error) => problems.push(error.message));
    await review.goto(`${server.url}/review`);
    // Asked for the editor key on arrival; a reader key is taken, and refused at the first judgement.
    const dialog = review.getByRole('dialog', { name: 'Editor key needed' });
    await dialog.waitFor();
    await review.keyboard.type(testKeys.reader);
    await review.keyboard.press('Enter');
    const ready = () =>
      review.waitForFunction(() => document.body.dataset.review === 'ready', null, { timeout: 30_000 });
    await ready();
    const shownFact = () => review.locator('#review-item').getAttribute('data-fact');
    await expect(shownFact()).resolves.toBe(first!.fact!.id);
    await expect(review.evaluate(() => document.activeElement?.id)).resolves.toBe('review-item');
    const [sentence] = first!.sentences;
    await expect(review.locator('#review-item-title').innerText()).resolves.toBe(
      `${first!.fact!.from.name} ${first!.fact!.label} ${first!.fact!.to.name}`,
    );
    const marked = review.locator('#review-item blockquote').first();
    await expect(marked.locator('mark.from').allInnerTexts()).resolves.toEqual(
      sentence!.fromSpans.map((s) => s.surface),
    );
    await expect(marked.locator('mark.to').allInnerTexts()).resolves.toEqual(sentence!.toSpans.map((s) => s.surface));
    await expect(marked.innerText()).resolves.toBe(sentence!.sentence.text);
    const meta = await review.locator('#review-item').innerText();
    for (const shown of [
      'LOCATED_IN',
      `confidence ${first!.fact!.confidence.toFixed(2)}`,
      `extractor ${sentence!.extractor}`,
      `rule ${sentence!.rule}`,
      sentence!.document.title!,
    ])
      expect(meta).toContain(shown);
    await review.screenshot({ path: join(shots, '11-review-first.png') });

    await review.keyboard.press('j');
    await expect(shownFact()).resolves.toBe(toReject!.fact!.id);
    await review.keyboard.press('k');
    await expect(shownFact()).resolves.toBe(first!.fact!.id);
    await review.keyboard.press('j');
    await expect(shownFact()).resolves.toBe(toReject!.fact!.id);

    // g opens the graph of the fact's two ends in a new tab, the fact drawn and selected.
    const [graphTab] = await Promise.all([context.waitForEvent('page'), review.keyboard.press('g')]);
    graphTab.on('pageerror', (error) => problems.push(error.message));
    await waitDrawn(graphTab);
    expect((await drawn(graphTab)).edges.map((e) => e.id)).toContain(toReject!.fact!.id);
    await expect(graphTab.evaluate(() => location.hash)).resolves.toContain(`fact=${toReject!.fact!.id}`);

    const counts = (state: string) => review.locator(`#review-counts [data-state="${state}"] strong`).innerText();
    await review.bringToFront();
    await review.keyboard.press('r');
    // The reader key may not judge: the dialog says so and takes the editor key; the judgement goes through.
    await dialog.waitFor();
    await expect(dialog.locator('#key-error').innerText()).resolves.toMatch(
      /has the role reader; writes need the editor role/,
    );
    await review.keyboard.type(testKeys.editor);
    await review.keyboard.press('Enter');
    await review.locator('#review-list li.state-rejected').waitFor();
    await ready();
    let now = await stats();
    expect(now.REJECTED).toBe(before.REJECTED! + 1);
    expect(now.UNREVIEWED).toBe(before.UNREVIEWED! - 1);
    await expect(counts('REJECTED')).resolves.toBe(String(now.REJECTED));
    await expect(counts('UNREVIEWED')).resolves.toBe(String(now.UNREVIEWED));
    await expect(review.locator('#review-counts').getAttribute('aria-live')).resolves.toBe('polite');
    await expect(review.evaluate(() => sessionStorage.getItem('silkgraph.apiKey'))).resolves.toBe(testKeys.editor);
    // The open graph tab reloads its view at once: the rejected fact is no longer drawn, its ends still are.
    await graphTab.waitForFunction(
      (id) =>
        window.silkgraphViewer.cy.edges().every((e: Cy) => e.data('facts').every((f: { id: string }) => f.id !== id)),
      toReject!.fact!.id,
      { timeout: 30_000 },
    );
    await waitDrawn(graphTab);
    const redrawn = await drawn(graphTab);
    expect(redrawn.nodes.map((n) => n.id)).toEqual(
      expect.arrayContaining([toReject!.fact!.from.id, toReject!.fact!.to.id]),
    );

    // On to the next fact waiting: accept it.
    await expect(shownFact()).resolves.toBe(toAccept!.fact!.id);
    await review.keyboard.press('a');
    await review.locator('#review-list li.state-accepted').waitFor();
    await ready();
    now = await stats();
    expect(now.ACCEPTED).toBe(before.ACCEPTED! + 1);
    await expect(counts('ACCEPTED')).resolves.toBe(String(now.ACCEPTED));

    // e: correct the next fact's place with the entity search, then save, all from the keyboard.
    await expect(shownFact()).resolves.toBe(toEdit!.fact!.id);
    const form = review.getByRole('dialog', { name: 'Correct the fact' });
    const tabTo = async (id: string) => {
      for (let tabs = 0; tabs < 12 && (await review.evaluate(() => document.activeElement?.id)) !== id; tabs++)
        await review.keyboard.press('Tab');
    };
    // A type its ends cannot have (GOVERNS starts at a person): the server's refusal is shown, the fact stays unjudged.
    await review.keyboard.press('e');
    await form.waitFor();
    await review.keyboard.type('GOVERNS');
    await expect(form.locator('#edit-type').inputValue()).resolves.toBe('GOVERNS');
    await tabTo('edit-save');
    await review.keyboard.press('Enter');
    await review.locator('#status-alert').filter({ hasText: 'The judgement failed:' }).waitFor();
    await ready();
    await expect(review.locator('#review-item-state').innerText()).resolves.toBe('not judged yet');
    await expect(shownFact()).resolves.toBe(toEdit!.fact!.id);
    await review.keyboard.press('e');
    await form.waitFor();
    await expect(review.evaluate(() => document.activeElement?.id)).resolves.toBe('edit-type');
    await review.keyboard.press('Tab');
    await review.keyboard.press('Tab');
    await expect(review.evaluate(() => document.activeElement?.id)).resolves.toBe('edit-to');
    await review.keyboard.press('Control+A');
    const place = other!.fact!.to.name;
    await review.keyboard.type(place.slice(0, -1));
    const suggestion = form.getByRole('option', { name: new RegExp(place) }).first();
    await suggestion.waitFor();
    // Escape closes the suggestions first, and only then the form.
    await review.keyboard.press('Escape');
    await form.locator('#edit-to-list').waitFor({ state: 'hidden' });
    await expect(form.isVisible()).resolves.toBe(true);
    // A search box's Escape also empties it (Chromium, type="search"): the name is typed again.
    await review.keyboard.type(place);
    await suggestion.waitFor();
    await review.keyboard.press('ArrowDown');
    await review.keyboard.press('Enter');
    await expect(form.locator('#edit-to-chosen').innerText()).resolves.toContain(other!.fact!.to.name);
    await review.screenshot({ path: join(shots, '12-review-edit.png') });
    await tabTo('edit-save');
    await review.keyboard.press('Enter');
    await review.locator('#review-list li.state-edited').waitFor();
    await ready();
    now = await stats();
    // The original and its correction both count as EDITED.
    expect(now.EDITED).toBe(before.EDITED! + 2);
    await expect(counts('EDITED')).resolves.toBe(String(now.EDITED));
    const corrected = await graphql<{ entity: { facts: { edges: { node: { type: string; to: { id: string } } }[] } } }>(
      server.url,
      'query($id: ID!) { entity(id: $id) { facts(first: 50) { edges { node { type to { id } } } } } }',
      { id: toEdit!.fact!.from.id },
    );
    expect(corrected.data!.entity.facts.edges.map((e) => `${e.node.type} ${e.node.to.id}`)).toContain(
      `LOCATED_IN ${other!.fact!.to.id}`,
    );

    // u takes back the last judgement, the edit: the counts are as after the accept, the correction gone.
    const afterAccept = { ...now, EDITED: before.EDITED!, UNREVIEWED: now.UNREVIEWED! + 1 };
    await review.keyboard.press('u');
    await review.locator('#review-list li.state-edited').waitFor({ state: 'detached' });
    await ready();
    now = await stats();
    expect(now).toEqual(afterAccept);
    await expect(counts('EDITED')).resolves.toBe(String(before.EDITED));
    await expect(counts('UNREVIEWED')).resolves.toBe(String(now.UNREVIEWED));
    await expect(shownFact()).resolves.toBe(toEdit!.fact!.id);
    await expect(review.locator('#review-item-state').innerText()).resolves.toBe('not judged yet');
    await review.screenshot({ path: join(shots, '13-review-undone.png') });

    // A graph view opened afterwards does not draw the rejected fact either.
    const fresh = await newPage();
    await fresh.goto(`${server.url}/#e=${toReject!.fact!.from.id},${toReject!.fact!.to.id}`);
    await waitDrawn(fresh);
    expect((await drawn(fresh)).edges.map((e) => e.id)).not.toContain(toReject!.fact!.id);
    await fresh.close();
    await graphTab.close();
    await review.close();
  });

  it('confirms a fuzzy resolution with a and splits another with r + Enter at /review, from the keyboard alone', async () => {
    // The sample corpus has one fuzzy resolution; two invented articles give a second one to split.
    const settings = { graph, maxBytes: 1_048_576 };
    const envoy = (title: string, text: string) =>
      ingestArticle(settings, { title, text, language: 'en', publishedAt: '2024-05-14' });
    await envoy(
      'Swedish envoy tours Bukhara',
      'Swedish envoy tours Bukhara\n\nBukhara, 12 May 2024. Henrik Sandqvist, Ambassador of Sweden to Uzbekistan, ' +
        'met the governor of Bukhara region on Tuesday. The talks were about water projects.',
    );
    const respelt = await envoy(
      'Sweden and Bukhara talk water',
      'Sweden and Bukhara talk water\n\nTashkent, 14 May 2024. Henrick Sandkvist, Ambassador of Sweden to Uzbekistan, ' +
        'visited Bukhara region. Sandkvist said Swedish firms would bid for the projects.',
    );
    expect(respelt.merges).toContainEqual(
      expect.objectContaining({ name: 'Henrick Sandkvist', into: 'Henrik Sandqvist', method: 'fuzzy' }),
    );
    // The whole queue as the page will list it (both kinds, most helpful first), and its fuzzy resolutions.
    const listed: ReviewQueueAnswer['reviewQueue']['edges'][number]['node'][] = [];
    for (let after: string | null = null; ;) {
      const page: { data?: ReviewQueueAnswer | null } = await graphql<ReviewQueueAnswer>(
        server.url,
        reviewQueueQuery(null).query,
        { first: 100, after },
      );
      listed.push(...page.data!.reviewQueue.edges.map((edge) => edge.node));
      if (!page.data!.reviewQueue.pageInfo.hasNextPage) break;
      after = page.data!.reviewQueue.pageInfo.endCursor;
    }
    const fuzzy = listed.flatMap((item) => (item.resolution ? [item.resolution] : []));
    const toSplit = fuzzy.find((r) => r.document.id === respelt.documentId)!;
    const toConfirm = fuzzy.find((r) => r !== toSplit)!;
    expect(toSplit.entityName).toBe('Henrik Sandqvist');
    expect(toSplit.writtenNames).toContain('Henrick Sandkvist');
    expect(toConfirm).toBeDefined();
    const keyOf = (r: { document: { id: string }; entity: { id: string } }) => `${r.document.id}:${r.entity.id}`;
    const resolutionStats = async () =>
      (await graphql<ReviewStatsAnswer>(server.url, reviewStatsQuery().query)).data!.reviewStats.resolutions;
    const waiting = async () => {
      const answer = await graphql<{
        reviewQueue: { edges: { node: { resolution: { document: { id: string }; entity: { id: string } } } }[] };
      }>(
        server.url,
        'query { reviewQueue(first: 100, where: { kinds: [RESOLUTION] }) { edges { node { resolution { document { id } entity { id } } } } } }',
      );
      return answer.data!.reviewQueue.edges.map((edge) => keyOf(edge.node.resolution));
    };
    const documentsOf = async (entityId: string) => {
      const answer = await graphql<{ entity: { documents: { edges: { node: { id: string } }[] } } }>(
        server.url,
        'query($id: ID!) { entity(id: $id) { documents(first: 100) { edges { node { id } } } } }',
        { id: entityId },
      );
      return answer.data!.entity.documents.edges.map((edge) => edge.node.id);
    };
    const before = await resolutionStats();
    expect(before.pending).toBeGreaterThanOrEqual(2);
    expect(await waiting()).toEqual(expect.arrayContaining([keyOf(toConfirm), keyOf(toSplit)]));
    expect(await documentsOf(toSplit.entity.id)).toContain(toSplit.document.id);

    const review = await context.newPage();
    review.on('pageerror', (error) => problems.push(error.message));
    await review.goto(`${server.url}/review`);
    await review.getByRole('dialog', { name: 'Editor key needed' }).waitFor();
    await review.keyboard.type(testKeys.editor);
    await review.keyboard.press('Enter');
    const ready = () =>
      review.waitForFunction(() => document.body.dataset.review === 'ready', null, { timeout: 30_000 });
    await ready();
    const shown = () => review.locator('#review-item').getAttribute('data-resolution');
    const note = () => review.locator('#status-note').innerText();
    const counts = (which: string) => review.locator(`#review-counts [data-resolutions="${which}"] strong`).innerText();
    await expect(counts('pending')).resolves.toBe(String(before.pending));
    await expect(counts('confirmed')).resolves.toBe(String(before.confirmed));
    // j through the facts before it (the next page of the queue comes as the list ends).
    const moveTo = async (key: string) => {
      for (let presses = 0; presses < listed.length && (await shown()) !== key; presses++) {
        await review.keyboard.press('j');
        await ready();
      }
      await expect(shown()).resolves.toBe(key);
    };

    await moveTo(keyOf(toConfirm));
    // The names as written marked in their sentences, the entity's name and the score.
    await expect(review.locator('#review-item-title').innerText()).resolves.toBe(
      `${toConfirm.writtenNames.join(', ')} taken for ${toConfirm.entityName}`,
    );
    const [sentence] = toConfirm.sentences;
    const marked = review.locator('#review-item blockquote').first();
    await expect(marked.locator('mark.written').allInnerTexts()).resolves.toEqual(
      sentence!.spans.map((s) => s.surface),
    );
    await expect(marked.innerText()).resolves.toBe(sentence!.sentence.text);
    const meta = await review.locator('#review-item').innerText();
    for (const part of [`score ${toConfirm.score.toFixed(2)}`, toConfirm.document.title!, toConfirm.entityName])
      expect(meta).toContain(part);
    await review.screenshot({ path: join(shots, '14-review-resolution.png') });
    // e has nothing to edit in a resolution: the status line says so, nothing is sent.
    await review.keyboard.press('e');
    await ready();
    await expect(note()).resolves.toMatch(/e does nothing for a resolution/);
    await expect(review.locator('#edit-dialog').isVisible()).resolves.toBe(false);

    // a confirms it: the counts follow and it leaves the default queue.
    await review.keyboard.press('a');
    await review.locator(`#review-list li.state-confirmed[data-resolution="${keyOf(toConfirm)}"]`).waitFor();
    await ready();
    const confirmed = await resolutionStats();
    expect(confirmed).toEqual({ pending: before.pending - 1, confirmed: before.confirmed + 1 });
    await expect(counts('pending')).resolves.toBe(String(confirmed.pending));
    await expect(counts('confirmed')).resolves.toBe(String(confirmed.confirmed));
    expect(await waiting()).not.toContain(keyOf(toConfirm));
    // u cannot take it back: the status line says so and nothing changes.
    await review.keyboard.press('u');
    await ready();
    await expect(note()).resolves.toMatch(/u does nothing for a resolution: .* stays confirmed \(there is no undo/);
    expect(await resolutionStats()).toEqual(confirmed);

    // r asks first: Escape keeps the resolution, r and Enter split it.
    await moveTo(keyOf(toSplit));
    const ask = review.getByRole('dialog', { name: 'Split the names off the entity?' });
    await review.keyboard.press('r');
    await ask.waitFor();
    await review.screenshot({ path: join(shots, '15-review-split.png') });
    await review.keyboard.press('Escape');
    await ask.waitFor({ state: 'hidden' });
    await ready();
    await expect(review.locator('#review-item-state').innerText()).resolves.toBe('not judged yet');
    expect(await waiting()).toContain(keyOf(toSplit));
    await review.keyboard.press('r');
    await ask.waitFor();
    await review.keyboard.press('Enter');
    await review.locator(`#review-list li.state-split[data-resolution="${keyOf(toSplit)}"]`).waitFor();
    await ready();
    // Gone from the queue in every state, and the document written again without the entity.
    const split = await resolutionStats();
    await expect(counts('pending')).resolves.toBe(String(split.pending));
    expect(split.pending).toBeLessThan(confirmed.pending);
    const everyState = await graphql<{
      reviewQueue: { edges: { node: { resolution: { document: { id: string }; entity: { id: string } } } }[] };
    }>(
      server.url,
      'query { reviewQueue(first: 100, where: { kinds: [RESOLUTION], states: [UNREVIEWED, ACCEPTED] }) { edges { node { resolution { document { id } entity { id } } } } } }',
    );
    expect(everyState.data!.reviewQueue.edges.map((edge) => keyOf(edge.node.resolution))).not.toContain(keyOf(toSplit));
    expect(await documentsOf(toSplit.entity.id)).not.toContain(toSplit.document.id);
    await review.close();
  });

  it('loaded nothing from elsewhere and raised no script errors', () => {
    expect(offsite).toEqual([]);
    expect(problems).toEqual([]);
  });
});
