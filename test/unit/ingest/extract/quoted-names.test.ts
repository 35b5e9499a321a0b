import { extractArticle } from '../../../../src/ingest/extract-article';
import { toGoldShape } from '../../../../src/ingest/gold-shape';

function shape(text: string, language: 'en' | 'ru' | 'de' = 'en') {
  const { entities, relations } = toGoldShape(extractArticle(text, { language }));
  return {
    entities: entities.map((e) => `${e.type}:${e.name}`),
    relations: relations.map((r) => `${r.from} -${r.type}-> ${r.to}`),
  };
}

describe('quoted names', () => {
  it.each([
    ['straight', '"Hualong Ceramics"'],
    ['curly', '“Hualong Ceramics”'],
    ['doubled single', '‘‘Hualong Ceramics’’'],
  ])('make a %s-quoted name after "head of" an organisation its head holds a post in', (_, quoted) => {
    const { entities, relations } = shape(
      `The governor received investors headed by Li Wei, head of ${quoted}, the press service reports.`,
    );
    expect(entities).toContain('Organization:Hualong Ceramics');
    expect(entities).not.toContain('Person:Hualong Ceramics');
    expect(relations).toContain('Li Wei -HOLDS_POSITION-> Hualong Ceramics');
  });

  it('name a zone after its lower-case cue ("the special economic zone ‘‘Kokand’’")', () => {
    expect(shape('The plant is being built in the special economic zone ‘‘Kokand’’.').entities).toContain(
      'Region:Kokand Special Economic Zone',
    );
    expect(shape('The plant is being built in the free economic zone "Urgut".').entities).toContain(
      'Region:Urgut Free Economic Zone',
    );
  });

  it('keep zones named before their cue and in German and Russian as they were', () => {
    expect(shape('The plant is in the Navoi Free Economic Zone.').entities).toContain(
      'Region:Navoi Free Economic Zone',
    );
    expect(shape('Das Werk liegt in der Freien Wirtschaftszone Urgut.', 'de').entities).toContain(
      'Region:Urgut Free Economic Zone',
    );
    expect(shape('Завод расположен в свободной экономической зоне «Ургут».', 'ru').entities).toContain(
      'Region:Urgut Free Economic Zone',
    );
  });
});
