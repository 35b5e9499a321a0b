import { mergeExtractions } from '../../../../src/ingest/llm';
import type { ExtractedEntity, ExtractedFact, Extraction } from '../../../../src/ingest/types';
import type { EntityKind, RelationType } from '../../../../src/model';

const text = 'Mayor Jürgen Vogt of Düsseldorf met Ambassador Aigerim Sultanova. Dusseldorf trades with Almaty.';
const rules = { extractor: 'rules', rule: 'test', confidence: 0.9 } as const;
const llm = { extractor: 'llm', rule: 'llm:test', confidence: 0.7 } as const;

function entity(
  localId: string,
  kind: EntityKind,
  name: string,
  mark: typeof rules | typeof llm,
  aliases: string[] = [],
): ExtractedEntity {
  const mentions = [name, ...aliases]
    .filter((surface) => text.includes(surface))
    .map((surface) => ({
      ...mark,
      sentenceIndex: 0,
      start: text.indexOf(surface),
      end: text.indexOf(surface) + surface.length,
      surface,
    }));
  return { ...mark, localId, kind, name, aliases, roles: [], mentions };
}

function fact(
  type: RelationType,
  from: string,
  to: string,
  mark: typeof rules | typeof llm,
  properties: ExtractedFact['properties'] = {},
): ExtractedFact {
  return {
    ...mark,
    type,
    from,
    to,
    properties,
    evidence: { sentenceIndex: 0, start: 0, end: 10, quote: text.slice(0, 10) },
  };
}

const ruleExtraction: Extraction = {
  language: 'en',
  languageSource: 'given',
  text,
  sentences: [],
  entities: [
    entity('e1', 'Person', 'Jürgen Vogt', rules),
    entity('e2', 'City', 'Düsseldorf', rules),
    entity('e3', 'Person', 'Aigerim Sultanova', rules),
  ],
  facts: [fact('GOVERNS', 'e1', 'e2', rules), fact('MET_WITH', 'e1', 'e3', rules, { date: '2025-03' })],
  warnings: ['kept'],
};

describe('mergeExtractions', () => {
  const merged = mergeExtractions(ruleExtraction, {
    entities: [
      entity('e1', 'City', 'Dusseldorf', llm),
      entity('e2', 'Person', 'Aigerim Sultanova', llm),
      { ...entity('e3', 'Person', 'Juergen Vogt', llm, ['Jürgen Vogt']), roles: ['Official'] },
      entity('e4', 'City', 'Almaty', llm),
    ],
    facts: [
      fact('MET_WITH', 'e2', 'e3', llm, { date: '2025-03' }),
      fact('MET_WITH', 'e2', 'e3', llm, { date: '2024-11' }),
      fact('TRADE_WITH', 'e1', 'e4', llm),
      fact('GOVERNS', 'e3', 'e1', llm),
    ],
  });

  it('joins entities of the same kind by folded name or alias, adding aliases, roles and mentions', () => {
    expect(merged.entities.map((e) => [e.localId, e.name, e.extractor])).toEqual([
      ['e1', 'Jürgen Vogt', 'rules'],
      ['e2', 'Düsseldorf', 'rules'],
      ['e3', 'Aigerim Sultanova', 'rules'],
      ['e4', 'Almaty', 'llm'],
    ]);
    expect(merged.entities[0]!.roles).toEqual(['Official']);
    expect(merged.entities[1]!.aliases).toEqual(['Dusseldorf']);
    expect(merged.entities[1]!.mentions.map((m) => [m.surface, m.extractor])).toEqual([
      ['Düsseldorf', 'rules'],
      ['Dusseldorf', 'llm'],
    ]);
    expect(merged.entities[2]!.mentions).toHaveLength(1);
  });

  it('skips facts the rules already have (symmetric either way), adds the rest marked llm', () => {
    expect(merged.facts.map((f) => [f.type, f.from, f.to, f.extractor, f.properties])).toEqual([
      ['GOVERNS', 'e1', 'e2', 'rules', {}],
      ['MET_WITH', 'e1', 'e3', 'rules', { date: '2025-03' }],
      ['MET_WITH', 'e3', 'e1', 'llm', { date: '2024-11' }],
      ['TRADE_WITH', 'e2', 'e4', 'llm', {}],
    ]);
  });

  it('leaves the rules extraction untouched and keeps its other fields', () => {
    expect(ruleExtraction.entities[0]!.roles).toEqual([]);
    expect(ruleExtraction.facts).toHaveLength(2);
    expect(merged.warnings).toEqual(['kept']);
  });
});
