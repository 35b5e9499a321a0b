import { extractArticle } from '../../../src/ingest/extract-article';
import { toGoldShape } from '../../../src/ingest/gold-shape';

function facts(text: string, language: 'en' | 'de' | 'ru') {
  return toGoldShape(extractArticle(text, { language })).relations.map((r) => `${r.from} ${r.type} ${r.to}`);
}

describe('extractArticle', () => {
  it('reads English ambassador and khokim titles', () => {
    const text =
      'SAMARKAND, 2 March 2025\n\nAziz Karimov, Ambassador of Uzbekistan to Turkey, met the khokim of the Bukhara region, Olim Nazarov, on 1 March.';
    const found = facts(text, 'en');
    expect(found).toEqual(
      expect.arrayContaining([
        'Aziz Karimov REPRESENTS Uzbekistan',
        'Aziz Karimov ACCREDITED_TO Turkey',
        'Olim Nazarov GOVERNS Bukhara Region',
        'Aziz Karimov MET_WITH Olim Nazarov',
      ]),
    );
  });

  it('reads German genitive titles and Russian case forms', () => {
    expect(
      facts('Der Botschafter Kasachstans in Usbekistan, Erlan Tokaev, besuchte die Region Andijan.', 'de'),
    ).toEqual(
      expect.arrayContaining([
        'Erlan Tokaev REPRESENTS Kazakhstan',
        'Erlan Tokaev ACCREDITED_TO Uzbekistan',
        'Erlan Tokaev VISITED Andijan Region',
      ]),
    );
    expect(
      facts(
        'Хоким Андижанской области Шухрат Абдурахмонов встретился с послом Турции в Узбекистане Мехметом Озом.',
        'ru',
      ),
    ).toEqual(
      expect.arrayContaining(['Shukhrat Abdurakhmonov GOVERNS Andijan Region', 'Mekhmet Oz REPRESENTS Turkey']),
    );
  });

  it('merges surname mentions and keeps evidence equal to the text at its offsets', () => {
    const text =
      'KOKAND, 1 July 2024\n\nNodir Alimov, the khokim of the Fergana region, opened a plant. Alimov said the plant cost 5 million US dollars.';
    const extraction = extractArticle(text, { language: 'en' });
    const person = extraction.entities.find((e) => e.name === 'Nodir Alimov');
    expect(person?.aliases).toContain('Alimov');
    for (const fact of extraction.facts)
      expect(text.slice(fact.evidence.start, fact.evidence.end)).toBe(fact.evidence.quote);
    for (const entity of extraction.entities)
      for (const m of entity.mentions) expect(text.slice(m.start, m.end)).toBe(m.surface);
  });

  it('keeps a city and a same-named zone apart and resolves "the region" and investor cues', () => {
    const text =
      'The Kokand FEZ lies on the outskirts of the city of Kokand. Silk Road Spinning, a yarn factory in the Kokand FEZ, is backed by the Chinese investor Huaxin Group.';
    const shape = toGoldShape(extractArticle(text, { language: 'en' }));
    expect(shape.entities.map((e) => `${e.type}:${e.name}`)).toEqual(
      expect.arrayContaining(['City:Kokand', 'Region:Kokand Free Economic Zone']),
    );
    expect(shape.relations.map((r) => `${r.from} ${r.type} ${r.to}`)).toEqual(
      expect.arrayContaining([
        'Huaxin Group INVESTS_IN Silk Road Spinning',
        'Kokand Free Economic Zone LOCATED_IN Kokand',
      ]),
    );
  });
});
