/**
 * `npm run eval -- <folder> [--json] [--errors] [--part tuned|held]`: precision,
 * recall and F1 (with tp/predicted/gold) for entities and relations overall
 * (micro), per language, per relation type and per file. --part restricts to one
 * part of the development split (src/eval/split.ts); --errors lists per file what
 * was missed, what is spurious and which properties differ; --json prints only
 * one JSON object. Usage errors exit with code 2; malformed gold names its file
 * and exits 1.
 */
import { existsSync, statSync } from 'node:fs';
import { formatReport } from '../eval/format';
import { GoldError } from '../eval/gold';
import { buildReport, reportJson } from '../eval/report';
import { evaluateFolder } from '../eval/run';
import { parts, type Part } from '../eval/split';
import { runScript } from './script';

const usage = 'usage: npm run eval -- <folder> [--json] [--errors] [--part tuned|held]';

interface Options {
  folder: string;
  json: boolean;
  errors: boolean;
  part?: Part;
}

/** The options, or the usage error to report. */
export function parseArgs(argv: readonly string[]): Options | string {
  const args = [...argv];
  const options: Partial<Options> & { json: boolean; errors: boolean } = { json: false, errors: false };
  while (args.length > 0) {
    const arg = args.shift() as string;
    if (arg === '--json') options.json = true;
    else if (arg === '--errors') options.errors = true;
    else if (arg === '--part') {
      const value = args.shift();
      if (!(parts as readonly (string | undefined)[]).includes(value))
        return `--part must be ${parts.join(' or ')}, not ${JSON.stringify(value ?? '')}`;
      options.part = value as Part;
    } else if (arg.startsWith('-')) return `unknown option ${arg}`;
    else if (options.folder !== undefined) return `unexpected argument ${arg}`;
    else options.folder = arg;
  }
  if (options.folder === undefined) return 'missing <folder>';
  return options as Options;
}

export function main(argv: string[], out: (line: string) => void, err: (line: string) => void): number {
  const options = parseArgs(argv);
  if (typeof options === 'string') {
    err(`${options}\n${usage}`);
    return 2;
  }
  const { folder, json, errors, part } = options;
  if (!existsSync(folder) || !statSync(folder).isDirectory()) {
    err(`not a folder: ${folder}\n${usage}`);
    return 2;
  }
  try {
    const report = buildReport(evaluateFolder(folder, { part }), { part, errors });
    out(json ? JSON.stringify(reportJson(report)) : formatReport(report));
    return 0;
  } catch (error) {
    if (error instanceof GoldError) {
      err(error.message);
      return 1;
    }
    throw error;
  }
}

if (require.main === module) runScript(main);
