import { main } from '../../../src/cli/eval';
import { runCli } from '../../support/cli';
import { englishVisit, germanMeeting, writeGoldFolder } from './gold-folder';

const run = (argv: string[]) => runCli(main, argv);

const folder = writeGoldFolder({
  'en-01': englishVisit('Aidar Seitkali', 'Andijan', 'Rustam Yuldashev'),
  'en-02': englishVisit('Nurlan Abenov', 'Namangan', 'Sherzod Karimov'),
  'en-03': englishVisit('Yerlan Dosov', 'Khorezm', 'Ulugbek Saidov'),
  'de-01': germanMeeting,
});

const json = (argv: string[]) => {
  const { code, out } = run([folder, '--json', ...argv]);
  expect(code).toBe(0);
  return JSON.parse(out);
};

describe('npm run eval', () => {
  it('--part held keeps every third file of a language, --part tuned the rest', () => {
    const held = json(['--part', 'held']);
    expect(held.part).toBe('held');
    expect(held.files.map((f: { file: string }) => f.file)).toEqual(['en-03']);
    expect(Object.keys(held.languages)).toEqual(['en']);
    const tuned = json(['--part', 'tuned']);
    expect(tuned.files.map((f: { file: string; part: string }) => [f.file, f.part])).toEqual([
      ['de-01', 'tuned'],
      ['en-01', 'tuned'],
      ['en-02', 'tuned'],
    ]);
  });

  it('--json gives overall, per-language, per-type and per-file scores with counts', () => {
    const report = json([]);
    expect(report.part).toBe('all');
    expect(Object.keys(report.overall.entities)).toEqual(['precision', 'recall', 'f1']);
    expect(Object.keys(report.languages)).toEqual(['de', 'en']);
    expect(report.files).toHaveLength(4);
    expect(report.overall.counts.entities.gold).toBe(20);
    expect(report.overall.counts.relations.gold).toBe(13);
    expect(report.relationTypes.REPRESENTS.counts.relations.gold).toBe(4);
    const perLanguage = report.languages.en.counts.relations.gold + report.languages.de.counts.relations.gold;
    expect(perLanguage).toBe(13);
    expect(report.files[0]).not.toHaveProperty('errors');
  });

  it('--errors lists missed and spurious items and property mismatches per file', () => {
    const { code, out } = run([folder, '--errors', '--part', 'held']);
    expect(code).toBe(0);
    const listing = out.slice(out.indexOf('\nerrors\n'));
    expect(listing).toContain('en-03\n');
    expect(listing).toContain('  missed entity    City Samarkand');
    expect(listing).toContain('  spurious entity  Country Uzbekistan');
    expect(listing).toMatch(
      / {2}spurious Yerlan Dosov -ACCREDITED_TO-> Uzbekistan \{[^}]*\} \[en\.[^\]]+\]\n {6}"The Ambassador/,
    );
    expect(listing).toContain('Yerlan Dosov -REPRESENTS-> Kazakhstan title: gold "Envoy", extracted "Ambassador"');
    expect(listing).not.toContain('en-01');
    const withJson = json(['--errors']);
    expect(withJson.files[1].errors.missedEntities).toEqual([{ name: 'Samarkand', type: 'City' }]);
  });

  it.each([
    [['--part', 'all'], '--part must be tuned or held, not "all"'],
    [['--part'], '--part must be tuned or held, not ""'],
    [['--verbose'], 'unknown option --verbose'],
    [['another-folder'], 'unexpected argument another-folder'],
  ])('exits 2 on usage errors: %j', (argv, message) => {
    const { code, err } = run([folder, ...argv]);
    expect(code).toBe(2);
    expect(err).toContain(message);
    expect(err).toContain('usage: npm run eval');
  });

  it('exits 2 without a folder', () => {
    const { code, err } = run(['--json']);
    expect(code).toBe(2);
    expect(err).toContain('missing <folder>');
  });
});
