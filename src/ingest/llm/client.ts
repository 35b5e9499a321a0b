/**
 * An OpenAI-compatible chat-completions client over Node's fetch. Each attempt
 * has its own timeout; 429 (honouring Retry-After), 5xx, timeouts and network
 * errors are retried with exponential backoff and jitter, other statuses are
 * not. At most `concurrency` calls run at once, across all callers.
 */
import type { Logger } from '../../log';
import { LlmError } from './errors';
import { createLimit } from './limit';

export interface ChatClientOptions {
  /** e.g. http://127.0.0.1:8080/v1; /chat/completions is appended. */
  baseUrl: string;
  model: string;
  apiKey?: string;
  timeoutMs: number;
  /** Retries after the first attempt. */
  maxRetries: number;
  concurrency: number;
  log: Logger;
  /** First backoff delay (default 500 ms), doubled per retry, plus up to as much again of jitter. */
  backoffMs?: number;
}

export interface ChatClient {
  /** Sends one request body; resolves to the first choice's message content. */
  complete(body: Record<string, unknown>): Promise<string>;
}

/** Longest wait a Retry-After header can impose. */
const maxWaitMs = 60_000;

export function createChatClient(options: ChatClientOptions): ChatClient {
  const { model, timeoutMs, maxRetries, log, backoffMs = 500 } = options;
  const url = `${options.baseUrl.replace(/\/+$/, '')}/chat/completions`;
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (options.apiKey) headers.authorization = `Bearer ${options.apiKey}`;
  const limit = createLimit(options.concurrency);

  async function send(body: Record<string, unknown>): Promise<string> {
    const payload = JSON.stringify(body);
    const attempts = maxRetries + 1;
    for (let attempt = 1; ; attempt++) {
      const of = `(attempt ${attempt} of ${attempts})`;
      let waitMs: number;
      try {
        const response = await fetch(url, {
          method: 'POST',
          headers,
          body: payload,
          signal: AbortSignal.timeout(timeoutMs),
        });
        const text = await response.text();
        if (response.ok) return contentOf(text, model);
        const failure = `LLM request to model "${model}" failed with HTTP ${response.status} ${response.statusText} ${of}: ${text.slice(0, 300)}`;
        if (!(response.status === 429 || response.status >= 500) || attempt === attempts) {
          throw new LlmError(failure, model, response.status);
        }
        waitMs = retryAfterMs(response.headers.get('retry-after')) ?? backoff(attempt);
      } catch (error) {
        if (error instanceof LlmError) throw error;
        if (attempt === attempts) throw new LlmError(`${describe(error)} ${of}`, model, undefined, { cause: error });
        waitMs = backoff(attempt);
      }
      log.warn({ model, attempt, waitMs }, 'LLM request failed; retrying');
      await new Promise((resolve) => setTimeout(resolve, waitMs));
    }
  }

  function backoff(attempt: number): number {
    const base = backoffMs * 2 ** (attempt - 1);
    return base + Math.random() * base;
  }

  /** Duck-typed: errors from fetch may come from another realm (jest), where instanceof fails. */
  function describe(error: unknown): string {
    const { name, message, cause } = (error ?? {}) as {
      name?: string;
      message?: string;
      cause?: { code?: string; message?: string };
    };
    if (name === 'TimeoutError') return `LLM request to model "${model}" timed out after ${timeoutMs} ms`;
    const reason = cause?.code ?? cause?.message;
    return `LLM request to model "${model}" at ${url} failed: ${message ?? String(error)}${reason ? ` (${reason})` : ''}`;
  }

  return { complete: (body) => limit(() => send(body)) };
}

/** Retry-After as seconds or an HTTP date, capped; undefined when absent or unreadable. */
function retryAfterMs(header: string | null): number | undefined {
  if (header === null) return undefined;
  const ms = /^\d+$/.test(header.trim()) ? Number(header) * 1000 : Date.parse(header) - Date.now();
  return Number.isNaN(ms) ? undefined : Math.min(Math.max(ms, 0), maxWaitMs);
}

function contentOf(body: string, model: string): string {
  let response: { choices?: Array<{ message?: { content?: unknown }; finish_reason?: unknown }> };
  try {
    response = JSON.parse(body) as typeof response;
  } catch {
    throw new LlmError(`LLM server for model "${model}" answered 200 with a body that is not JSON`, model, 200);
  }
  const choice = response.choices?.[0];
  if (choice?.finish_reason === 'length') {
    throw new LlmError(`Model "${model}" stopped at its output token limit; the answer is cut off`, model, 200);
  }
  if (typeof choice?.message?.content !== 'string') {
    throw new LlmError(`LLM server for model "${model}" answered without choices[0].message.content`, model, 200);
  }
  return choice.message.content;
}
