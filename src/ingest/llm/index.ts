/**
 * The optional LLM extractor, in the order it works:
 *   prompt.ts        the request: guidelines, ontology lists, article; PROMPT_VERSION
 *   schema.ts        the answer's JSON schema (from the ontology) and its parsing
 *   client.ts        OpenAI-compatible chat completions: timeout, retries, concurrency
 *   limit.ts         the semaphore behind the client's concurrency bound
 *   cache.ts         parsed answers on disk, keyed by article, model and prompt version
 *   to-extraction.ts the answer checked against the text and the ontology; drops counted
 *   locate.ts        verbatim evidence and whole-word mentions, with offsets
 *   merge.ts         LLM items added to the rules' extraction of the same article
 *   errors.ts        LlmError, naming the model (and HTTP status)
 *
 * Failure: if the request fails for good or the answer is malformed JSON, extract()
 * rejects with an LlmError (nothing is cached) and the caller keeps the rules' output.
 */
import type { Config } from '../../config';
import type { Logger } from '../../log';
import { cacheKey, createLlmCache } from './cache';
import { createChatClient } from './client';
import { chatRequest, PROMPT_VERSION } from './prompt';
import { parseLlmOutput, readLlmOutput } from './schema';
import { toExtraction, type LlmArticle, type LlmResult } from './to-extraction';

export { LlmError } from './errors';
export { mergeExtractions } from './merge';
export { PROMPT_VERSION } from './prompt';
export type { LlmArticle, LlmDropped, LlmResult } from './to-extraction';

export interface LlmExtraction extends LlmResult {
  /** The answer came from the cache, without a request. */
  cached: boolean;
}

export interface LlmExtractor {
  extract(article: LlmArticle): Promise<LlmExtraction>;
}

/** Undefined unless LLM_BASE_URL and LLM_MODEL are both set. */
export function createLlmExtractor(config: Config, log: Logger): LlmExtractor | undefined {
  const { LLM_BASE_URL: baseUrl, LLM_MODEL: model } = config;
  if (!baseUrl || !model) return undefined;
  const client = createChatClient({
    baseUrl,
    model,
    apiKey: config.LLM_API_KEY,
    timeoutMs: config.LLM_TIMEOUT_MS,
    maxRetries: config.LLM_MAX_RETRIES,
    concurrency: config.LLM_CONCURRENCY,
    log,
  });
  const cache = createLlmCache(config.LLM_CACHE_DIR);

  return {
    async extract(article) {
      const key = cacheKey({ text: article.text, language: article.language, model, promptVersion: PROMPT_VERSION });
      let output = readLlmOutput(await cache.get(key));
      const cached = output !== undefined;
      if (!output) {
        output = parseLlmOutput(await client.complete(chatRequest(model, article)), model);
        await cache.set(key, output);
      }
      const result = toExtraction(output, article);
      log.info(
        {
          model,
          promptVersion: PROMPT_VERSION,
          cached,
          entities: result.entities.length,
          facts: result.facts.length,
          dropped: result.dropped,
        },
        'LLM extraction',
      );
      return { ...result, cached };
    },
  };
}
