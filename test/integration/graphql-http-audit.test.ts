/**
 * The GraphQL-over-HTTP conformance audits of graphql-http, run against the
 * live server: every MUST passes; SHOULD and MAY audits that fail are listed
 * in the output (they are recommendations of the spec, not requirements).
 */
import { serverAudits, type AuditResult } from 'graphql-http';
import type { Graph } from '../../src/graph/driver';
import type { RunningServer } from '../../src/server';
import { openTestGraph, resetGraph } from '../support/graph';
import { startTestServer } from '../support/server';

describe('GraphQL over HTTP (graphql-http audits)', () => {
  let graph: Graph;
  let server: RunningServer;
  const advisories: string[] = [];
  const tally = new Map<string, { passed: number; total: number }>();
  beforeAll(async () => {
    graph = openTestGraph();
    await resetGraph(graph);
    server = await startTestServer(graph);
  });
  afterAll(async () => {
    const counts = [...tally].map(([level, { passed, total }]) => `${level} ${passed}/${total}`).join(', ');
    console.info(
      `graphql-http audits passed: ${counts}` +
        (advisories.length > 0 ? `\nNot met (recommendations only):\n${advisories.join('\n')}` : ''),
    );
    await server?.stop();
    await graph?.close();
  });

  const audits = serverAudits({ url: () => `${server.url}/graphql` });
  it.each(audits.map((audit) => [audit.name, audit] as const))('%s', async (_name, audit) => {
    const result = await audit.fn();
    const level = audit.name.split(' ')[0]!;
    const counts = tally.get(level) ?? { passed: 0, total: 0 };
    tally.set(level, { passed: counts.passed + (result.status === 'ok' ? 1 : 0), total: counts.total + 1 });
    if (result.status === 'ok') return;
    const detail = `${result.name}: ${result.reason} (${await summarise(result)})`;
    if (level === 'MUST') throw new Error(detail);
    advisories.push(`  ${result.status.toUpperCase()} ${detail}`);
  });
});

async function summarise(result: Exclude<AuditResult, { status: 'ok' }>): Promise<string> {
  const { response } = result;
  const body = await response.text().catch(() => '');
  return `HTTP ${response.status} ${response.headers.get('content-type') ?? '-'} ${body.slice(0, 200)}`;
}
