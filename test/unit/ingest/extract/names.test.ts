/**
 * Person names around titles, honorifics and initials, and the title relations
 * derived from them, with sentences written for these tests.
 */
import { extractArticle } from '../../../../src/ingest/extract-article';
import { packs } from '../../../../src/ingest/extract';
import { isTitleCase, NameChunker, tokenize } from '../../../../src/ingest/extract/mentions/name-chunker';
import { citationForm } from '../../../../src/ingest/extract/mentions/title-phrases';
import { demonymOf } from '../../../../src/ingest/extract/demonym';
import { toGoldShape } from '../../../../src/ingest/gold-shape';
import { segment } from '../../../../src/ingest/segment';
import { extractedShape } from '../../../support/extraction';

const shape = extractedShape;

describe('name chunker', () => {
  const chunker = (text: string) =>
    new NameChunker({ text, language: 'en', lexicon: packs.en, sentences: [] }, () => false);

  it('skips courtesy words and keeps initials, glued or spaced', () => {
    for (const [text, name] of [
      ['Mr. Lars Berg', 'Lars Berg'],
      ['H. E. Mr. Lars Berg', 'Lars Berg'],
      ['Y. Berg', 'Y. Berg'],
      ['A.Berg', 'A.Berg'],
      ['Mr. Berg', 'Berg'],
    ] as const) {
      const list = tokenize(text, 0, text.length);
      const chunk = chunker(text).chunkAt(list, 0);
      expect(chunk && text.slice(list[chunk.first]?.start, list[chunk.last]?.end)).toBe(name);
    }
  });

  it('takes no title, organisation or place-type word for a name', () => {
    for (const text of ['Consul General', 'Consulate General', 'Trading House', 'Berg']) {
      expect(chunker(text).chunkAt(tokenize(text, 0, text.length), 0)).toBeUndefined();
    }
  });

  it('tells title-case headlines from short sentences', () => {
    const headline = 'Governor Lars Berg Visits Bergen to Strengthen Trade and Cooperation';
    const sentence = 'Later, Ambassador Berg met Ola Dahl.';
    const names = 'Managers of Kamal Nasir Machinery Co. Ltd met Ali Veli.';
    expect(isTitleCase(tokenize(headline, 0, headline.length), packs.en)).toBe(true);
    expect(isTitleCase(tokenize(sentence, 0, sentence.length), packs.en)).toBe(false);
    expect(isTitleCase(tokenize(names, 0, names.length), packs.en)).toBe(false);
  });
});

describe('names around titles', () => {
  it('finds a name after honorifics and initials and links the title', () => {
    const { persons, relations } = shape(
      'The Consul General of Norway in Iran Y. Halvorsen met Mr. Tomas Lind, the Deputy Governor of the Andijan region.',
      'en',
    );
    expect(persons).toEqual(expect.arrayContaining(['Y. Halvorsen', 'Tomas Lind']));
    expect(persons).not.toContain('Consul General');
    expect(relations).toEqual(
      expect.arrayContaining(['Y. Halvorsen REPRESENTS Norway', 'Tomas Lind HOLDS_POSITION Andijan Region']),
    );
  });

  it('keeps the capitalised words of a German complement out of the name', () => {
    const { persons, relations } = shape(
      'Die Landrätin empfing den Botschafter der Kirgisischen Republik Asan Osmonov und den Generaldirektor des Ausschusses der Deutschen Industrie, Jan Meier.',
      'de',
    );
    expect(persons).toEqual(expect.arrayContaining(['Asan Osmonov', 'Jan Meier']));
    expect(persons.some((p) => p.includes('Republik') || p.includes('Deutschen'))).toBe(false);
    // The committee is an organisation of its own, so the post is held there.
    expect(relations).toContain('Jan Meier HOLDS_POSITION Ausschusses der Deutschen Industrie');
  });

  it('reads the sending country from a nationality adjective in the complement', () => {
    const { relations } = shape(
      'Kirgistan und Deutschland: Am Montag sprach in Bonn der Botschafter der Kirgisischen Republik in Deutschland, Asan Osmonov, über den Handel.',
      'de',
    );
    expect(relations).toEqual(
      expect.arrayContaining(['Asan Osmonov REPRESENTS Kyrgyzstan', 'Asan Osmonov ACCREDITED_TO Germany']),
    );
  });

  it('takes no person from quoted names or places after "at"', () => {
    const { persons } = shape(
      'Managers of “Kamal Nasir Machinery Co. Ltd” met Ali Veli at Ruby Palace Garden on Monday.',
      'en',
    );
    expect(persons).toEqual(['Ali Veli']);
  });

  it('reads "Prof. h.c." before a name and "Honorarkonsul" as a consul', () => {
    const { persons, relations } = shape(
      'Das erläuterte der Honorarkonsul Kasachstans für Sachsen, Prof. h.c. Karl Weber, im Gespräch.',
      'de',
    );
    expect(persons).toContain('Karl Weber');
    expect(relations).toContain('Karl Weber REPRESENTS Kazakhstan');
  });

  it('writes the title in its citation form, with the description of the post', () => {
    expect(shape('Es sprach der stellvertretende Außenminister Kasachstans, Erlan Sadykov.', 'de').titles).toContain(
      'Erlan Sadykov HOLDS_POSITION Kazakhstan | stellvertretender Außenminister',
    );
    expect(
      shape('Mit dem stellvertretenden Minister für Handel und Industrie Usbekistans, Aziz Karimov, sprach er.', 'de')
        .titles,
    ).toContain('Aziz Karimov HOLDS_POSITION Uzbekistan | stellvertretender Minister für Handel und Industrie');
    expect(citationForm('stellvertretenden Ministerin', { ...deContext })).toBe('stellvertretende Ministerin');
    expect(citationForm('Vorsitzenden', { ...deContext })).toBe('Vorsitzender');
    expect(citationForm('Генерального консула', { ...ruContext })).toBe('Генеральный консул');
    expect(citationForm('Чрезвычайного и Полномочного Посла', { ...ruContext })).toBe(
      'Чрезвычайный и Полномочный Посол',
    );
    expect(citationForm('Губернатором', { ...ruContext })).toBe('Губернатор');
  });

  it('takes Russian first names back to the nominative with the surname', () => {
    expect(
      shape('Встреча прошла при поддержке генерального консула Казахстана Жараса Беккулова.', 'ru').persons,
    ).toEqual(['Zharas Bekkulov']);
  });

  it('reads Russian names by the case the title shows, initials and patronymics', () => {
    const { persons, relations } = shape(
      'Генеральный консул Казахстана в Казани А.Б. Сапаров встретился с мэром Казани Ильсуром Хабибуллиным. Председатель Согдийской области Раджаббой Ахмадзода и г-н Иванов, директор завода «Кама», тоже были там. По словам Рустама Ахмадзоды, это важно.',
      'ru',
    );
    expect(persons).toEqual(
      expect.arrayContaining(['A.B. Saparov', 'Ilsur Khabibullin', 'Radzhabboy Akhmadzoda', 'Ivanov']),
    );
    expect(relations).toEqual(
      expect.arrayContaining(['A.B. Saparov REPRESENTS Kazakhstan', 'Ivanov HOLDS_POSITION Kama']),
    );
  });

  it('names a person after the full name read with most confidence', () => {
    const { persons } = shape(
      'Губернатор Иркутской области Сергей Левченко принял гостей. По словам Сергея Левченко, связи крепнут.',
      'ru',
    );
    expect(persons).toEqual(['Sergey Levchenko']);
  });

  it('keeps headline names to two words', () => {
    const text =
      'Delegation Led by Bukhara Governor Olim Nazarov Visits Kazan to Expand Trade and Cooperation\n\nThe governor met partners.';
    expect(shape(text, 'en').persons).toEqual(['Olim Nazarov']);
  });
});

const ruContext = { text: '', language: 'ru' as const, lexicon: packs.ru, sentences: [] };
const deContext = { text: '', language: 'de' as const, lexicon: packs.de, sentences: [] };

describe('title relations', () => {
  it('governs the territory named before the title, or "this region", and a city named before a mayor', () => {
    const { entities, relations } = shape(
      'Vahdat Town Mayor Ali Rahimov met the delegation of the Fergana region. The guests were received by the head of this region, Olim Nazarov.',
      'en',
    );
    expect(entities).toContain('City:Vahdat Town');
    expect(relations).toEqual(
      expect.arrayContaining(['Ali Rahimov GOVERNS Vahdat Town', 'Olim Nazarov GOVERNS Fergana Region']),
    );
  });

  it('reads "the region" of a title as the region of the city named last', () => {
    const text =
      'A delegation led by the Governor of the Tver region Ivan Orlov visited the city of Navoi. The Navoi region is rich. Later he went to the city of Navoi again. The Hokim of the region Olim Nazarov welcomed the guests.';
    expect(shape(text, 'en').relations).toEqual(
      expect.arrayContaining(['Ivan Orlov GOVERNS Tver Region', 'Olim Nazarov GOVERNS Navoi Region']),
    );
  });

  it('names the city of a German mayor without the city word or the genitive ending', () => {
    const { entities, relations } = shape(
      'Der Botschafter traf in Halberg den Oberbürgermeister der Stadt Halberg, Jan Roth. Seine Exzellenz dankte Halbergs Oberbürgermeister Jan Roth.',
      'de',
    );
    expect(entities).toContain('City:Halberg');
    expect(entities.filter((e) => e.startsWith('City:'))).toEqual(['City:Halberg']);
    expect(relations).toContain('Jan Roth GOVERNS Halberg');
  });

  it('prefers a region to a city named later for a head without a territory in the phrase', () => {
    const text =
      'In Talgar, dem Zentrum des Gebiets Almaty, ist der Generalkonsul Deutschlands in Almaty, Jan Roth, mit Äkim Ali Veli zusammengetroffen.';
    expect(shape(text, 'de').relations).toContain('Ali Veli GOVERNS Almaty Region');
  });

  it('gives the head of an organisation or of a described post a position, not a territory', () => {
    const { titles } = shape(
      'Chairman of the Andijan City Council Rustam Aliev and the head of the press service of the Andijan region Dilshod Umarov attended.',
      'en',
    );
    expect(titles).toEqual(
      expect.arrayContaining([
        'Rustam Aliev HOLDS_POSITION Andijan City Council | Chairman',
        'Dilshod Umarov HOLDS_POSITION Andijan Region | head of the press service',
      ]),
    );
  });

  it('places a post at the kind of body its title belongs to, and a compound title at the body it names', () => {
    expect(shape('The Fergana region hosted President of Latvia Janis Ozols.', 'en').relations).toContain(
      'Janis Ozols HOLDS_POSITION Latvia',
    );
    const { relations } = shape(
      'Der Botschafter traf im Sächsischen Landtag ein. Dort empfing ihn Landtagspräsidentin Maria Vogel, wie Russland betonte.',
      'de',
    );
    expect(relations.filter((r) => r.startsWith('Maria Vogel HOLDS_POSITION'))).toEqual([
      expect.stringMatching(/Landtag$/),
    ]);
  });

  it('gives a title in apposition to the name before it, not to the next name of the list', () => {
    const { titles } = shape(
      'The talks of Ali Karimov, the governor of Talas region, Bek Osmonov, the head of Naryn region, and Olim Nazarov, the mayor of Osh, ended in Naryn.',
      'en',
    );
    expect(titles).toEqual(
      expect.arrayContaining([
        'Ali Karimov GOVERNS Talas Region | governor',
        'Bek Osmonov GOVERNS Naryn Region | head',
      ]),
    );
    expect(titles.some((t) => t.startsWith('Bek Osmonov') && t.includes('Talas'))).toBe(false);
  });

  it('makes a deputy of a head a post holder, not a head', () => {
    expect(shape('Deputy Head of the Presidential Administration Saida Karimova spoke.', 'en').titles).toContain(
      'Saida Karimova HOLDS_POSITION Presidential Administration | Deputy Head',
    );
    expect(shape('Der stellvertretende Vorsitzende des Gebiets Samarkand, Ali Veli, sprach.', 'de').titles).toContain(
      'Ali Veli HOLDS_POSITION Samarkand Region | stellvertretender Vorsitzender',
    );
  });

  it('passes over a portfolio between the title and the name', () => {
    expect(
      shape('First Deputy Khokim of Bukhara region for investment and trade Olim Aliyev spoke.', 'en').titles,
    ).toContain('Olim Aliyev HOLDS_POSITION Bukhara Region | First Deputy Khokim');
  });

  it('does not take a list neighbour for the holder of the next title', () => {
    const { titles } = shape(
      'The delegation included Deputy Governor of the Andijan region Mr. Rustam Aliev, the Representative of Uzbekistan to UNESCO Mrs. Dilnoza Umarova.',
      'en',
    );
    expect(titles).toContain('Dilnoza Umarova REPRESENTS Uzbekistan | Representative');
    expect(titles.some((t) => t.startsWith('Rustam Aliev REPRESENTS'))).toBe(false);
  });
});

describe('short forms', () => {
  it('finds the bare name of a region the gazetteer does not know', () => {
    const { entities } = toGoldShape(
      extractArticle('The heads of Talas region met. Talks in Talas went well.', { language: 'en' }),
    );
    expect(entities.find((e) => e.name === 'Talas Region')?.aliases).toContain('Talas');
  });
});

describe('nationality adjectives and date lines', () => {
  it('reads a nationality adjective against the countries the text names', () => {
    const names = [['Kazakhstan'], ['Latvia'], ['Kasachstan'], ['Узбекистан']];
    expect(demonymOf('Latvian', names, packs.en)).toBe(1);
    expect(demonymOf('Kazakh', names, packs.en)).toBe(0);
    expect(demonymOf('kasachische', names, packs.de)).toBe(2);
    expect(demonymOf('узбекский', names, packs.ru)).toBe(3);
    expect(demonymOf('Regional', names, packs.en)).toBe(-1);
  });

  it("gives an ambassador leading an embassy delegation the embassy's country", () => {
    expect(
      shape(
        'Hungary and Uzbekistan trade more. The governor received a delegation of the Embassy of Hungary in Uzbekistan led by Ambassador Zoltan Varga.',
        'en',
      ).relations,
    ).toContain('Zoltan Varga REPRESENTS Hungary');
  });

  it('gives a minister named with an adjective the country', () => {
    expect(
      shape('Kazakhstan and Hungary signed a treaty. Kazakh Foreign Minister Murat Seitov met them.', 'en').titles,
    ).toContain('Murat Seitov HOLDS_POSITION Kazakhstan | Foreign Minister');
  });

  it('gives a diplomat named with an adjective the country, and a region before a governor', () => {
    const { entities, relations } = shape(
      'Trade between Estonia and Kazakhstan grew. Estonian Ambassador Mart Kask met Gujarat Governor Ravi Shah.',
      'en',
    );
    expect(relations).toEqual(expect.arrayContaining(['Mart Kask REPRESENTS Estonia', 'Ravi Shah GOVERNS Gujarat']));
    expect(entities).not.toContain('Region:Estonian');
  });

  it("splits a stored page's date line from the sentence on its line", () => {
    const sentences = segment(' date 2024-06-20 The governor met Ali Veli. He left.', 'en');
    expect(sentences.map((s) => s.text)).toEqual(['date 2024-06-20', 'The governor met Ali Veli.', 'He left.']);
  });
});

describe('an initial and a surname', () => {
  it('is the one person named in full with that first initial, an alias of that person', () => {
    const people = extractArticle(
      'Governor of the Atyrau region Serik Nurlanov met with Ambassador of France Didier Canesse. S. Nurlanov thanked the guest.',
      { language: 'en' },
    ).entities.filter((e) => e.kind === 'Person');
    expect(people.map((p) => [p.name, p.aliases])).toEqual([
      ['Serik Nurlanov', ['S. Nurlanov']],
      ['Didier Canesse', []],
    ]);
  });
});
