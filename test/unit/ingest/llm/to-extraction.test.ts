import { toExtraction } from '../../../../src/ingest/llm/to-extraction';
import { goodOutput, sampleArticle } from './fake-llm';

const evidence = 'Huber met with the akim of the region, Daniyar Serikov.';
const withRelations = (...relations: unknown[]) => ({ entities: goodOutput.entities, relations });
const relation = (overrides: Record<string, unknown>) => ({
  from: 'Maria Huber',
  type: 'MET_WITH',
  to: 'Daniyar Serikov',
  properties: {},
  evidence,
  confidence: null,
  ...overrides,
});

describe('toExtraction', () => {
  it('keeps a relation whose evidence is verbatim, ignoring outer white space', () => {
    const result = toExtraction(withRelations(relation({ evidence: `  ${evidence}\n` })), sampleArticle);
    expect(result.facts).toHaveLength(1);
    expect(result.facts[0]!.evidence.quote).toBe(evidence);
  });

  it('drops and counts relations whose evidence is not a verbatim substring', () => {
    const result = toExtraction(
      withRelations(
        relation({}),
        relation({ evidence: 'Huber met the akim of the region, Daniyar Serikov.' }),
        relation({ evidence: 'huber met with the akim of the region, daniyar serikov.' }),
      ),
      sampleArticle,
    );
    expect(result.facts).toHaveLength(1);
    expect(result.dropped).toEqual({ evidence: 2, invalid: 0, unknownEntity: 0, entityNotInText: 0 });
  });

  it('drops and counts relations that do not fit the ontology', () => {
    const result = toExtraction(
      withRelations(
        relation({ type: 'GOVERNS', from: 'Daniyar Serikov', to: 'Kazakhstan' }),
        relation({ type: 'INVESTS_IN', from: 'Alpen Metall', to: 'Temirtau' }),
        relation({ type: 'BEFRIENDED' }),
        relation({ properties: { date: '12 March' } }),
        relation({ to: 'Maria Huber' }),
        relation({ evidence: 42 }),
      ),
      sampleArticle,
    );
    expect(result.facts).toEqual([]);
    expect(result.dropped).toEqual({ evidence: 0, invalid: 6, unknownEntity: 0, entityNotInText: 0 });
  });

  it('drops and counts relations naming an entity not in the list', () => {
    const result = toExtraction(withRelations(relation({ to: 'Nursultan Abenov' })), sampleArticle);
    expect(result.dropped.unknownEntity).toBe(1);
  });

  it('finds endpoints by folded name or alias', () => {
    const result = toExtraction(withRelations(relation({ from: 'huber', to: 'DANIYAR  SERIKOV' })), sampleArticle);
    expect(result.facts).toHaveLength(1);
  });

  it('drops entities of unknown kind or absent from the text, and roles their kind cannot have', () => {
    const result = toExtraction(
      {
        entities: [
          { name: 'Steppe Copper', kind: 'Company', roles: [], aliases: [] },
          { name: 'Linz', kind: 'City', roles: [], aliases: ['Linzer'] },
          { name: 'Temirtau', kind: 'City', roles: ['Investor'], aliases: [] },
        ],
        relations: [],
      },
      sampleArticle,
    );
    expect(result.entities.map((e) => [e.name, e.roles])).toEqual([['Temirtau', []]]);
    expect(result.dropped).toEqual({ evidence: 0, invalid: 1, unknownEntity: 0, entityNotInText: 1 });
  });

  it('matches names as whole words, the longest form first', () => {
    const result = toExtraction(
      {
        entities: [
          { name: 'Karaganda', kind: 'City', roles: [], aliases: [] },
          { name: 'Karaganda Region', kind: 'Region', roles: [], aliases: ['Karaganda region'] },
          { name: 'Temir', kind: 'City', roles: [], aliases: [] },
        ],
        relations: [],
      },
      sampleArticle,
    );
    expect(result.entities.map((e) => e.name)).toEqual(['Karaganda Region']);
    expect(result.dropped.entityNotInText).toBe(2);
  });

  it('takes the model confidence when sane and the default otherwise', () => {
    const result = toExtraction(
      withRelations(relation({ confidence: 0.4 }), relation({ confidence: 40 })),
      sampleArticle,
    );
    expect(result.facts.map((f) => f.confidence)).toEqual([0.4, 0.7]);
  });
});
