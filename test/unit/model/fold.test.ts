import { foldKey, foldLatin, keySimilarity, similarity, withoutMarks } from '../../../src/model/fold';

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

  it.each([
    'Хайрулло Бозоров',
    "Farg'ona viloyati",
    'Ferghana Oil Refinery',
    'Müller-Lüdenscheid GmbH',
    'Алматы',
    'Fund 1,5',
    'Plant III',
    'ꦗꦮ',
  ])('folds %s to a key that folds to itself, so keySimilarity of keys is similarity of names', (name) => {
    const key = foldKey(name);
    expect(foldKey(key)).toBe(key);
    expect(keySimilarity(key, foldKey('Fergana'))).toBe(similarity(name, 'Fergana'));
  });

  it.each([
    ['Navoi Mining Plant 11', 'Navoi Mining Plant 1'],
    ['Block 22', 'Block 2'],
    ['G77', 'G7'],
    ['Forum 2022', 'Forum 202'],
    ['Fund 1.5', 'Fund 15'],
    ['Plant II', 'Plant I'],
    ['Plant III', 'Plant II'],
    ['ꦗꦮ', 'ߒߞߏ'],
  ])('keeps %s and %s apart: different keys, and not spelling variants', (a, b) => {
    expect(foldKey(a)).not.toBe(foldKey(b));
    expect(foldKey(a)).not.toBe('');
    expect(similarity(a, b)).toBeLessThan(0.8);
  });

  it('keeps every digit and the decimal mark between digits', () => {
    expect(foldKey('Navoi Mining Plant 11')).toBe('navoi mining plant 11');
    expect(foldKey('Fund 1,5')).toBe('fund 1.5');
    expect(foldKey('Block 7.')).toBe('block 7');
    expect(foldKey('Louis XIV')).toBe('luis xiv');
  });

  it('folds a name in a script without transliteration to its own letters, and only a name without letters to nothing', () => {
    expect(foldKey('ꦗꦮ')).toBe('ꦗꦮ');
    expect(foldKey('北京')).toBe('bei ing');
    expect(foldKey('★ ☆')).toBe('');
  });

  it('still folds doubled letters', () => {
    expect(foldKey('Khairullo')).toBe(foldKey('Khairulo'));
    expect(foldKey('Navoiazot Ltd')).toBe(foldKey('Navoiazot Ltd.'));
  });

  it('folds plain ASCII as it would through transliteration, which it skips', () => {
    for (let code = 0; code < 128; code++) {
      const char = String.fromCharCode(code);
      for (const text of [`Kh${char}ayr 1${char}5 Ii`, `${char}`, `${char}${char}Jo'Zh`]) {
        expect([code, foldKey(text)]).toEqual([code, foldLatin(withoutMarks(text), text)]);
      }
    }
  });
});
