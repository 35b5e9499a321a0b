/** Evaluating the extractor over a gold folder: per-file and micro-averaged overall scores. */
import { extractArticle } from '../ingest/extract-article';
import { toGoldShape } from '../ingest/gold-shape';
import { readGoldFolder } from './gold';
import { prf, scoreFile, type FileScore, type PRF } from './score';

export interface EvalReport {
  overall: { entities: PRF; relations: PRF; propertyAccuracy: number };
  files: ({ file: string } & FileScore)[];
}

function sum(scores: FileScore[], part: 'entities' | 'relations'): PRF {
  const total = scores.reduce(
    (acc, s) => ({ tp: acc.tp + s[part].tp, p: acc.p + s[part].predicted, g: acc.g + s[part].gold }),
    { tp: 0, p: 0, g: 0 },
  );
  return prf(total.tp, total.p, total.g);
}

export function evaluateFolder(folder: string): EvalReport {
  const files = readGoldFolder(folder).map(({ file, text, gold }) => {
    const predicted = toGoldShape(extractArticle(text, { language: gold.language }));
    return {
      file,
      ...scoreFile(predicted, {
        entities: gold.entities.map((e) => ({ ...e, type: e.type })),
        relations: gold.relations,
      }),
    };
  });
  const correct = files.reduce((n, f) => n + f.properties.correct, 0);
  const total = files.reduce((n, f) => n + f.properties.total, 0);
  return {
    overall: {
      entities: sum(files, 'entities'),
      relations: sum(files, 'relations'),
      propertyAccuracy: total === 0 ? 1 : correct / total,
    },
    files,
  };
}
