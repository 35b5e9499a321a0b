/**
 * `npm run calibrate [-- --check]`: measures each extraction rule's precision on
 * the tuned part of ../shared/corpus/dev plus the seeds in ../shared/corpus and
 * writes src/ingest/extract/confidence.json (see src/eval/calibrate.ts), then
 * prints the table and how well it is calibrated: per confidence band, facts
 * and precision on the calibration set and on the held-back part. With
 * --check nothing is written: exits 1, naming the rules that differ, when the
 * checked-in table is not what it would write now. Usage errors exit 2.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildTable, factOutcomes, readCalibrationSets, tableDifferences } from '../eval/calibrate';
import { formatBands, formatRules } from '../eval/calibration-report';
import { confidenceIn, type ConfidenceTable } from '../ingest/extract/confidence';
import { projectRoot } from '../paths';
import { runScript } from './script';

const usage = 'usage: npm run calibrate [-- --check]';
const tableFile = 'src/ingest/extract/confidence.json';
const tablePath = join(projectRoot, tableFile);

export function main(argv: string[], out: (line: string) => void, err: (line: string) => void): number {
  const unknown = argv.find((a) => a !== '--check');
  if (unknown !== undefined) {
    err(`unexpected argument ${unknown}\n${usage}`);
    return 2;
  }
  let sets: ReturnType<typeof readCalibrationSets>;
  try {
    sets = readCalibrationSets();
  } catch (error) {
    err((error as Error).message);
    return 1;
  }
  const fresh = buildTable(factOutcomes(sets.calibration), sets.corpus);
  if (argv.includes('--check')) {
    const checkedIn = JSON.parse(readFileSync(tablePath, 'utf8')) as ConfidenceTable;
    const differences = tableDifferences(checkedIn, fresh);
    if (differences.length === 0) {
      out(`${tableFile} is up to date`);
      return 0;
    }
    err([`${tableFile} is out of date; run npm run calibrate. Differences:`, ...differences].join('\n'));
    return 1;
  }
  writeFileSync(tablePath, `${JSON.stringify(fresh, null, 2)}\n`);
  out(
    [
      `wrote ${tableFile} from ${fresh.corpus}`,
      'confidence = (correct + 1) / (emitted + 2)',
      '',
      ...formatRules(fresh),
      '',
      ...formatBands(
        [
          { name: 'tuned + seeds', outcomes: factOutcomes(sets.calibration) },
          { name: 'held', outcomes: factOutcomes(sets.held) },
        ],
        (rule) => confidenceIn(fresh, rule),
      ),
    ].join('\n'),
  );
  return 0;
}

if (require.main === module) runScript(main);
