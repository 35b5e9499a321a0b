/**
 * The exports as their consumers read them: networkx (read_graphml, read_gexf,
 * cytoscape_graph, in python3 via test/support/read-exports.py) and Cytoscape.js
 * headless, each compared with the graph view the same request gives over
 * GraphQL: node and edge counts, entity kinds, relation types, confidence and
 * source counts, edge by edge. Python and networkx are required, not optional:
 * without them this test fails and says what to install (.ci/run installs both).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import cytoscape from 'cytoscape';
import type { Graph } from '../../src/graph/driver';
import { ingestArticle } from '../../src/ingest/ingest';
import { projectRoot } from '../../src/paths';
import type { RunningServer } from '../../src/server';
import { corpusArticles } from '../support/corpus';
import { openTestGraph, resetGraph } from '../support/graph';
import { graphql, startTestServer } from '../support/server';

interface ReadNode {
  id: string;
  kind: string;
}
interface ReadEdge {
  id: string;
  source: string;
  target: string;
  type: string;
  confidence: number;
  sourceCount: number;
  symmetric: boolean;
}
interface ReadGraph {
  directed: boolean;
  multigraph: boolean;
  nodeCount: number;
  edgeCount: number;
  nodes: ReadNode[];
  edges: ReadEdge[];
}
interface ViewFact {
  id: string;
  type: string;
  symmetric: boolean;
  from: { id: string };
  to: { id: string };
  confidence: number;
  sourceCount: number;
}

/** The venv .ci/run makes when the system python3 lacks networkx, else python3 on the PATH. */
const venvPython = join(projectRoot, '.cache', 'python', 'bin', 'python3');
const python = existsSync(venvPython) ? venvPython : 'python3';

type Format = 'graphml' | 'gexf' | 'cytoscape';

function readWithNetworkx(format: Format, file: string): ReadGraph {
  const run = spawnSync(python, [join(projectRoot, 'test', 'support', 'read-exports.py'), format, file], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.error)
    throw new Error(
      `cannot run ${python} (${run.error.message}): this test needs python3 with networkx; .ci/run installs them (see README, Requirements)`,
    );
  if (run.status !== 0)
    throw new Error(`networkx could not read the ${format} export (exit ${run.status}):\n${run.stderr}`);
  return JSON.parse(run.stdout) as ReadGraph;
}

const byId = <T extends { id: string }>(items: T[]) => [...items].sort((a, b) => (a.id < b.id ? -1 : 1));

describe('exports read by networkx and Cytoscape.js, against the graph view', () => {
  let graph: Graph;
  let server: RunningServer;
  let dir: string;
  let expected: { nodes: ReadNode[]; edges: ReadEdge[] };
  const files = {} as Record<Format, string>;
  let cytoscapeJson: { elements: cytoscape.ElementsDefinition };
  // Depth 2 around the ambassador: a view with parallel facts (two facts from one entity to another) and symmetric ones.
  const params = { depth: 2 };

  beforeAll(async () => {
    graph = openTestGraph();
    await resetGraph(graph);
    for (const article of corpusArticles()) await ingestArticle({ graph, maxBytes: 1_048_576 }, article);
    server = await startTestServer(graph, { MAX_VIEW_NODES: 200 });
    const found = await graphql<{ search: { edges: { node: { entity: { id: string } } }[] } }>(
      server.url,
      'query { search(text: "Beibut Atamkulov", kinds: [Person], first: 1) { edges { node { entity { id } } } } }',
    );
    const ambassador = found.data!.search.edges[0]!.node.entity.id;
    const view = (
      await graphql<{ graphView: { nodes: ReadNode[]; edges: ViewFact[] } }>(
        server.url,
        `
          query ($ids: [ID!]!, $depth: Int) {
            graphView(ids: $ids, depth: $depth) {
              nodes {
                id
                kind
              }
              edges {
                id
                type
                symmetric
                from {
                  id
                }
                to {
                  id
                }
                confidence
                sourceCount
              }
            }
          }
        `,
        { ids: [ambassador], ...params },
      )
    ).data!.graphView;
    expected = {
      nodes: byId(view.nodes.map(({ id, kind }) => ({ id, kind }))),
      edges: byId(
        view.edges.map((fact) => ({
          id: fact.id,
          source: fact.from.id,
          target: fact.to.id,
          type: fact.type,
          confidence: fact.confidence,
          sourceCount: fact.sourceCount,
          symmetric: fact.symmetric,
        })),
      ),
    };
    dir = mkdtempSync(join(tmpdir(), 'silkgraph-exports-'));
    for (const [format, extension] of [
      ['graphml', 'graphml'],
      ['gexf', 'gexf'],
      ['cytoscape', 'json'],
    ] as const) {
      const response = await fetch(`${server.url}/export/${format}?ids=${ambassador}&depth=${params.depth}`);
      expect(response.status).toBe(200);
      const text = await response.text();
      if (format === 'cytoscape') cytoscapeJson = JSON.parse(text) as typeof cytoscapeJson;
      const file = join(dir, `view.${extension}`);
      writeFileSync(file, text);
      files[format] = file;
    }
  });
  afterAll(async () => {
    await server?.stop();
    await graph?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('is a view worth checking: dozens of facts, parallel ones and symmetric ones among them', () => {
    expect(expected.edges.length).toBeGreaterThan(30);
    const ends = expected.edges.map((edge) => `${edge.source} ${edge.target}`);
    expect(new Set(ends).size).toBeLessThan(ends.length);
    expect(expected.edges.some((edge) => edge.symmetric)).toBe(true);
  });

  it.each(['graphml', 'gexf', 'cytoscape'] as const)(
    'networkx reads the %s export as a directed multigraph with the view’s nodes and facts',
    (format) => {
      const got = readWithNetworkx(format, files[format]);
      expect({ directed: got.directed, multigraph: got.multigraph }).toEqual({ directed: true, multigraph: true });
      expect([got.nodeCount, got.edgeCount]).toEqual([expected.nodes.length, expected.edges.length]);
      expect(got.nodes).toEqual(expected.nodes);
      expect(got.edges).toEqual(expected.edges);
    },
  );

  it('Cytoscape.js headless loads the Cytoscape JSON with the view’s nodes and facts', () => {
    const cy = cytoscape({ headless: true, elements: cytoscapeJson.elements });
    expect([cy.nodes().length, cy.edges().length]).toEqual([expected.nodes.length, expected.edges.length]);
    expect(byId(cy.nodes().map((node) => ({ id: node.id(), kind: node.data('kind') as string })))).toEqual(
      expected.nodes,
    );
    expect(
      byId(
        cy.edges().map((edge) => ({
          id: edge.id(),
          source: edge.source().id(),
          target: edge.target().id(),
          type: edge.data('type') as string,
          confidence: edge.data('confidence') as number,
          sourceCount: edge.data('sourceCount') as number,
          symmetric: edge.data('symmetric') as boolean,
        })),
      ),
    ).toEqual(expected.edges);
    cy.destroy();
  });
});
