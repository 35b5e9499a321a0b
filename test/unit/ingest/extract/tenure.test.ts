/**
 * When a post was held, as the text says it around the title (relations/tenure.ts): stated starts
 * and ends in English, German and Russian. Sentences and names invented for these tests.
 */
import { extractArticle } from '../../../../src/ingest/extract-article';
import type { Language } from '../../../../src/ingest/types';

const publishedAt = '2025-06-10';

/** "TYPE from -> to validFrom..validTo" for each fact of a post. */
function spans(text: string, language: Language): string[] {
  const extraction = extractArticle(text, { language, publishedAt });
  const name = new Map(extraction.entities.map((e) => [e.localId, e.name]));
  return extraction.facts
    .filter((f) => ['GOVERNS', 'HOLDS_POSITION', 'REPRESENTS', 'ACCREDITED_TO'].includes(f.type))
    .map(
      (f) =>
        `${f.type} ${name.get(f.from)} -> ${name.get(f.to)} ${f.properties.validFrom ?? ''}..${f.properties.validTo ?? ''}`,
    );
}

const cases: [Language, string, string[]][] = [
  // [language, sentence, the post facts with their spans]
  [
    'en',
    'Khokim of Zarafshan region Tolib Rakhimov, appointed in March 2023, opened a school.',
    ['GOVERNS Tolib Rakhimov -> Zarafshan Region 2023-03..'],
  ],
  [
    'en',
    'Governor of Zarafshan region Tolib Rakhimov, who has served since 2022, opened a school.',
    ['GOVERNS Tolib Rakhimov -> Zarafshan Region 2022..'],
  ],
  [
    'en',
    'Ambassador of Norway to Uzbekistan Erik Lundvall, who held the post until 2021, spoke at the forum.',
    ['REPRESENTS Erik Lundvall -> Norway ..2021', 'ACCREDITED_TO Erik Lundvall -> Uzbekistan ..2021'],
  ],
  [
    'en',
    // A former holder ended at the latest when the article appeared.
    'Former Ambassador of Norway to Uzbekistan Erik Lundvall attended the fair.',
    ['REPRESENTS Erik Lundvall -> Norway ..2025-06-10', 'ACCREDITED_TO Erik Lundvall -> Uzbekistan ..2025-06-10'],
  ],
  [
    'en',
    'The newly appointed Ambassador of Norway to Uzbekistan Ingrid Sletten met students.',
    ['REPRESENTS Ingrid Sletten -> Norway 2025-06-10..', 'ACCREDITED_TO Ingrid Sletten -> Uzbekistan 2025-06-10..'],
  ],
  [
    'en',
    // A plan's horizon is no end of the post, and a "since" of another sentence is no start.
    'Since 2020, exports grew. Governor of Zarafshan region Tolib Rakhimov presented a plan until 2030.',
    ['GOVERNS Tolib Rakhimov -> Zarafshan Region ..'],
  ],
  [
    'de',
    'Der ehemalige Botschafter Norwegens in Usbekistan Erik Lundvall besuchte die Messe.',
    ['REPRESENTS Erik Lundvall -> Norway ..2025-06-10', 'ACCREDITED_TO Erik Lundvall -> Uzbekistan ..2025-06-10'],
  ],
  [
    'de',
    'Der Gouverneur des Gebiets Zarafschan Tolib Rachimow ist seit 2022 im Amt.',
    ['GOVERNS Tolib Rachimow -> Zarafschan Region 2022..'],
  ],
  [
    'de',
    'Der im März 2023 ernannte Botschafter Norwegens in Usbekistan Erik Lundvall besuchte Taschkent.',
    ['REPRESENTS Erik Lundvall -> Norway 2023-03..', 'ACCREDITED_TO Erik Lundvall -> Uzbekistan 2023-03..'],
  ],
  [
    'de',
    'Der Botschafter Norwegens in Usbekistan Erik Lundvall war bis 2021 im Amt.',
    ['REPRESENTS Erik Lundvall -> Norway ..2021', 'ACCREDITED_TO Erik Lundvall -> Uzbekistan ..2021'],
  ],
  [
    'ru',
    'Бывший посол Норвегии в Узбекистане Эрик Лундвалл посетил ярмарку.',
    ['REPRESENTS Erik Lundvall -> Norway ..2025-06-10', 'ACCREDITED_TO Erik Lundvall -> Uzbekistan ..2025-06-10'],
  ],
  [
    'ru',
    'Хоким Зарафшанской области Толиб Рахимов назначен в марте 2023 года.',
    ['GOVERNS Tolib Rakhimov -> Zarafshan Region 2023-03..'],
  ],
  [
    'ru',
    'Посол Норвегии в Узбекистане Эрик Лундвалл работает с 2022 года.',
    ['REPRESENTS Erik Lundvall -> Norway 2022..', 'ACCREDITED_TO Erik Lundvall -> Uzbekistan 2022..'],
  ],
  [
    'ru',
    // "до 2030 года" is the strategy's horizon, not the governor's last year.
    'Губернатор Зарафшанской области Толиб Рахимов представил стратегию до 2030 года.',
    ['GOVERNS Tolib Rakhimov -> Zarafshan Region ..'],
  ],
];

describe('the span of a post, as the text states it', () => {
  it.each(cases)('%s: %s', (language, text, expected) => {
    expect(spans(text, language)).toEqual(expected);
  });

  it('joins a bound stated in a later sentence to the fact of an earlier one', () => {
    const text =
      'Ambassador of Norway to Uzbekistan Erik Lundvall opened the exhibition. ' +
      'Erik Lundvall, the Ambassador of Norway to Uzbekistan since 2022, thanked the hosts.';
    expect(spans(text, 'en')).toEqual([
      'REPRESENTS Erik Lundvall -> Norway 2022..',
      'ACCREDITED_TO Erik Lundvall -> Uzbekistan 2022..',
    ]);
  });
});
