/**
 * A file cache of the model's parsed answers, one JSON file per key, so that
 * re-running an ingest does not ask the model again. Files are written to a
 * temporary name and renamed, so a reader never sees half a file; an
 * unreadable file counts as a miss and is overwritten.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

/** The article (text and the language the prompt names), the model and the prompt version. */
export function cacheKey(parts: { text: string; language: string; model: string; promptVersion: string }): string {
  return sha256(JSON.stringify([sha256(parts.text), parts.language, parts.model, parts.promptVersion]));
}

export interface LlmCache {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
}

export function createLlmCache(dir: string): LlmCache {
  const file = (key: string): string => join(dir, `${key}.json`);
  return {
    async get(key) {
      try {
        return JSON.parse(await readFile(file(key), 'utf8')) as unknown;
      } catch {
        return undefined;
      }
    },
    async set(key, value) {
      await mkdir(dir, { recursive: true });
      const temporary = `${file(key)}.${process.pid}.${Date.now()}.tmp`;
      await writeFile(temporary, JSON.stringify(value));
      await rename(temporary, file(key));
    },
  };
}
