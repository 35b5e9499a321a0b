/**
 * `npm run eval -- <folder> [--json]`: precision, recall and F1 for entities and
 * relations per file and overall (micro). With --json, only one JSON object.
 * Usage errors exit with code 2; malformed gold names its file and exits 1.
 */
import { existsSync, statSync } from 'node:fs';
import { GoldError } from '../eval/gold';
import { evaluateFolder, type EvalReport } from '../eval/run';
import type { PRF } from '../eval/score';

const usage = 'usage: npm run eval -- <folder> [--json]';

const brief = (s: PRF) => ({ precision: s.precision, recall: s.recall, f1: s.f1 });
const cell = (s: PRF): string => `${s.precision.toFixed(2)} ${s.recall.toFixed(2)} ${s.f1.toFixed(2)}`;

export function asJson(report: EvalReport) {
  return {
    overall: {
      entities: brief(report.overall.entities),
      relations: brief(report.overall.relations),
      propertyAccuracy: report.overall.propertyAccuracy,
    },
    files: report.files.map((f) => ({ file: f.file, entities: brief(f.entities), relations: brief(f.relations) })),
  };
}

function table(report: EvalReport): string {
  const header = `${'file'.padEnd(38)} ${'entities P R F1'.padEnd(16)} relations P R F1`;
  const rows = report.files.map((f) => `${f.file.padEnd(38)} ${cell(f.entities).padEnd(16)} ${cell(f.relations)}`);
  const overall = `${'OVERALL (micro)'.padEnd(38)} ${cell(report.overall.entities).padEnd(16)} ${cell(report.overall.relations)}`;
  return [
    header,
    ...rows,
    overall,
    `property accuracy on matched relations: ${report.overall.propertyAccuracy.toFixed(2)}`,
  ].join('\n');
}

export function main(argv: string[], out: (line: string) => void, err: (line: string) => void): number {
  const json = argv.includes('--json');
  const rest = argv.filter((a) => a !== '--json');
  const [folder, ...extra] = rest;
  if (!folder || extra.length > 0 || folder.startsWith('--')) {
    err(usage);
    return 2;
  }
  if (!existsSync(folder) || !statSync(folder).isDirectory()) {
    err(`not a folder: ${folder}\n${usage}`);
    return 2;
  }
  try {
    const report = evaluateFolder(folder);
    out(json ? JSON.stringify(asJson(report)) : table(report));
    return 0;
  } catch (error) {
    if (error instanceof GoldError) {
      err(error.message);
      return 1;
    }
    throw error;
  }
}

if (require.main === module) {
  process.exitCode = main(
    process.argv.slice(2),
    (line) => process.stdout.write(`${line}\n`),
    (line) => process.stderr.write(`${line}\n`),
  );
}
