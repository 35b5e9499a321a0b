/**
 * The optional LLM pass after the rules: when LLM_BASE_URL and LLM_MODEL are
 * set, the LLM's items are merged into the rules' extraction (each marked with
 * its extractor). When the LLM fails, the article keeps the rules' output and
 * the failure becomes a warning.
 */
import type { Config } from '../config';
import type { Logger } from '../log';
import { createLlmExtractor, LlmError, mergeExtractions } from './llm';
import type { Extraction } from './types';

export function llmEnrichment(
  config: Config,
  log: Logger,
): ((article: unknown, extraction: Extraction) => Promise<Extraction>) | undefined {
  const llm = createLlmExtractor(config, log);
  if (!llm) return undefined;
  return async (_article, extraction) => {
    try {
      const result = await llm.extract(extraction);
      const dropped = Object.entries(result.dropped).filter(([, count]) => count > 0);
      const merged = mergeExtractions(extraction, result);
      if (dropped.length > 0)
        merged.warnings.push(`LLM items dropped: ${dropped.map(([why, n]) => `${n} ${why}`).join(', ')}`);
      return merged;
    } catch (error) {
      if (!(error instanceof LlmError)) throw error;
      log.warn({ model: error.model, status: error.status }, 'LLM extraction skipped');
      return { ...extraction, warnings: [...extraction.warnings, `LLM extraction skipped: ${error.message}`] };
    }
  };
}
