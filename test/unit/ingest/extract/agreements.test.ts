import { extractArticle } from '../../../../src/ingest/extract-article';
import { toGoldShape } from '../../../../src/ingest/gold-shape';

function agreements(text: string, language: 'en' | 'de' | 'ru'): string[] {
  return toGoldShape(extractArticle(text, { language }))
    .relations.filter((r) => r.type === 'AGREEMENT_WITH')
    .map((r) => [r.from, r.to].sort().join(' + '));
}

function titles(text: string, language: 'en' | 'de' | 'ru'): unknown[] {
  return toGoldShape(extractArticle(text, { language }))
    .relations.filter((r) => r.type === 'AGREEMENT_WITH')
    .map((r) => r.properties.title);
}

describe('agreements', () => {
  it('resolves "the sides" to the delegation body and the host region', () => {
    const text =
      'A delegation of the Kostanay region visited the Navoi region. The delegation met the khokim of the Navoi region. After the talks, the sides signed a memorandum of cooperation.';
    expect(agreements(text, 'en')).toEqual(['Kostanay Region + Navoi Region']);
  });

  it('pairs the parties stated after "between" per comma group', () => {
    const text =
      'Agreements were signed between the Pavlodar region and the Navoi region, the Kostanay region and the Tver region and the Samara region.';
    expect(agreements(text, 'en')).toEqual([
      'Navoi Region + Pavlodar Region',
      'Kostanay Region + Tver Region',
      'Kostanay Region + Samara Region',
    ]);
  });

  it('pairs every party named before the agreement word, leaving out the countries that locate them', () => {
    const text =
      'On Friday Osh region of Kyrgyzstan, Khatlon region of Tajikistan, and Navoi region of Uzbekistan concluded a cooperation agreement.';
    expect(agreements(text, 'en')).toEqual([
      'Khatlon Region + Osh Region',
      'Navoi Region + Osh Region',
      'Khatlon Region + Navoi Region',
    ]);
    expect(titles(text, 'en')).toEqual(['cooperation agreement', 'cooperation agreement', 'cooperation agreement']);
  });

  it('links agreements at the highest level country to country', () => {
    const text =
      'Zur Umsetzung der Vereinbarungen auf höchstem Niveau zwischen Kasachstan und Österreich reiste die Delegation nach Wien.';
    expect(agreements(text, 'de')).toEqual(['Austria + Kazakhstan']);
  });

  it('stores no intention and one agreement per pair and article', () => {
    expect(agreements('The Osh region and the Navoi region plan to sign a road map next year.', 'en')).toEqual([]);
    expect(agreements('The Osh region and the Navoi region will sign a road map in May.', 'en')).toEqual([]);
    expect(
      agreements('Ein Fahrplan zwischen dem Gebiet Osh und dem Gebiet Navoi soll im Mai unterzeichnet werden.', 'de'),
    ).toEqual([]);
    expect(
      agreements('Дорожная карта между Ошской областью и Навоийской областью будет подписана в мае.', 'ru'),
    ).toEqual([]);
    const text =
      'Osh region and Navoi region sign road map. A road map for trade was signed between the Osh region and the Navoi region.';
    expect(agreements(text, 'en')).toEqual(['Navoi Region + Osh Region']);
  });

  it('keeps the value and the parties out of the title', () => {
    const text =
      'Das Gebiet Kostanay und das Gebiet Pawlodar unterzeichneten einen Liefervertrag über Getreide im Wert von 5 Millionen Euro.';
    const found = toGoldShape(extractArticle(text, { language: 'de' })).relations.filter(
      (r) => r.type === 'AGREEMENT_WITH',
    );
    expect(found.map((r) => r.properties)).toEqual([
      { title: 'Liefervertrag über Getreide', amount: 5000000, currency: 'EUR' },
    ]);
  });

  it('leaves a party named inside the title out and writes Russian titles in the nominative', () => {
    expect(titles('The Kostanay region signed a contract with Siemens AG on the supply of turbines.', 'en')).toEqual([
      'contract on the supply of turbines',
    ]);
    expect(
      titles('Костанайская область и Курганская область подписали дорожную карту по развитию торговли.', 'ru'),
    ).toEqual(['дорожная карта по развитию торговли']);
  });

  it('names the agreement by "documents" only when no agreement word is in the sentence', () => {
    expect(
      titles('Among the documents signed was a supply agreement between the Osh region and the Navoi region.', 'en'),
    ).toEqual(['supply agreement']);
  });

  it('reads Russian road maps and agreements in any case', () => {
    const text =
      'Делегация Костанайской области посетила Курганскую область. Стороны подписали дорожную карту по развитию торговли.';
    expect(agreements(text, 'ru')).toEqual(['Kostanay Region + Kurgan Region']);
  });

  it('pairs the first region of a list with each of the others ("similar documents were signed between A and B and C regions")', () => {
    expect(agreements('Similar documents were signed between Vitebsk and Navoi and Khorezm regions.', 'en')).toEqual([
      'Navoi Region + Vitebsk Region',
      'Khorezm Region + Vitebsk Region',
    ]);
  });

  it('reads "agreed on X with Y" as an agreement on X, but not "agreed to" (an intention)', () => {
    const text = 'The Pavlodar region agreed on cooperation in healthcare with the Navoi region.';
    expect(titles(text, 'en')).toEqual(['cooperation in healthcare']);
    expect(agreements(text, 'en')).toEqual(['Navoi Region + Pavlodar Region']);
    expect(agreements('The Pavlodar region agreed to prepare a road map with the Navoi region.', 'en')).toEqual([]);
  });

  it('counts an agreement named as a proper noun as one in force between the parties', () => {
    const text = 'Relations between Kazakhstan and Mongolia rest on the Good Neighbourhood and Partnership Treaty.';
    expect(agreements(text, 'en')).toEqual(['Kazakhstan + Mongolia']);
  });

  it('leaves out a region that only locates a district', () => {
    const text =
      'A memorandum was signed between Sairam District of Turkestan region and Kostanay region; between Baidibek District of Turkestan region and Tver region.';
    expect(agreements(text, 'en')).toEqual(['Kostanay Region + Sairam District', 'Baidibek District + Tver Region']);
  });

  it('takes the value stated in the next sentence, and never as a trade figure', () => {
    const text =
      'Kostanay region and Tver region signed a trade contract on grain supplies. The contract is worth $40 million.';
    const found = toGoldShape(extractArticle(text, { language: 'en' })).relations;
    expect(found.filter((r) => r.type === 'AGREEMENT_WITH').map((r) => r.properties)).toEqual([
      { title: 'trade contract on grain supplies', amount: 40000000, currency: 'USD' },
    ]);
    expect(found.filter((r) => r.type === 'TRADE_WITH')).toEqual([]);
    const same = 'Kostanay region and Tver region signed a trade contract worth $40 million.';
    expect(toGoldShape(extractArticle(same, { language: 'en' })).relations.map((r) => r.type)).toEqual([
      'AGREEMENT_WITH',
    ]);
  });
});

describe('the city a signing sentence opens in', () => {
  const pairs = (text: string, language: 'en' | 'ru'): string[] =>
    toGoldShape(extractArticle(text, { language }))
      .relations.filter((r) => r.type === 'AGREEMENT_WITH')
      .map((r) => `${r.from}|${r.to}`);

  it('is the venue, not a party', () => {
    expect(
      pairs(
        'В Омске главы Новосибирской области и Павлодарской области подписали дорожную карту сотрудничества.',
        'ru',
      ),
    ).toEqual(['Novosibirsk Region|Pavlodar Region']);
    expect(
      pairs('In Omsk, the heads of the Novosibirsk region and the Pavlodar region signed a roadmap.', 'en'),
    ).toEqual(['Novosibirsk Region|Pavlodar Region']);
  });

  it('reads "the signing of the X Agreement between A and B" as their agreement', () => {
    const text = 'The consul praised the signing of the Agreement on Partnership and Trade between Osh and Busan.';
    expect(agreements(text, 'en')).toEqual(['Busan + Osh']);
    expect(titles(text, 'en')).toEqual(['Agreement on Partnership and Trade']);
  });

  it('reads each line of a list of signed documents as signed, and the list introduction as no agreement', () => {
    const text = [
      'The Osh region government says these documents were signed:',
      '- Agreement on twinning between Kara-Suu district and Uzgen district;',
      '- Memorandum on student exchange between the Osh State University and the Kyrgyz-Turkish Manas University.',
    ].join('\n');
    expect(agreements(text, 'en')).toEqual([
      'Kara-Suu District + Uzgen District',
      'Kyrgyz-Turkish Manas University + Osh State University',
    ]);
    // Without the introduction the lines are documents named, not signed.
    expect(agreements(text.split('\n').slice(1).join('\n'), 'en')).toEqual([]);
  });
});
