import { entityId, factId } from '../../../src/model/ids';
import { planWrite } from '../../../src/ingest/plan';
import type { ExtractedEntity, ExtractedFact, Extraction } from '../../../src/ingest/types';

const text = 'Ann Berg met Carl Dahl in Osh. Carl Dahl met Ann Berg again. Berg will visit Osh.';
const provenance = { extractor: 'rules' as const, rule: 'test', confidence: 0.8 };

function entity(localId: string, kind: ExtractedEntity['kind'], name: string, surfaces: string[]): ExtractedEntity {
  return {
    ...provenance,
    localId,
    kind,
    name,
    aliases: surfaces.filter((s) => s !== name),
    roles: kind === 'Person' ? ['Official'] : [],
    mentions: surfaces.map((surface) => {
      const start = text.indexOf(surface);
      return { ...provenance, sentenceIndex: 0, start, end: start + surface.length, surface };
    }),
  };
}

function fact(
  type: ExtractedFact['type'],
  from: string,
  to: string,
  sentence: number,
  properties: ExtractedFact['properties'] = {},
): ExtractedFact {
  const [start, end] = [
    [0, 30],
    [31, 60],
    [61, 82],
  ][sentence]!;
  return {
    ...provenance,
    type,
    from,
    to,
    properties,
    evidence: { sentenceIndex: sentence, start: start!, end: end!, quote: text.slice(start, end) },
  };
}

const extraction: Extraction = {
  language: 'en',
  languageSource: 'given',
  text,
  sentences: [
    { index: 0, start: 0, end: 30, text: text.slice(0, 30) },
    { index: 1, start: 31, end: 60, text: text.slice(31, 60) },
    { index: 2, start: 61, end: 82, text: text.slice(61, 82) },
  ],
  entities: [
    entity('e1', 'Person', 'Ann Berg', ['Ann Berg', 'Berg']),
    entity('e2', 'Person', 'Carl Dahl', ['Carl Dahl']),
    entity('e3', 'City', 'Osh', ['Osh']),
  ],
  facts: [
    fact('MET_WITH', 'e1', 'e2', 0),
    fact('MET_WITH', 'e2', 'e1', 1),
    fact('VISITED', 'e1', 'e3', 2, { status: 'planned' }),
  ],
  warnings: [],
};

describe('planWrite', () => {
  const plan = planWrite({ text, warnings: [], title: 'A meeting' }, extraction, new Map(), '2024-05-01');

  it('gives new entities ids from kind and folded name, with their surfaces as aliases', () => {
    const ann = plan.entities.find((e) => e.name === 'Ann Berg')!;
    expect(ann.id).toBe(entityId('Person', 'an berg'));
    expect(ann.aliases).toEqual(['Ann Berg', 'Berg']);
    expect(ann.keys).toEqual(['an berg', 'berg']);
    expect(ann.labels).toEqual(['Person']);
    expect(plan.entities.find((e) => e.name === 'Osh')!.labels).toEqual(['Place', 'City']);
  });

  it('uses the graph id of a resolved entity', () => {
    const resolved = planWrite(
      { text, warnings: [] },
      extraction,
      new Map([['e3', { localId: 'e3', id: 'ent_known', method: 'exact', score: 1 }]]),
      '2024-05-01',
    );
    expect(resolved.entities.map((e) => e.id)).toContain('ent_known');
    expect(resolved.mentions.find((m) => m.surface === 'Osh')).toMatchObject({
      entityId: 'ent_known',
      method: 'exact',
    });
  });

  it('stores a symmetric fact once, in one direction, with the evidence of both sentences', () => {
    const meetings = plan.facts.filter((f) => f.type === 'MET_WITH');
    expect(meetings).toHaveLength(1);
    const [a, b] = [entityId('Person', 'an berg'), entityId('Person', 'carl dahl')].sort();
    expect(meetings[0]).toMatchObject({ fromId: a, toId: b, factId: factId('MET_WITH', a!, b!, {}) });
    const evidence = plan.evidence.filter((e) => e.factId === meetings[0]!.factId);
    expect(evidence.map((e) => e.quote)).toEqual([text.slice(0, 30), text.slice(31, 60)]);
  });

  it('keeps status apart from the other properties', () => {
    const visit = plan.facts.find((f) => f.type === 'VISITED')!;
    expect(visit.status).toBe('planned');
    expect(visit.properties).toEqual({});
    expect(plan.evidence.find((e) => e.factId === visit.factId)).toMatchObject({
      status: 'planned',
      seen: '2024-05-01',
    });
  });

  it('sorts entities and facts by id so concurrent writers lock in one order', () => {
    expect(plan.entities.map((e) => e.id)).toEqual([...plan.entities.map((e) => e.id)].sort());
    expect(plan.facts.map((f) => f.factId)).toEqual([...plan.facts.map((f) => f.factId)].sort());
  });

  it('merges two article entities resolved to the same graph entity into one row', () => {
    const same = new Map([
      ['e1', { localId: 'e1', id: 'ent_x', method: 'exact' as const, score: 1 }],
      ['e2', { localId: 'e2', id: 'ent_x', method: 'fuzzy' as const, score: 0.9 }],
    ]);
    const merged = planWrite({ text, warnings: [] }, extraction, same, '2024-05-01');
    const rows = merged.entities.filter((e) => e.id === 'ent_x');
    expect(rows).toHaveLength(1);
    expect(rows[0]!.aliases).toEqual(['Ann Berg', 'Berg', 'Carl Dahl']);
    expect(merged.facts.filter((f) => f.type === 'MET_WITH')).toHaveLength(0);
  });

  it('hashes the document content and ids its sentences', () => {
    expect(plan.document.id).toMatch(/^doc_[0-9a-f]{24}$/);
    expect(plan.sentences.map((s) => s.id)).toEqual([0, 1, 2].map((i) => `${plan.document.id}:s${i}`));
    expect(plan.document.title).toBe('A meeting');
  });
});
