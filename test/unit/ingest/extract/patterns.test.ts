/**
 * One test per pattern class of the rule extractor, with sentences written for
 * these tests (not taken from any article).
 */
import { packs } from '../../../../src/ingest/extract';
import { dayRangeIn } from '../../../../src/ingest/extract/relations/quantities';
import { segment } from '../../../../src/ingest/segment';
import { extractedShape } from '../../../support/extraction';

const shape = extractedShape;

describe('visits', () => {
  it('credits "the Embassy delegation" and agentless tours to the embassy', () => {
    const text =
      'The Embassy of Austria organised a trip. The Embassy delegation visited the Andijan Cotton Mill. Later, a tour of the Bukhara Silk Factory was held.';
    expect(shape(text, 'en').relations).toEqual(
      expect.arrayContaining([
        'Embassy of Austria VISITED Andijan Cotton Mill',
        'Embassy of Austria VISITED Bukhara Silk Factory',
      ]),
    );
  });

  it('does not visit the place that only locates the named sites', () => {
    const { relations } = shape(
      'The consul toured the Navoi Copper Plant and the Navoi Cement Works, both located in the city of Navoi.',
      'en',
    );
    expect(relations).not.toContain(expect.stringMatching(/VISITED Navoi$/));
  });

  it('reads a German participle at the end and a delegation led by a named person', () => {
    const text =
      'Eine Handelsdelegation des Freistaats Sachsen unter Leitung von Staatssekretärin Anna Becker hat am 3. Mai die Region Andijan besucht.';
    expect(shape(text, 'de').relations).toEqual(
      expect.arrayContaining(['Saxony VISITED Andijan Region', 'Anna Becker VISITED Andijan Region']),
    );
  });

  it('resolves "делегация региона" to the delegation met earlier', () => {
    const text =
      'Хоким Бухарской области Олим Назаров встретился с делегацией Новосибирской области во главе с Игорем Петровым. Делегация региона прибыла в Ташкент 4 мая.';
    expect(shape(text, 'ru').relations).toContain('Novosibirsk Region VISITED Tashkent');
  });
});

describe('investments', () => {
  it('finds the investor after the cue in a Russian relative clause', () => {
    const text =
      'Гости посетили завод ООО "Bukhara Steel", инвестором которого выступает китайская компания Hebei Metal Group.';
    expect(shape(text, 'ru').relations).toContain('Hebei Metal Group INVESTS_IN Bukhara Steel');
  });

  it('reads "the investor of X" with a referring subject', () => {
    const text = 'Silk Way Holding opened an office. The group is also the investor of Samarkand Porcelain Factory.';
    expect(shape(text, 'en').relations).toContain('Silk Way Holding INVESTS_IN Samarkand Porcelain Factory');
  });

  it('credits the zone when the investor phrase hangs on an unnamed enterprise', () => {
    const text =
      'In the Navoi FEZ, guests saw the Zarafshan Bakery plant and an enterprise for the production of tiles with the participation of Turkish investors Kale Group.';
    expect(shape(text, 'en').relations).toContain('Kale Group INVESTS_IN Navoi Free Economic Zone');
  });
});

describe('organisations and countries', () => {
  it('drops German generic nouns and title words, names embassies in English', () => {
    const { entities } = shape(
      'Die Botschafterin Polens besuchte das Unternehmen Polmet Agro und die Botschaft Usbekistans.',
      'de',
    );
    expect(entities).toEqual(
      expect.arrayContaining(['Organization:Polmet Agro', 'Organization:Embassy of Uzbekistan']),
    );
    expect(entities).not.toEqual(expect.arrayContaining([expect.stringMatching(/Botschafterin|Unternehmen Polmet/)]));
  });

  it('gives a Russian embassy its sending and host country', () => {
    const { relations } = shape(
      'Делегация Турции прибыла в Ош. Визит подготовлен Посольством Турции в Киргизии.',
      'ru',
    );
    expect(relations).toEqual(
      expect.arrayContaining(['Embassy of Turkey REPRESENTS Turkey', 'Embassy of Turkey ACCREDITED_TO Kyrgyzstan']),
    );
  });

  it('ends a name at a conjunct that is a known place', () => {
    const { entities } = shape('The ambassador saw the National Crafts Center and Rishtan workshops.', 'en');
    expect(entities).toEqual(expect.arrayContaining(['Organization:National Crafts Center', 'City:Rishtan']));
  });

  it('reads Russian country forms the package lacks and ignores the currency "США"', () => {
    const { entities } = shape('Товарооборот Бухарской области с Китаем составил 20 млн долларов США.', 'ru');
    expect(entities).toContain('Country:China');
    expect(entities).not.toEqual(expect.arrayContaining([expect.stringMatching(/Virgin|United States/)]));
  });
});

describe('people', () => {
  it('rejects capitalised common-noun runs and merges a bare surname', () => {
    const text =
      'Olga Brandt, Ambassador of Austria to Uzbekistan, praised Water Monitoring. Later, Ambassador Brandt met Olim Nazarov.';
    const { entities, relations } = shape(text, 'en');
    expect(entities).not.toContain('Person:Water Monitoring');
    expect(entities.filter((e) => e.includes('Brandt'))).toEqual(['Person:Olga Brandt']);
    expect(relations).toContain('Olga Brandt MET_WITH Olim Nazarov');
  });

  it('prefers the region over its country for a post named after them', () => {
    const text =
      'A delegation of Gyeonggi Province of the Republic of Korea, headed by Vice Governor Park Min-soo, arrived in Tashkent.';
    expect(shape(text, 'en').relations).toContain('Park Min-soo HOLDS_POSITION Gyeonggi Province');
  });
});

describe('participation', () => {
  it('takes the participant from the clause of the cue only', () => {
    const text =
      'Becker und Nazarov vereinbarten, dass sich das Gebiet Buchara an der Messe „Agro Expo 2026“ beteiligt.';
    const { relations } = shape(text, 'de');
    expect(relations).toContain('Bukhara Region PARTICIPATED_IN Agro Expo 2026');
    expect(relations).not.toContain(expect.stringMatching(/^Becker PARTICIPATED_IN/));
  });
});

describe('dates and sentences', () => {
  it('reads day ranges in three languages', () => {
    expect(dayRangeIn('from 3 to 5 March', packs.en, '2025')).toBe('2025-03-03/2025-03-05');
    expect(dayRangeIn('vom 3. bis 5. März', packs.de, '2025')).toBe('2025-03-03/2025-03-05');
    expect(dayRangeIn('с 3 по 5 марта', packs.ru, '2025')).toBe('2025-03-03/2025-03-05');
    expect(dayRangeIn('на 2025-2027 годы', packs.ru, '2025')).toBeUndefined();
  });

  it('does not split German sentences after an ordinal', () => {
    expect(segment('Am 11. September traf er den Akim. Danach reiste er ab.', 'de')).toHaveLength(2);
  });
});
