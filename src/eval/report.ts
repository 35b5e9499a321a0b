/**
 * An evaluation report over file results, and its JSON form. In JSON every
 * score is { precision, recall, f1 } with the counts beside it under `counts`
 * ({ tp, predicted, gold }), so `overall.entities` keeps the shape it always had.
 */
import { byLanguage, byRelationType, micro, propertyAccuracy, type GroupScore } from './aggregate';
import { fileErrors, type FileErrors } from './errors';
import type { FileResult } from './run';
import type { PRF } from './score';
import type { Part } from './split';

export interface FileReport extends GroupScore {
  file: string;
  language: string;
  part: Part;
  errors?: FileErrors;
}

export interface EvalReport {
  part: Part | 'all';
  overall: GroupScore & { propertyAccuracy: number };
  languages: Record<string, GroupScore>;
  relationTypes: Record<string, PRF>;
  files: FileReport[];
}

export function buildReport(
  results: readonly FileResult[],
  options: { part?: Part; errors?: boolean } = {},
): EvalReport {
  return {
    part: options.part ?? 'all',
    overall: { ...micro(results), propertyAccuracy: propertyAccuracy(results) },
    languages: byLanguage(results),
    relationTypes: byRelationType(results),
    files: results.map((r) => ({
      file: r.file,
      language: r.language,
      part: r.part,
      ...micro([r]),
      ...(options.errors ? { errors: fileErrors(r) } : {}),
    })),
  };
}

const brief = (s: PRF) => ({ precision: s.precision, recall: s.recall, f1: s.f1 });
const counts = (s: PRF) => ({ tp: s.tp, predicted: s.predicted, gold: s.gold });
const group = (g: GroupScore) => ({
  entities: brief(g.entities),
  relations: brief(g.relations),
  counts: { entities: counts(g.entities), relations: counts(g.relations) },
});
const mapValues = <A, B>(record: Record<string, A>, f: (a: A) => B): Record<string, B> =>
  Object.fromEntries(Object.entries(record).map(([k, v]) => [k, f(v)]));

export function reportJson(report: EvalReport) {
  return {
    part: report.part,
    overall: { ...group(report.overall), propertyAccuracy: report.overall.propertyAccuracy },
    languages: mapValues(report.languages, group),
    relationTypes: mapValues(report.relationTypes, (s) => ({ relations: brief(s), counts: { relations: counts(s) } })),
    files: report.files.map((f) => ({
      file: f.file,
      language: f.language,
      part: f.part,
      ...group(f),
      ...(f.errors ? { errors: f.errors } : {}),
    })),
  };
}
