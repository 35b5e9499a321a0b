import { buildTable, factOutcomes, smoothed, tableDifferences } from '../../../src/eval/calibrate';
import { requireCorpus } from '../../../src/eval/corpora';
import { bandOf, formatBands, tallyByBand } from '../../../src/eval/calibration-report';
import type { FileResult } from '../../../src/eval/run';

const outcome = (rule: string, correct: boolean) => ({ rule, correct });

describe('calibration', () => {
  it('marks each extracted fact correct when the scorer matched it', () => {
    const result = {
      predicted: { relations: [{ rule: 'a' }, { rule: 'b' }, { rule: 'a' }] },
      score: { matches: { relations: [{ predicted: 2, gold: 0, mismatches: [] }] } },
    } as unknown as FileResult;
    expect(factOutcomes([result])).toEqual([outcome('a', false), outcome('b', false), outcome('a', true)]);
  });

  it('gives each rule its add-one smoothed precision and the default over all facts', () => {
    const outcomes = [outcome('x.b', true), outcome('x.a', true), outcome('x.a', true), outcome('x.a', false)];
    expect(smoothed(2, 3)).toBeCloseTo(0.6);
    expect(buildTable(outcomes, 'two files')).toEqual({
      generatedBy: 'npm run calibrate',
      corpus: 'two files',
      rules: {
        'x.a': { emitted: 3, correct: 2, confidence: 0.6 },
        'x.b': { emitted: 1, correct: 1, confidence: 0.667 },
      },
      default: 0.667,
    });
  });

  it('names the rules whose counts differ, and rules added or gone', () => {
    const table = buildTable([outcome('a', true), outcome('b', false)], 'c');
    expect(tableDifferences(table, table)).toEqual([]);
    const now = buildTable([outcome('a', false), outcome('n', true)], 'c');
    expect(tableDifferences(table, now)).toEqual([
      'a: table has emitted 1, correct 1, confidence 0.667; now emitted 1, correct 0, confidence 0.333',
      'b: table has emitted 1, correct 0, confidence 0.333; now absent',
      'n: table has absent; now emitted 1, correct 1, confidence 0.667',
    ]);
  });

  it('puts confidences in bands with the lower bound inclusive', () => {
    expect([0.2, 0.5, 0.7, 0.849, 0.85, 0.95, 1].map((c) => bandOf(c).label)).toEqual([
      '< 0.5',
      '0.5-0.7',
      '0.7-0.85',
      '0.7-0.85',
      '0.85-0.95',
      '>= 0.95',
      '>= 0.95',
    ]);
  });

  it('counts facts and correct facts per band and prints precision per set', () => {
    const confidence: Record<string, number> = { low: 0.3, high: 0.9 };
    const outcomes = [outcome('low', false), outcome('low', true), outcome('high', true)];
    expect(tallyByBand(outcomes, (r) => confidence[r] as number)).toEqual([
      { facts: 2, correct: 1 },
      { facts: 0, correct: 0 },
      { facts: 0, correct: 0 },
      { facts: 1, correct: 1 },
      { facts: 0, correct: 0 },
    ]);
    const lines = formatBands([{ name: 'tuned', outcomes }], (r) => confidence[r] as number);
    expect(lines).toContain('< 0.5             2      0.50');
    expect(lines).toContain('0.5-0.7           0         -');
    expect(lines).toContain('all facts         3      0.67');
  });
});

describe('requireCorpus', () => {
  it('fails naming the corpus and where it looked', () => {
    expect(() => requireCorpus({ label: '../shared/corpus/dev', folder: '/nonexistent/shared/corpus/dev' })).toThrow(
      '../shared/corpus/dev not found (looked for /nonexistent/shared/corpus/dev)',
    );
  });
});
