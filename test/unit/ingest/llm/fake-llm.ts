/**
 * Test helpers: a local OpenAI-compatible server on 127.0.0.1 that replays
 * canned replies and records what it was sent, and a short sample article
 * written for these tests.
 */
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Sentence } from '../../../../src/ingest/types';

export interface Reply {
  status?: number;
  headers?: Record<string, string>;
  /** A string is sent as it is; anything else as JSON. */
  body?: unknown;
  delayMs?: number;
}

export interface FakeLlm {
  /** Base URL, as LLM_BASE_URL. */
  url: string;
  requests: Array<{ body: Record<string, unknown>; headers: IncomingHttpHeaders }>;
  /** Most requests the server had open at once. */
  maxActive: number;
  close(): Promise<void>;
}

/** `reply` gets the 0-based request number; 'hang' never answers. */
export async function startFakeLlm(reply: (n: number) => Reply | 'hang'): Promise<FakeLlm> {
  let active = 0;
  const fake: Omit<FakeLlm, 'url' | 'close'> = { requests: [], maxActive: 0 };
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const n = fake.requests.length;
      fake.requests.push({ body: JSON.parse(Buffer.concat(chunks).toString('utf8')), headers: request.headers });
      fake.maxActive = Math.max(fake.maxActive, ++active);
      response.on('close', () => active--);
      const answer = reply(n);
      if (answer === 'hang') return;
      setTimeout(() => {
        const body = typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body ?? {});
        response.writeHead(answer.status ?? 200, { 'content-type': 'application/json', ...answer.headers });
        response.end(body);
      }, answer.delayMs ?? 0);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return Object.assign(fake, {
    url: `http://127.0.0.1:${port}/v1`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  });
}

/** A chat-completions reply whose message content is `content` (objects are sent as JSON text). */
export function chatReply(content: unknown): Reply {
  const text = typeof content === 'string' ? content : JSON.stringify(content);
  return {
    body: {
      id: 'test',
      object: 'chat.completion',
      choices: [{ index: 0, message: { role: 'assistant', content: text }, finish_reason: 'stop' }],
    },
  };
}

export const sampleText =
  'ASTANA, 12 March 2025. Ambassador of Austria to Kazakhstan Maria Huber visited the Karaganda region. ' +
  'Huber met with the akim of the region, Daniyar Serikov. ' +
  'The Steppe Copper plant is located in Temirtau. ' +
  'The Vienna company Alpen Metall is the investor of the plant.';

/** Naive segmentation, good enough for the sample: up to and including ". ". */
export function sentencesOf(text: string): Sentence[] {
  return [...text.matchAll(/[^.]+\.(?=\s|$)/g)].map((match, index) => {
    const start = match.index + (match[0].length - match[0].trimStart().length);
    const end = match.index + match[0].length;
    return { index, start, end, text: text.slice(start, end) };
  });
}

export const sampleArticle = { text: sampleText, sentences: sentencesOf(sampleText), language: 'en' as const };

/** What a careful model would answer for the sample. */
export const goodOutput = {
  entities: [
    { name: 'Maria Huber', kind: 'Person', roles: ['Diplomat'], aliases: ['Huber'] },
    { name: 'Austria', kind: 'Country', roles: [], aliases: [] },
    { name: 'Kazakhstan', kind: 'Country', roles: [], aliases: [] },
    { name: 'Karaganda Region', kind: 'Region', roles: [], aliases: ['Karaganda region'] },
    { name: 'Daniyar Serikov', kind: 'Person', roles: ['Official'], aliases: [] },
    { name: 'Steppe Copper', kind: 'Organization', roles: ['Enterprise'], aliases: [] },
    { name: 'Temirtau', kind: 'City', roles: [], aliases: [] },
    { name: 'Alpen Metall', kind: 'Organization', roles: ['Investor'], aliases: [] },
  ],
  relations: [
    {
      from: 'Maria Huber',
      type: 'REPRESENTS',
      to: 'Austria',
      properties: { title: 'Ambassador' },
      evidence: 'Ambassador of Austria to Kazakhstan Maria Huber visited the Karaganda region.',
      confidence: 0.95,
    },
    {
      from: 'Maria Huber',
      type: 'VISITED',
      to: 'Karaganda Region',
      properties: { date: null, status: 'stated' },
      evidence: 'Ambassador of Austria to Kazakhstan Maria Huber visited the Karaganda region.',
      confidence: null,
    },
    {
      from: 'Daniyar Serikov',
      type: 'GOVERNS',
      to: 'Karaganda Region',
      properties: { title: 'akim' },
      evidence: 'Huber met with the akim of the region, Daniyar Serikov.',
      confidence: 0.9,
    },
    {
      from: 'Alpen Metall',
      type: 'INVESTS_IN',
      to: 'Steppe Copper',
      properties: {},
      evidence: 'The Vienna company Alpen Metall is the investor of the plant.',
      confidence: 0.8,
    },
  ],
};
