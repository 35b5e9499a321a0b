/**
 * Evaluating the extractor over gold files: each file extracted and scored,
 * with what was extracted and the gold kept beside the score so that errors
 * can be listed and facts calibrated.
 */
import { extractArticle } from '../ingest/extract-article';
import { toGoldShape } from '../ingest/gold-shape';
import { readGoldFolder, type Gold, type GoldPair } from './gold';
import { scoreFile, type FileScore } from './score';
import { inPart, splitParts, type Part } from './split';

export type Predicted = ReturnType<typeof toGoldShape>;

export interface FileResult {
  file: string;
  language: Gold['language'];
  part: Part;
  predicted: Predicted;
  gold: Gold;
  score: FileScore;
}

export function evaluatePair(pair: GoldPair, part: Part): FileResult {
  const { file, text, gold } = pair;
  const predicted = toGoldShape(extractArticle(text, { language: gold.language }));
  return { file, language: gold.language, part, predicted, gold, score: scoreFile(predicted, gold) };
}

const labelled = (pairs: GoldPair[]) => pairs.map((p) => ({ ...p, language: p.gold.language }));

/** Every file of a gold folder, or only those of one part of its split. */
export function evaluateFolder(folder: string, options: { part?: Part } = {}): FileResult[] {
  const pairs = labelled(readGoldFolder(folder));
  const split = splitParts(pairs);
  const chosen = options.part ? inPart(pairs, options.part) : pairs;
  return chosen.map((pair) => evaluatePair(pair, split.get(pair.file) as Part));
}
