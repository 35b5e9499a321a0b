/**
 * `npm run export-gold` without a database: its usage errors (exit 2, before any connection), the
 * file names it gives, the text it rebuilds for a document stored without one, and the gold shape of
 * a document's rows. The export itself is tested on a real Neo4j (test/integration/export-gold.test.ts).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { main, parseArgs } from '../../../src/cli/export-gold';
import { documentText, goldFileBase, goldOf } from '../../../src/cli/gold-document';
import { parseGold } from '../../../src/eval/gold';
import type { GoldDocumentRow, GoldEntityRow } from '../../../src/graph/statements';
import { tempDir } from '../../support/temp-dir';

async function run(argv: string[]) {
  const err: string[] = [];
  let connected = false;
  const code = await main(
    argv,
    () => undefined,
    (line) => err.push(line),
    () => {
      connected = true;
      return Promise.reject(new Error('a usage error must not connect'));
    },
  );
  return { code, err: err.join('\n'), connected };
}

describe('export-gold usage', () => {
  it.each([
    [[], 'missing <folder>'],
    [['out', 'more'], 'unexpected argument more'],
    [['out', '--everything'], 'unknown option --everything'],
    [['out', '--language', 'fr'], '--language must be one of en, de, ru, uz, not "fr"'],
    [['out', '--language'], '--language must be one of en, de, ru, uz, not ""'],
    [['out', '--documents', ' , '], '--documents needs a comma-separated list of document ids'],
    [['out', '--all', '--partly-reviewed'], '--all and --partly-reviewed exclude each other'],
  ])('%j exits 2 naming the problem, without connecting', async (argv, message) => {
    const result = await run(argv);
    expect(result).toMatchObject({ code: 2, connected: false });
    expect(result.err).toBe(`${message}\n${result.err.split('\n')[1]}`);
    expect(result.err.split('\n')[1]).toMatch(/^usage: npm run export-gold -- <folder> /);
  });

  it('refuses a folder that is a file', async () => {
    const file = join(tempDir('export-gold'), 'gold');
    writeFileSync(file, '');
    const result = await run([file]);
    expect(result).toMatchObject({ code: 2, connected: false });
    expect(result.err).toMatch(new RegExp(`^not a folder: ${file}\n`));
  });

  it('reads every option', () => {
    expect(
      parseArgs([
        '--all',
        'gold',
        '--documents',
        'doc_a, doc_b,doc_a',
        '--language',
        'de',
        '--include-unreviewed',
        '--force',
      ]),
    ).toEqual({
      folder: 'gold',
      all: true,
      partlyReviewed: false,
      includeUnreviewed: true,
      force: true,
      documentIds: ['doc_a', 'doc_b'],
      language: 'de',
    });
    expect(parseArgs(['gold', '--partly-reviewed'])).toMatchObject({ partlyReviewed: true, all: false });
    expect(parseArgs(['gold'])).toEqual({
      folder: 'gold',
      all: false,
      partlyReviewed: false,
      includeUnreviewed: false,
      force: false,
      documentIds: null,
      language: null,
    });
  });
});

describe('gold file names', () => {
  it('are a slug of the title (without a file extension) and the first 8 characters of the id', () => {
    expect(goldFileBase({ id: 'doc_098a38382ebfa9a9dd41dd1a', title: 'en-fergana-ambassador-visit.txt' })).toBe(
      'en-fergana-ambassador-visit-098a3838',
    );
    expect(goldFileBase({ id: 'doc_0123456789abcdef01234567', title: 'Delegation: Bavaria & Samarkand!' })).toBe(
      'delegation-bavaria-samarkand-01234567',
    );
    expect(goldFileBase({ id: 'doc_0123456789abcdef01234567', title: null })).toBe('document-01234567');
    expect(goldFileBase({ id: 'doc_0123456789abcdef01234567', title: '«…»' })).toBe('document-01234567');
  });

  it('transliterate other scripts and stay short', () => {
    const base = goldFileBase({ id: 'doc_0123456789abcdef01234567', title: 'Посол посетил Ферганскую область' });
    expect(base).toMatch(/^posol-posetil-ferganskuyu-oblast-01234567$/);
    const long = goldFileBase({ id: 'doc_0123456789abcdef01234567', title: 'word '.repeat(40) });
    expect(long.length).toBeLessThanOrEqual(60 + 9);
    expect(long).toMatch(/^word(-word)+-01234567$/);
  });
});

describe('the text of a document stored without one', () => {
  it('is rebuilt from its sentences at their offsets, gaps as spaces', () => {
    const row = {
      document: { id: 'doc_x', title: null, url: null, language: 'en', text: null },
      sentences: [
        { text: 'First one.', start: 0, end: 10 },
        { text: 'Second one.', start: 12, end: 23 },
      ],
    };
    expect(documentText(row)).toEqual({ text: 'First one.  Second one.\n', rebuilt: true });
    expect(documentText({ ...row, document: { ...row.document, text: 'As stored.' } })).toEqual({
      text: 'As stored.',
      rebuilt: false,
    });
  });
});

describe('the gold of a document', () => {
  const entity = (name: string, kind: GoldEntityRow['kind'], aliases: string[] = []): GoldEntityRow => ({
    id: `ent_${name}`,
    kind,
    name,
    aliases,
    roles: kind === 'Organization' ? ['Investor'] : null,
  });
  const investor = entity('Lakeside Capital', 'Organization', ['Lakeside', 'Лейксайд']);
  const plant = entity('Amber Mill', 'Organization');
  const partner = entity('Delta Works', 'Organization');
  const row: GoldDocumentRow = {
    document: { id: 'doc_x', title: 't', url: 'https://example.org/a', language: 'en', text: null },
    sentences: [],
    entities: [investor, plant],
    relations: [
      {
        factId: 'fact_1',
        type: 'INVESTS_IN',
        reviewState: 'ACCEPTED',
        quote: 'Lakeside will invest in Amber Mill.',
        props: { amount: 5_000_000, currency: 'EUR', status: 'planned', confidence: 0.8, sourceCount: 2, date: null },
        from: investor,
        to: plant,
      },
      {
        factId: 'fact_2',
        type: 'AGREEMENT_WITH',
        reviewState: 'EDITED',
        quote: 'Amber Mill signed with Delta Works.',
        props: { title: 'supply agreement', status: 'stated', reviewState: 'EDITED', extractors: ['editor:alice'] },
        from: plant,
        to: partner,
      },
    ],
    unreviewed: 0,
  };

  it('lists the mentioned entities, then the ends of its relations, with the aliases its text contains', () => {
    const gold = goldOf(row, 'Lakeside Capital, or Lakeside, will invest in Amber Mill.');
    expect(gold.entities).toEqual([
      { name: 'Lakeside Capital', type: 'Organization', roles: ['Investor'], aliases: ['Lakeside'] },
      { name: 'Amber Mill', type: 'Organization', roles: ['Investor'], aliases: [] },
      { name: 'Delta Works', type: 'Organization', roles: ['Investor'], aliases: [] },
    ]);
    expect(gold.source).toBe('silkgraph doc_x (https://example.org/a)');
  });

  it('keeps only the fact properties, status only when planned, with the quote as evidence', () => {
    const gold = goldOf(row, '');
    expect(gold.relations).toEqual([
      {
        from: 'Lakeside Capital',
        type: 'INVESTS_IN',
        to: 'Amber Mill',
        properties: { amount: 5_000_000, currency: 'EUR', status: 'planned' },
        evidence: 'Lakeside will invest in Amber Mill.',
      },
      {
        from: 'Amber Mill',
        type: 'AGREEMENT_WITH',
        to: 'Delta Works',
        properties: { title: 'supply agreement' },
        evidence: 'Amber Mill signed with Delta Works.',
      },
    ]);
    expect(parseGold('x.gold.json', JSON.stringify(gold))).toEqual(gold);
  });
});
