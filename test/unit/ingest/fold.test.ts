import { foldKey, keySimilarity, similarity } from '../../../src/ingest/fold';

describe('foldKey and similarity', () => {
  it('folds spelling variants and scripts together', () => {
    expect(foldKey('Khayrullo')).toBe(foldKey('Хайрулло'));
    expect(foldKey("Farg'ona")).toBe(foldKey('Fargona'));
    expect(foldKey('Ferghana')).toBe(foldKey('Fergana'));
    expect(similarity('Khairullo Bozarov', 'Khayrullo Bozorov')).toBeGreaterThan(0.9);
    expect(similarity('Khairullo Bozarov', 'Хайрулло Бозоров')).toBeGreaterThan(0.9);
  });

  it('keeps distinct names apart', () => {
    expect(similarity('Ferganaazot', 'Fergana')).toBeLessThan(0.85);
    expect(similarity('Feraganaazot', 'Ferganaazot')).toBeGreaterThanOrEqual(0.85);
  });

  it.each(['Хайрулло Бозоров', "Farg'ona viloyati", 'Ferghana Oil Refinery', 'Müller-Lüdenscheid GmbH', 'Алматы'])(
    'folds %s to a key that folds to itself, so keySimilarity of keys is similarity of names',
    (name) => {
      const key = foldKey(name);
      expect(foldKey(key)).toBe(key);
      expect(keySimilarity(key, foldKey('Fergana'))).toBe(similarity(name, 'Fergana'));
    },
  );
});
