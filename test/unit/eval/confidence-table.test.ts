/**
 * The checked-in rule confidences (src/ingest/extract/confidence.json) must be
 * what `npm run calibrate` would write now: when a rule changes, regenerate it.
 * Needs ../shared/corpus and ../shared/corpus/dev; fails, naming them, without.
 */
import { main } from '../../../src/cli/calibrate';
import { devCorpus, requireCorpus, seedCorpus } from '../../../src/eval/corpora';
import { extractArticle } from '../../../src/ingest/extract-article';
import { confidenceTable, ruleConfidence } from '../../../src/ingest/extract/confidence';

describe('rule confidences', () => {
  it('needs the shared corpora', () => {
    expect(() => requireCorpus(devCorpus)).not.toThrow();
    expect(() => requireCorpus(seedCorpus)).not.toThrow();
  });

  it('are up to date with the rules (npm run calibrate -- --check)', () => {
    const err: string[] = [];
    const code = main(
      ['--check'],
      () => {},
      (line) => err.push(line),
    );
    expect(err.join('\n')).toBe('');
    expect(code).toBe(0);
  });

  it('give each extracted fact its rule confidence, and unknown rules the default', () => {
    const extraction = extractArticle(
      'The Ambassador of Kazakhstan to Uzbekistan, Aidar Seitkali, visited the Andijan region on 12 March 2024.',
      { language: 'en' },
    );
    expect(extraction.facts.length).toBeGreaterThan(0);
    for (const fact of extraction.facts) expect(fact.confidence).toBe(ruleConfidence(fact.rule));
    expect(ruleConfidence('no.such.rule')).toBe(confidenceTable.default);
    const [rule, calibration] = Object.entries(confidenceTable.rules)[0]!;
    expect(ruleConfidence(rule)).toBe(calibration.confidence);
  });
});
