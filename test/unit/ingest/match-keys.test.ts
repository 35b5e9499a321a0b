import { extractArticle } from '../../../src/ingest/extract-article';
import { foldKey } from '../../../src/model/fold';
import { matchKeys, withoutLegalForm } from '../../../src/ingest/match-keys';

describe('matchKeys', () => {
  it('matches an organisation with and without its legal form, in any script', () => {
    const shared = (a: string, b: string) => matchKeys(a).some((key) => matchKeys(b).includes(key));
    expect(shared('Samarkand Tiles LLC', 'Samarkand Tiles')).toBe(true);
    expect(shared('ООО "Samarkand Tiles"', 'Samarkand Tiles JSC')).toBe(true);
    expect(shared('Bukhara Cotton GmBH', 'Bukhara Cotton GmbH')).toBe(true);
    expect(shared('Кокандтекс Корпорейшн', 'Kokandteks Corporation')).toBe(true);
    expect(shared('Samarkand Tiles', 'Samarkand Stones')).toBe(false);
  });

  it('matches country names across languages on the English name', () => {
    expect(matchKeys('Республика Корея')).toContain(foldKey('South Korea'));
    expect(matchKeys('Republic of Korea')).toContain(foldKey('South Korea'));
    expect(matchKeys('Kasachstan')).toContain(foldKey('Kazakhstan'));
  });

  it('keeps the folded name itself first, so graph ids stay as they were', () => {
    expect(matchKeys('Samarkand Tiles LLC')[0]).toBe(foldKey('Samarkand Tiles LLC'));
    expect(withoutLegalForm(foldKey('LLC'))).toBe(foldKey('LLC'));
  });
});

describe('in-article resolution of legal forms', () => {
  it('makes one organisation of a name with and without its legal form', () => {
    const text =
      'The ambassador visited Samarkand Tiles LLC in the Samarkand region. Samarkand Tiles exports to Kazakhstan.';
    const orgs = extractArticle(text, { language: 'en' }).entities.filter((e) => e.kind === 'Organization');
    expect(orgs).toHaveLength(1);
    expect(orgs[0]?.name).toBe('Samarkand Tiles LLC');
  });

  it('reads a Russian company with a transliterated legal word as an organisation', () => {
    const entities = extractArticle('Делегация посетила предприятие Кокандтекс Корпорейшн.', {
      language: 'ru',
    }).entities;
    expect(entities.map((e) => e.kind)).toEqual(['Organization']);
  });
});
