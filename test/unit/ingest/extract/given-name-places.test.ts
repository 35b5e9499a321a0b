import { extractArticle } from '../../../../src/ingest/extract-article';
import { toGoldShape } from '../../../../src/ingest/gold-shape';

function shape(text: string, language: 'en' | 'ru' | 'de') {
  const { entities, relations } = toGoldShape(extractArticle(text, { language }));
  return {
    entities: entities.map((e) => `${e.type}:${e.name}`),
    relations: relations.map((r) => `${r.from} -${r.type}-> ${r.to}`),
  };
}

describe('a place that is also a given name', () => {
  it('starts a person before a capitalised word, in English and Russian', () => {
    const en = shape('Gomel Oblast Governor Vladimir Kostenko met the consul.', 'en');
    expect(en.entities).toContain('Person:Vladimir Kostenko');
    expect(en.entities).not.toContain('City:Vladimir');
    expect(en.relations).toContain('Vladimir Kostenko -GOVERNS-> Gomel Region');
    const ru = shape('Губернатор Брестской области Владимир Сидоренко встретился с консулом.', 'ru');
    expect(ru.entities).toContain('Person:Vladimir Sidorenko');
    expect(ru.entities).not.toContain('City:Vladimir');
  });

  it('stays a place elsewhere', () => {
    expect(shape('The delegation travelled from Vladimir to Kazan.', 'en').entities).toContain('City:Vladimir');
    expect(shape('The governor of Mary region received the guests.', 'en').entities).toContain('Region:Mary Region');
  });
});
