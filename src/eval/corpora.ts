/**
 * The shared real-article corpora, beside the project: ../shared/corpus (the
 * seed articles) and ../shared/corpus/dev (the development corpus). Their text
 * is third-party: read it from there, never copy it into the project.
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../paths';

export interface Corpus {
  /** As written relative to the project root, for reports. */
  label: string;
  folder: string;
}

export const seedCorpus: Corpus = { label: '../shared/corpus', folder: join(projectRoot, '..', 'shared', 'corpus') };
export const devCorpus: Corpus = {
  label: '../shared/corpus/dev',
  folder: join(projectRoot, '..', 'shared', 'corpus', 'dev'),
};

/** The corpus's folder; throws, naming the path, when it is not there. */
export function requireCorpus(corpus: Corpus): string {
  if (!existsSync(corpus.folder) || !statSync(corpus.folder).isDirectory())
    throw new Error(
      `${corpus.label} not found (looked for ${corpus.folder}): the shared corpus must sit beside the project (../shared/corpus, with dev/ inside)`,
    );
  return corpus.folder;
}
