/**
 * The German entity catalogue (german-entities.cases.ts): every phrasing gives its bodies and
 * places, and the containment it states.
 */
import { extractArticle } from '../../../../src/ingest/extract-article';
import { toGoldShape } from '../../../../src/ingest/gold-shape';
import { germanEntities, type EntityCase } from './german-entities.cases';

describe('German entity phrasings', () => {
  it.each(germanEntities.map((c, n): [number, EntityCase] => [n + 1, c]))('de %i', (_n, c) => {
    const shape = toGoldShape(extractArticle(c.text, { language: 'de' }));
    const found = shape.entities.map((e) => `${e.type}:${e.name}`);
    const facts = shape.relations.map((r) => `${r.from} ${r.type} ${r.to}`);
    const missing = [
      ...c.entities.filter((e) => !found.includes(e)),
      ...(c.facts ?? []).filter((f) => !facts.includes(f)),
    ];
    const wrong = (c.absent ?? []).filter((a) => found.includes(a) || facts.includes(a));
    expect({ text: c.text, missing, wrong, found }).toEqual({ text: c.text, missing: [], wrong: [], found });
  });
});
