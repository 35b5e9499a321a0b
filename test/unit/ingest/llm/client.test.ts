import { createChatClient, type ChatClientOptions } from '../../../../src/ingest/llm/client';
import { LlmError } from '../../../../src/ingest/llm/errors';
import { createLogger } from '../../../../src/log';
import { chatReply, startFakeLlm, type FakeLlm } from './fake-llm';

let fake: FakeLlm | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

function clientFor(baseUrl: string, options: Partial<ChatClientOptions> = {}) {
  return createChatClient({
    baseUrl,
    model: 'test-model',
    timeoutMs: 5_000,
    maxRetries: 3,
    concurrency: 2,
    backoffMs: 5,
    log: createLogger('silent'),
    ...options,
  });
}

const body = { model: 'test-model', messages: [] };

describe('chat client', () => {
  it('returns the first choice content', async () => {
    fake = await startFakeLlm(() => chatReply('{"ok":true}'));
    await expect(clientFor(fake.url).complete(body)).resolves.toBe('{"ok":true}');
    expect(fake.requests[0]!.headers.authorization).toBeUndefined();
  });

  it('waits as long as Retry-After says after a 429, then retries', async () => {
    fake = await startFakeLlm((n) =>
      n === 0 ? { status: 429, headers: { 'retry-after': '1' }, body: 'slow down' } : chatReply('done'),
    );
    const started = Date.now();
    await expect(clientFor(fake.url, { backoffMs: 10_000 }).complete(body)).resolves.toBe('done');
    const elapsed = Date.now() - started;
    expect(fake.requests).toHaveLength(2);
    expect(elapsed).toBeGreaterThanOrEqual(900);
    expect(elapsed).toBeLessThan(5_000);
  });

  it('retries server errors: 500 twice, then success', async () => {
    fake = await startFakeLlm((n) => (n < 2 ? { status: 500, body: 'boom' } : chatReply('done')));
    await expect(clientFor(fake.url).complete(body)).resolves.toBe('done');
    expect(fake.requests).toHaveLength(3);
  });

  it('gives up after LLM_MAX_RETRIES retries, naming status and model', async () => {
    fake = await startFakeLlm(() => ({ status: 503, body: 'overloaded' }));
    await expect(clientFor(fake.url, { maxRetries: 2 }).complete(body)).rejects.toThrow(
      /model "test-model" failed with HTTP 503 Service Unavailable \(attempt 3 of 3\): overloaded/,
    );
    expect(fake.requests).toHaveLength(3);
  });

  it('does not retry other 4xx statuses', async () => {
    fake = await startFakeLlm(() => ({ status: 401, body: { error: 'bad key' } }));
    const error = await clientFor(fake.url)
      .complete(body)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LlmError);
    expect(error).toMatchObject({ status: 401, model: 'test-model' });
    expect((error as Error).message).toMatch(/HTTP 401 Unauthorized .*bad key/);
    expect(fake.requests).toHaveLength(1);
  });

  it('times out a server that never answers, on every attempt, then fails naming the timeout', async () => {
    fake = await startFakeLlm(() => 'hang');
    await expect(clientFor(fake.url, { timeoutMs: 150, maxRetries: 2 }).complete(body)).rejects.toThrow(
      /LLM request to model "test-model" timed out after 150 ms \(attempt 3 of 3\)/,
    );
    expect(fake.requests).toHaveLength(3);
  });

  it('retries network errors and then names the URL', async () => {
    fake = await startFakeLlm(() => chatReply('unused'));
    const url = fake.url;
    await fake.close();
    fake = undefined;
    await expect(clientFor(url, { maxRetries: 1 }).complete(body)).rejects.toThrow(
      new RegExp(`model "test-model" at ${url}/chat/completions failed: fetch failed.*\\(attempt 2 of 2\\)`),
    );
  });

  it('keeps at most LLM_CONCURRENCY requests in flight', async () => {
    fake = await startFakeLlm(() => ({ ...chatReply('done'), delayMs: 80 }));
    const client = clientFor(fake.url, { concurrency: 2 });
    const answers = await Promise.all(Array.from({ length: 6 }, () => client.complete(body)));
    expect(answers).toEqual(Array(6).fill('done'));
    expect(fake.requests).toHaveLength(6);
    expect(fake.maxActive).toBe(2);
  });

  it('names a cut-off answer', async () => {
    fake = await startFakeLlm(() => ({
      body: { choices: [{ message: { content: '{"entit' }, finish_reason: 'length' }] },
    }));
    await expect(clientFor(fake.url).complete(body)).rejects.toThrow(
      /Model "test-model" stopped at its output token limit/,
    );
  });
});
