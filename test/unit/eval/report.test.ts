import { formatReport } from '../../../src/eval/format';
import type { Gold } from '../../../src/eval/gold';
import { buildReport, reportJson } from '../../../src/eval/report';
import type { FileResult, Predicted } from '../../../src/eval/run';
import { scoreFile } from '../../../src/eval/score';

type Entity = { name: string; type: string };
type Relation = { from: string; type: string; to: string; properties?: Record<string, string | number> };

/** A file result without running the extractor: what was "extracted" is given. */
function result(
  file: string,
  language: Gold['language'],
  predicted: { entities: Entity[]; relations: (Relation & { rule: string; evidence: string })[] },
  gold: { entities: Entity[]; relations: (Relation & { evidence: string })[] },
): FileResult {
  const p = {
    entities: predicted.entities.map((e) => ({ ...e, aliases: [] })),
    relations: predicted.relations.map((r) => ({ properties: {}, ...r })),
  } as unknown as Predicted;
  const g: Gold = {
    language,
    entities: gold.entities.map((e) => ({ ...e, roles: [], aliases: [] })),
    relations: gold.relations.map((r) => ({ properties: {}, ...r })),
  };
  return { file, language, part: 'tuned', predicted: p, gold: g, score: scoreFile(p, g) };
}

const ana = { name: 'Ana Petrova', type: 'Person' };
const bo = { name: 'Bo Chen', type: 'Person' };
const lakeland = { name: 'Lakeland Region', type: 'Region' };

const results = [
  result(
    'en-a',
    'en',
    {
      entities: [ana, lakeland, { name: 'Hilltown', type: 'City' }],
      relations: [
        {
          from: 'Ana Petrova',
          type: 'GOVERNS',
          to: 'Lakeland Region',
          properties: { title: 'mayor' },
          rule: 'r.head',
          evidence: 'Mayor Ana Petrova spoke.',
        },
        {
          from: 'Ana Petrova',
          type: 'VISITED',
          to: 'Hilltown',
          rule: 'r.visit',
          evidence: 'Ana Petrova went to Hilltown.',
        },
      ],
    },
    {
      entities: [ana, lakeland, bo],
      relations: [
        {
          from: 'Ana Petrova',
          type: 'GOVERNS',
          to: 'Lakeland Region',
          properties: { title: 'governor' },
          evidence: 'Governor Ana Petrova spoke.',
        },
        { from: 'Ana Petrova', type: 'MET_WITH', to: 'Bo Chen', evidence: 'Ana Petrova met Bo Chen.' },
      ],
    },
  ),
  result(
    'de-a',
    'de',
    { entities: [bo], relations: [] },
    {
      entities: [bo],
      relations: [{ from: 'Bo Chen', type: 'VISITED', to: 'Hilltown', evidence: 'Bo Chen kam nach Hilltown.' }],
    },
  ),
];

describe('buildReport', () => {
  const report = buildReport(results, { errors: true });

  it('sums counts overall, per language and per relation type', () => {
    expect(report.overall.entities).toMatchObject({ tp: 3, predicted: 4, gold: 4 });
    expect(report.overall.relations).toMatchObject({ tp: 1, predicted: 2, gold: 3 });
    expect(report.overall.propertyAccuracy).toBe(0);
    expect(Object.keys(report.languages)).toEqual(['de', 'en']);
    expect(report.languages.de?.relations).toMatchObject({ tp: 0, predicted: 0, gold: 1, recall: 0 });
    expect(report.relationTypes).toEqual({
      GOVERNS: expect.objectContaining({ tp: 1, predicted: 1, gold: 1 }),
      MET_WITH: expect.objectContaining({ tp: 0, predicted: 0, gold: 1 }),
      VISITED: expect.objectContaining({ tp: 0, predicted: 1, gold: 1 }),
    });
  });

  it('lists missed and spurious items with their sentences, and property mismatches with the rule', () => {
    expect(report.files[0]?.errors).toEqual({
      missedEntities: [bo],
      spuriousEntities: [{ name: 'Hilltown', type: 'City' }],
      missedRelations: [
        { from: 'Ana Petrova', type: 'MET_WITH', to: 'Bo Chen', properties: {}, evidence: 'Ana Petrova met Bo Chen.' },
      ],
      spuriousRelations: [
        {
          from: 'Ana Petrova',
          type: 'VISITED',
          to: 'Hilltown',
          properties: {},
          rule: 'r.visit',
          evidence: 'Ana Petrova went to Hilltown.',
        },
      ],
      propertyMismatches: [
        {
          from: 'Ana Petrova',
          type: 'GOVERNS',
          to: 'Lakeland Region',
          key: 'title',
          gold: 'governor',
          predicted: 'mayor',
          rule: 'r.head',
        },
      ],
    });
  });

  it('omits the error listing unless asked', () => {
    expect(buildReport(results).files[0]).not.toHaveProperty('errors');
  });

  it('prints the tables and the errors as text', () => {
    const text = formatReport(report);
    expect(text).toMatch(/^en\s+0\.67 0\.67 0\.67\s+2\/3\/3\s+0\.50 0\.50 0\.50\s+1\/2\/2$/m);
    expect(text).toMatch(/^VISITED\s+0\.00 0\.00 0\.00\s+0\/1\/1$/m);
    expect(text).toContain('  missed entity    Person Bo Chen');
    expect(text).toContain('  spurious Ana Petrova -VISITED-> Hilltown {} [r.visit]');
    expect(text).toContain('      "Ana Petrova met Bo Chen."');
    expect(text).toContain('title: gold "governor", extracted "mayor" [r.head]');
  });

  it('gives JSON with brief scores and the counts beside them', () => {
    const json = reportJson(report);
    expect(json.overall.entities).toEqual({ precision: 0.75, recall: 0.75, f1: 0.75 });
    expect(json.overall.counts.relations).toEqual({ tp: 1, predicted: 2, gold: 3 });
    expect(json.languages.en?.counts.entities).toEqual({ tp: 2, predicted: 3, gold: 3 });
    expect(json.relationTypes.GOVERNS?.counts.relations).toEqual({ tp: 1, predicted: 1, gold: 1 });
    expect(json.files.map((f) => [f.file, f.language, f.part])).toEqual([
      ['en-a', 'en', 'tuned'],
      ['de-a', 'de', 'tuned'],
    ]);
  });
});
