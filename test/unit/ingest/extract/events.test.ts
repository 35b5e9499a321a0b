import { extractArticle } from '../../../../src/ingest/extract-article';
import { toGoldShape } from '../../../../src/ingest/gold-shape';

function names(text: string, language: 'en' | 'de' | 'ru', kind: string): string[] {
  return extractArticle(text, { language })
    .entities.filter((e) => e.kind === kind)
    .flatMap((e) => [e.name, ...e.aliases]);
}

describe('event names', () => {
  it('keeps a year and an "of" phrase inside English event names', () => {
    expect(names('The governor opened the Navoi 2025 Trade Fair on Monday.', 'en', 'Event')).toEqual([
      'Navoi 2025 Trade Fair',
    ]);
    expect(
      names(
        'Documents were signed at the 2nd Forum of Regions of Kazakhstan and Kyrgyzstan held in Osh.',
        'en',
        'Event',
      ),
    ).toEqual(['2nd Forum of Regions of Kazakhstan and Kyrgyzstan']);
  });

  it('reads lower-case German adjective compounds and "Jahr X in Y"', () => {
    expect(names('Er sprach auf dem kasachisch-kirgisischen Wirtschaftsforum in Bischkek.', 'de', 'Event')).toEqual([
      'kasachisch-kirgisischen Wirtschaftsforum',
    ]);
    expect(names('Das Jahr 2025 ist das „Jahr Kasachstans in Kirgistan“.', 'de', 'Event')).toEqual([
      'Jahr Kasachstans in Kirgistan',
    ]);
  });

  it('reads a Russian forum name with a Roman numeral and keeps the countries named in it', () => {
    const text = 'Документ подписали на XV Форуме межрегионального сотрудничества Казахстана и Узбекистана в Шымкенте.';
    expect(names(text, 'ru', 'Event')).toContain('XV Форуме межрегионального сотрудничества Казахстана и Узбекистана');
    expect(names(text, 'ru', 'Country')).toEqual(expect.arrayContaining(['Kazakhstan', 'Uzbekistan']));
  });

  it('does not take a sentence-initial Russian "Форум" with a place for a name', () => {
    expect(names('Форум прошел в Ташкенте.', 'ru', 'Event')).toEqual([]);
  });

  it('locates an event named "X in Y" in Y', () => {
    const found = toGoldShape(
      extractArticle('The year 2025 was declared the Year of Kazakhstan in Kyrgyzstan.', { language: 'en' }),
    );
    expect(found.relations.map((r) => `${r.from} ${r.type} ${r.to}`)).toEqual([
      'Year of Kazakhstan in Kyrgyzstan LOCATED_IN Kyrgyzstan',
    ]);
  });

  it('locates a quoted event in the place of its relative clause, past a country adjective', () => {
    const text =
      'Eine Delegation reist zur Messe „Textil Navoi-2027“, die in der usbekischen Region Navoi stattfinden wird.';
    const found = toGoldShape(extractArticle(text, { language: 'de' }));
    expect(
      found.relations.filter((r) => r.type === 'LOCATED_IN').map((r) => `${r.from} ${r.to} ${r.properties.status}`),
    ).toEqual(['Textil Navoi-2027 Navoi Region planned']);
  });
});

describe('event resolution', () => {
  it('keeps events whose names differ only in their number apart', () => {
    const text =
      'The road map signed at the XIX Forum of Regions of Kazakhstan and Uzbekistan was renewed at the XXI Forum of Regions of Kazakhstan and Uzbekistan.';
    const events = extractArticle(text, { language: 'en' }).entities.filter((e) => e.kind === 'Event');
    expect(events.map((e) => e.name)).toEqual([
      'XIX Forum of Regions of Kazakhstan and Uzbekistan',
      'XXI Forum of Regions of Kazakhstan and Uzbekistan',
    ]);
  });
});

describe('an event description before its quoted name', () => {
  it('is one event named by the quoted name, with the description as an alias', () => {
    expect(
      names(
        'Nine contracts were signed within the 4th International Investment Forum "Taraz Invest-2021".',
        'en',
        'Event',
      ),
    ).toEqual(['Taraz Invest-2021', '4th International Investment Forum']);
  });
});
