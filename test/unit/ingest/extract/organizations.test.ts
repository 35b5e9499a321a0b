/**
 * Organisation and event mentions: German compound heads, association legal forms, bilateral event
 * names. Sentences written for these tests.
 */
import { extractArticle } from '../../../../src/ingest/extract-article';
import { toGoldShape } from '../../../../src/ingest/gold-shape';

function entities(text: string, language: 'en' | 'de' | 'ru') {
  return toGoldShape(extractArticle(text, { language })).entities.map(
    (e) => `${e.type}:${e.name}:${e.roles.join(',')}`,
  );
}

describe('German organisation heads', () => {
  it('reads a head that closes a compound or follows a hyphen, with the role of the head', () => {
    const found = entities(
      'Der Landesverband für Handel und Logistik lud in den Handwerks-Club Leipzig ein. Der Europaausschuss tagte danach.',
      'de',
    );
    expect(found).toEqual(
      expect.arrayContaining([
        'Organization:Landesverband für Handel und Logistik:BusinessAssociation',
        'Organization:Handwerks-Club Leipzig:BusinessAssociation',
        'Organization:Europaausschuss:GovernmentBody',
      ]),
    );
  });

  it('goes on through a portfolio after a comma, but not into the name of a person', () => {
    const found = entities(
      'Es sprach Anna Berger, Staatssekretärin im Ministerium für Wirtschaft, Verkehr und Energie. ' +
        'Danach sprach der Leiter des Nordverbands der Sächsischen Wirtschaft, Paul Winter, über Projekte.',
      'de',
    );
    expect(found).toEqual(
      expect.arrayContaining([
        'Organization:Ministerium für Wirtschaft, Verkehr und Energie:GovernmentBody',
        'Organization:Nordverbands der Sächsischen Wirtschaft:BusinessAssociation',
      ]),
    );
    expect(found.filter((e) => e.includes('Winter') && e.startsWith('Organization'))).toEqual([]);
  });

  it('takes a registered association ("e. V.") for a business association', () => {
    const found = entities(
      'Sie sprach mit Karl Brandt, Präsident des Freundeskreis Samarkand e. V., über Besuche.',
      'de',
    );
    expect(found).toContain('Organization:Freundeskreis Samarkand e. V.:BusinessAssociation');
  });
});

describe('German bilateral event names', () => {
  it('reads an event compound before the two sides it joins', () => {
    const found = entities('Am 3. Mai begann der Wirtschafts- und Handelsdialog Namangan – Leipzig in Leipzig.', 'de');
    expect(found).toContain('Event:Wirtschafts- und Handelsdialog Namangan – Leipzig:');
  });
});

describe('Russian government bodies named by their territory', () => {
  const shape = (text: string) => {
    const found = toGoldShape(extractArticle(text, { language: 'ru' }));
    return {
      entities: found.entities.map((e) => `${e.type}:${e.name}`),
      relations: found.relations.map((r) => `${r.from} ${r.type} ${r.to}`),
    };
  };

  it('reads a body noun before a region or a city in the genitive, and an executive committee after an adjective', () => {
    const { entities } = shape(
      'Гостей принял акимат Павлодара. В делегацию вошел заместитель председателя Брестского областного исполнительного комитета.',
    );
    expect(entities).toEqual(
      expect.arrayContaining([
        'Organization:Akimat of Pavlodar',
        'Organization:Brest Regional Executive Committee',
        'City:Pavlodar',
      ]),
    );
  });

  it('lets the territory sign for its body, and reads coordinated region adjectives', () => {
    const { entities, relations } = shape(
      'Подписано соглашение о сотрудничестве между Правительством Омской области и Акиматом Павлодарской области. ' +
        'Затем стороны подписали дорожную карту между Костанайской и Курганской областями.',
    );
    expect(entities).toEqual(
      expect.arrayContaining([
        'Organization:Government of Omsk Region',
        'Region:Kostanay Region',
        'Region:Kurgan Region',
      ]),
    );
    expect(relations).toEqual(
      expect.arrayContaining([
        'Omsk Region AGREEMENT_WITH Pavlodar Region',
        'Kostanay Region AGREEMENT_WITH Kurgan Region',
      ]),
    );
    expect(relations.filter((r) => r.includes('Government of'))).toEqual([]);
  });

  it('leaves out a body that owns a delegation', () => {
    const { entities } = shape('Делегация хокимията Бухарской области посетила Омск.');
    expect(entities.filter((e) => e.startsWith('Organization'))).toEqual([]);
  });
});

describe('English organisations in lists and coordinations', () => {
  const shape = (text: string) => {
    const found = toGoldShape(extractArticle(text, { language: 'en' }));
    return {
      entities: found.entities.map((e) => `${e.type}:${e.name}`),
      relations: found.relations.map((r) => `${r.from} ${r.type} ${r.to}`),
    };
  };

  it('reads a later conjunct with its own head when the first has none, with the type word of its place', () => {
    const { entities, relations } = shape(
      'LLP Alpha and Transport Department of the Pavlodar region signed a memorandum on road repairs.',
    );
    expect(entities).toEqual(
      expect.arrayContaining(['Organization:LLP Alpha', 'Organization:Transport Department of the Pavlodar region']),
    );
    expect(relations).toContain('LLP Alpha AGREEMENT_WITH Transport Department of the Pavlodar region');
  });

  it('locates the companies listed after "enterprises of the region, such as"', () => {
    const { relations } = shape(
      'Governor of Pavlodar region Ivan Petrov said that enterprises of the region, such as JSC Alpha Steel, JSC Beta and LLP Gamma, export grain.',
    );
    expect(relations).toEqual(
      expect.arrayContaining([
        'JSC Alpha Steel LOCATED_IN Pavlodar Region',
        'JSC Beta LOCATED_IN Pavlodar Region',
        'LLP Gamma LOCATED_IN Pavlodar Region',
      ]),
    );
  });

  it('does not locate a list after the second of two places', () => {
    const { relations } = shape('He met companies from Pavlodar and Kostanay, such as JSC Alpha Steel and JSC Beta.');
    expect(relations.filter((r) => r.includes('LOCATED_IN'))).toEqual([]);
  });
});

describe('territorial names closed by a type word or a body noun', () => {
  it('reads a German district compound, with its stem as an alias', () => {
    const found = toGoldShape(
      extractArticle('Der Botschafter besuchte den Rheinbergkreis. Firmen aus dem Rheinberg stellten sich vor.', {
        language: 'de',
      }),
    ).entities;
    const district = found.find((e) => e.name === 'Rheinberg District');
    expect(district?.type).toBe('Region');
    expect(district?.aliases).toEqual(expect.arrayContaining(['Rheinbergkreis']));
  });

  it('reads an English khokimiyat named by its city', () => {
    expect(entities('The ambassador visited the Andijan Khokimiyat on Monday.', 'en')).toContain(
      'Organization:Andijan Khokimiyat:GovernmentBody',
    );
  });
});

describe('names with a complement', () => {
  it('keep initials before the surname of "named after"', () => {
    const found = entities('The Osh State University named after A.S. Ivanov signed a memorandum.', 'en');
    expect(found.some((e) => e.startsWith('Organization:Osh State University named after A.S. Ivanov:'))).toBe(true);
    expect(found.some((e) => e.startsWith('Person:'))).toBe(false);
  });
});

describe('English organisation heads', () => {
  it('reads an airport as an enterprise, not a person or a city', () => {
    const found = entities('The delegation arrived at Karshi International Airport on Monday.', 'en');
    expect(found).toEqual(['Organization:Karshi International Airport:Enterprise']);
  });

  it('names no organisation for the outlet a report cites, but keeps an outlet that is visited', () => {
    expect(entities('The governor met the consul, Trend News Agency reports.', 'en')).toEqual([]);
    expect(entities('The governor met the consul, the Dunyo News Agency reported.', 'en')).toEqual([]);
    expect(entities('The consul visited the Dunyo News Agency.', 'en')).toEqual([
      'Organization:Dunyo News Agency:GovernmentBody',
    ]);
  });
});

describe('English legal forms after the name', () => {
  it('reads "X LLP" and "X Group of Companies LLP" whole, and a legal form in front is no head of a list', () => {
    const found = entities(
      'Karatau Grain LLP signed an agreement with Sarybel Group of Companies LLP. ' +
        'LLP Altyn Dala and Transport Department of the Pavlodar region signed a memorandum.',
      'en',
    ).map((e) => e.split(':').slice(0, 2).join(':'));
    expect(found).toEqual(
      expect.arrayContaining([
        'Organization:Karatau Grain LLP',
        'Organization:Sarybel Group of Companies LLP',
        'Organization:LLP Altyn Dala',
        'Organization:Transport Department of the Pavlodar region',
      ]),
    );
  });
});

describe('"the region" when two regions are named as often', () => {
  it('is the region the reader met more often so far, then the one named last', () => {
    const text =
      'A delegation of the Akmola region arrived in the Kostanay region. ' +
      'According to the Governor of the Akmola region Ivan Dalov, enterprises of the region, such as JSC Tynys Milk, ' +
      'work with the Kostanay region. The Kostanay region and Akmola region are neighbours. The Kostanay region grows.';
    const facts = toGoldShape(extractArticle(text, { language: 'en' })).relations.map(
      (r) => `${r.from} ${r.type} ${r.to}`,
    );
    expect(facts).toContain('JSC Tynys Milk LOCATED_IN Akmola Region');
    expect(facts).not.toContain('JSC Tynys Milk LOCATED_IN Kostanay Region');
  });
});
