/**
 * Place mentions and their containment: coordinated region names, possessive
 * countries, nationality adjectives, long country forms. Sentences written for
 * these tests.
 */
import { extractArticle } from '../../../../src/ingest/extract-article';
import { packs } from '../../../../src/ingest/extract';
import { isDemonym } from '../../../../src/ingest/extract/mentions/demonyms';
import { toGoldShape } from '../../../../src/ingest/gold-shape';
import { extractedShape } from '../../../support/extraction';

const shape = extractedShape;

describe('coordinated regions', () => {
  it('gives every name before a plural type word a region of its own, contained in the country after it', () => {
    const { entities, relations } = shape(
      'Delegations of the Navoi, Surkhandarya and Khorezm regions of Uzbekistan came to the fair.',
      'en',
    );
    expect(entities).toEqual(
      expect.arrayContaining(['Region:Navoi Region', 'Region:Surkhandarya Region', 'Region:Khorezm Region']),
    );
    expect(entities).not.toContain('City:Navoi');
    expect(relations).toEqual(
      expect.arrayContaining([
        'Navoi Region PART_OF Uzbekistan',
        'Surkhandarya Region PART_OF Uzbekistan',
        'Khorezm Region PART_OF Uzbekistan',
      ]),
    );
  });

  it('stops at a conjunct that has its own type word', () => {
    const { entities, relations } = shape(
      'Talks were held between Brest Oblast and Navoi and Surkhandarya regions of Uzbekistan.',
      'en',
    );
    expect(entities).toEqual(
      expect.arrayContaining(['Region:Brest Region', 'Region:Navoi Region', 'Region:Surkhandarya Region']),
    );
    expect(relations).not.toContain('Brest Region PART_OF Uzbekistan');
  });
});

describe('countries as context of a region', () => {
  it('keeps a possessive country out of the region name and reads it as containment', () => {
    const { entities, relations } = shape('A delegation of Belarus’ Vitebsk Oblast arrived in Tashkent.', 'en');
    expect(entities).toEqual(expect.arrayContaining(['Region:Vitebsk Region', 'Country:Belarus']));
    expect(relations).toContain('Vitebsk Region PART_OF Belarus');
  });

  it('reads "region of the Republic of X"', () => {
    const { relations } = shape('The envoy toured the Batken region of the Republic of Kyrgyzstan last week.', 'en');
    expect(relations).toContain('Batken Region PART_OF Republic of Kyrgyzstan');
  });
});

describe('nationality adjectives', () => {
  it('are no organisation of their own', () => {
    const { entities } = shape('Managers of the Turkish company Anadolu Cement Group visited the Navoi region.', 'en');
    expect(entities).not.toContain('Organization:Turkish');
    expect(entities).toContain('Organization:Anadolu Cement Group');
  });

  it('are known from the pack, in their inflected forms', () => {
    expect(isDemonym(packs.en, 'Kazakh')).toBe(true);
    expect(isDemonym(packs.de, 'chinesische')).toBe(true);
    expect(isDemonym(packs.ru, 'узбекская')).toBe(true);
    expect(isDemonym(packs.de, 'Deutschland')).toBe(false);
  });
});

describe('gazetteer beyond Central Asia', () => {
  it('knows regional centres and capitals, inflected in Russian', () => {
    expect(shape('The consul general travelled from Minsk to Mashhad.', 'en').entities).toEqual(
      expect.arrayContaining(['City:Minsk', 'City:Mashhad']),
    );
    expect(shape('Форум прошёл в Костанае и в Екатеринбурге.', 'ru').entities).toEqual(
      expect.arrayContaining(['City:Kostanay', 'City:Yekaterinburg']),
    );
    expect(shape('Делегация Западно-Казахстанской области прибыла в Гомель.', 'ru').entities).toEqual(
      expect.arrayContaining(['Region:West Kazakhstan Region', 'City:Gomel']),
    );
  });

  it('keeps names apart that only folding makes equal', () => {
    expect(shape('A delegation of Shaanxi Province came to Navoi.', 'en').entities).toContain(
      'Region:Shaanxi Province',
    );
  });

  it('reads a city as part of the region it is the capital of', () => {
    const { relations } = shape(
      'The governor proposed twinning between Kulob, the capital of the Khatlon province, and a city abroad.',
      'en',
    );
    expect(relations).toContain('Kulob PART_OF Khatlon Province');
  });
});

describe('locations of organisations', () => {
  it('names an institution "named after" a person and locates it', () => {
    const { entities, relations } = shape(
      'The embassy funded repairs of the Museum named after Sadriddin Aini in Khujand.',
      'en',
    );
    expect(entities).toContain('Organization:Museum named after Sadriddin Aini');
    expect(relations).toContain('Museum named after Sadriddin Aini LOCATED_IN Khujand');
  });

  it('takes a relative clause as a location but not a place of a later action', () => {
    expect(shape('The Vakhsh Nitrogen Plant, which lies within Bokhtar, hosted the guests.', 'en').relations).toContain(
      'Vakhsh Nitrogen Plant LOCATED_IN Bokhtar',
    );
    const { relations } = shape(
      'The delegation visited the Andijan Cotton Mill, following a week of trade talks held in Tashkent.',
      'en',
    );
    expect(relations).not.toContain('Andijan Cotton Mill LOCATED_IN Tashkent');
  });
});

describe('region name forms', () => {
  it('reads "the Province of X" and its country after "in"', () => {
    const { entities, relations } = shape('Guests from the Province of Atyrau in Kazakhstan toured Izmir.', 'en');
    expect(entities).toEqual(expect.arrayContaining(['Region:Atyrau Region', 'Country:Kazakhstan']));
    expect(relations).toContain('Atyrau Region PART_OF Kazakhstan');
  });

  it('takes neither a person after "области" nor the adjective "областной" for a region', () => {
    const { entities, relations } = shape(
      'Посол встретился с губернатором области Петром Ивановым в Тверской области РФ. Он член областного Совета.',
      'ru',
    );
    expect(entities.filter((e) => e.startsWith('Region:'))).toEqual(['Region:Tver Region']);
    expect(relations).toContain('Tver Region PART_OF Russia');
  });
});

describe('lists of organisations', () => {
  it('ends a head-noun name where a later conjunct is an organisation of its own', () => {
    const { entities } = shape(
      'Representatives of the Chamber of Commerce, Uzbekneftegaz, Navoi Mining Company and Almalyk Mining Company attended.',
      'en',
    );
    expect(entities).toEqual(
      expect.arrayContaining([
        'Organization:Chamber of Commerce',
        'Organization:Uzbekneftegaz',
        'Organization:Navoi Mining Company',
        'Organization:Almalyk Mining Company',
      ]),
    );
  });

  it('keeps a body "under" another in one name, with its own coordination', () => {
    expect(
      shape('The Department of Trade and Industry under the Government of Navoi Region signed it.', 'en').entities,
    ).toContain('Organization:Department of Trade and Industry under the Government of Navoi Region');
  });

  it('keeps a comma list of domains inside one name', () => {
    expect(shape('The Ministry of Investment, Industry and Trade hosted the talks.', 'en').entities).toEqual([
      'Organization:Ministry of Investment, Industry and Trade',
    ]);
  });

  it('makes every quoted name of a list introduced as companies an organisation', () => {
    const { entities } = shape('He met local companies, such as “Kvant Tech”, “Orion Drilling” and “Vega”.', 'en');
    expect(entities).toEqual(
      expect.arrayContaining(['Organization:Kvant Tech', 'Organization:Orion Drilling', 'Organization:Vega']),
    );
  });
});

describe('cued cities', () => {
  it('takes a name the text marks as a city, known or not', () => {
    expect(shape('The exhibition opened in the city of Krosno and then in Arkadag city.', 'en').entities).toEqual(
      expect.arrayContaining(['City:Krosno', 'City:Arkadag']),
    );
    expect(shape('Der Botschafter besuchte die Stadt Fergana.', 'de').entities).toEqual(['City:Fergana']);
    expect(shape('The Osh City Council met.', 'en').entities).toEqual(['Organization:Osh City Council']);
  });
});

describe('quoted company names', () => {
  it('joins a quoted name, a spelled-out legal form and the rest of the name', () => {
    const { entities, relations } = shape(
      'Guests cut the ribbon of “Navo” Limited Liability Company Trading House inside the “Sever Plaza” shopping center in Yekaterinburg.',
      'en',
    );
    expect(entities).toEqual(
      expect.arrayContaining(['Organization:Navo Limited Liability Company Trading House', 'Organization:Sever Plaza']),
    );
    expect(entities).not.toContain('Organization:Limited Liability Company');
    expect(relations).toContain('Sever Plaza LOCATED_IN Yekaterinburg');
  });

  it('takes a quoted name that ends in a legal form whole', () => {
    expect(shape('Managers of “Gansu Pump & Valve Co. Ltd” said so.', 'en').entities).toEqual([
      'Organization:Gansu Pump & Valve Co. Ltd',
    ]);
  });
});

describe('economic zones', () => {
  it('reads a German zone with a lower-case adjective and a quoted name', () => {
    expect(shape('Am Montag war die freie Wirtschaftszone „Navoi“ das Ziel der Gäste.', 'de').entities).toEqual([
      'Region:Navoi Free Economic Zone',
    ]);
  });
});

describe('containment cues per language', () => {
  it('reads "von" in German and keeps a delegation\'s destination out of its region', () => {
    expect(shape('Vertreter des Gebiets Atyrau von Kasachstan besuchten Buchara.', 'de').relations).toContain(
      'Atyrau Region PART_OF Kazakhstan',
    );
    const { relations } = shape('The delegation of the Namangan region in Germany visited a plant.', 'en');
    expect(relations).not.toContain('Namangan Region PART_OF Germany');
    expect(shape('A delegation from the Navoi region in Uzbekistan arrived.', 'en').relations).toContain(
      'Navoi Region PART_OF Uzbekistan',
    );
  });
});

describe('organisation heads', () => {
  it('reads a city hall as a government body', () => {
    const { entities } = toGoldShape(extractArticle('The Minsk City Hall signed a plan.', { language: 'en' }));
    expect(entities.map((e) => [e.type, e.name, e.roles])).toEqual([
      ['Organization', 'Minsk City Hall', ['GovernmentBody']],
    ]);
  });
});

describe('what LOCATED_IN is not', () => {
  it('does not locate an organisation by what it has somewhere', () => {
    const text = 'Kvant Corporation opened a mill in Tashkent. Kvant’s portfolio in the Navoi region is broad.';
    const located = toGoldShape(extractArticle(text, { language: 'en' })).relations.filter(
      (r) => r.type === 'LOCATED_IN',
    );
    expect(located.map((r) => r.evidence)).not.toContain('Kvant’s portfolio in the Navoi region is broad.');
  });
});
