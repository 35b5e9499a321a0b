/**
 * Russian bodies named the way Russian reports write them: lower-case missions with their country,
 * "особая экономическая зона", executive committees by their contractions, and civic bodies (societies,
 * centres, houses of friendship) quoted or capitalised. Sentences written for these tests.
 */
import { extractArticle } from '../../../../src/ingest/extract-article';
import { toGoldShape } from '../../../../src/ingest/gold-shape';

function entities(text: string): string[] {
  return toGoldShape(extractArticle(text, { language: 'ru' })).entities.map(
    (e) => `${e.type}:${e.name}:${e.roles.join(',')}`,
  );
}

const cases: [string, string[], string[]][] = [
  // [text, entities that must be found, entities that must not]
  [
    'Генеральное консульство Узбекистана в Екатеринбурге провело прием.',
    ['Organization:Consulate General of Uzbekistan:Embassy', 'City:Yekaterinburg:'],
    [],
  ],
  ['Хоким принял делегацию посольства Республики Корея.', ['Organization:Embassy of South Korea:Embassy'], []],
  // "посольство" with no country after it names no mission.
  ['Сотрудники посольства провели прием.', [], ['Organization:Embassy of']],
  [
    'Делегация посетила особую экономическую зону «Алабуга».',
    ['Region:Alabuga Special Economic Zone:EconomicZone'],
    [],
  ],
  [
    'Первый заместитель председателя Витебского облисполкома Олег Громов прибыл в Фергану.',
    ['Organization:Vitebsk Regional Executive Committee:GovernmentBody'],
    [],
  ],
  ['Концерт подготовило Общество армянской культуры.', ['Organization:Obshchestvo armyanskoy kultury:'], []],
  [
    'Посол посетил общественную организацию «Узбекский культурный центр «Ватан», где встретился с активом.',
    ['Organization:Uzbekskiy kulturnyy tsentr Vatan:'],
    ['Organization:Vatan:'],
  ],
  // The short form of a well-known city.
  ['Генеральное консульство Казахстана в Петербурге провело прием.', ['City:Saint Petersburg:'], []],
  ['Посол посетил «Дом дружбы».', ['Organization:Dom druzhby:'], []],
  // A company name that merely starts like a civic noun stays a company.
  ['Компания «Домострой» построила завод.', ['Organization:Domostroy:Enterprise'], ['Organization:Domostroy:']],
];

describe('Russian bodies', () => {
  it.each(cases)('%s', (text, present, absent) => {
    const found = entities(text);
    expect(found).toEqual(expect.arrayContaining(present));
    for (const wrong of absent)
      expect(found.filter((f) => f === wrong || (wrong.endsWith(' of') && f.startsWith(wrong)))).toEqual([]);
  });
});

describe('Russian title citation', () => {
  it('keeps the genitive after the head noun of a deputy title', () => {
    const { relations } = toGoldShape(
      extractArticle('Заместителем председателя Гомельского облисполкома Игорем Бурлаковым подписан приказ.', {
        language: 'ru',
      }),
    );
    const held = relations.find((r) => r.type === 'HOLDS_POSITION');
    expect(held?.properties.title).toBe('Заместитель председателя');
  });
});
