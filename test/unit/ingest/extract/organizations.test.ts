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
