/**
 * The extraction worker thread: extracts each article the pool sends and
 * answers with the result or the error. Extraction is pure CPU work, so it runs
 * here rather than on the server's event loop (see extract-pool.ts).
 */
import { parentPort } from 'node:worker_threads';
import { extractArticle } from './extract-article';
import type { ExtractOptions } from './types';

export interface ExtractRequest {
  id: number;
  text: string;
  options: ExtractOptions;
}

// Loading the extraction modules (gazetteers, language packs) and the first extraction take a moment; the pool
// starts an article's clock only after this warm-up.
extractArticle('Warm-up.');
parentPort?.postMessage({ ready: true });

parentPort?.on('message', ({ id, text, options }: ExtractRequest) => {
  try {
    parentPort?.postMessage({ id, extraction: extractArticle(text, options) });
  } catch (error) {
    parentPort?.postMessage({ id, error: (error as Error).stack ?? String(error) });
  }
});
