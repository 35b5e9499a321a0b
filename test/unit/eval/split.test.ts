import { inPart, splitParts } from '../../../src/eval/split';

const files = (language: string, count: number) =>
  Array.from({ length: count }, (_, i) => ({ file: `${language}-${String(i + 1).padStart(2, '0')}`, language }));

describe('splitParts', () => {
  it('holds back every third file of each language in sorted order', () => {
    const items = [...files('ru', 6), ...files('en', 7), ...files('de', 2)];
    expect(inPart(items, 'held').map((i) => i.file)).toEqual(['ru-03', 'ru-06', 'en-03', 'en-06']);
    expect(inPart(items, 'tuned')).toHaveLength(items.length - 4);
  });

  it('counts within each language, not across the folder, and sorts before counting', () => {
    const items = [
      { file: 'b', language: 'en' },
      { file: 'x', language: 'de' },
      { file: 'c', language: 'en' },
      { file: 'a', language: 'en' },
      { file: 'y', language: 'de' },
    ];
    const split = splitParts(items);
    expect(split.get('c')).toBe('held');
    expect(['a', 'b', 'x', 'y'].map((f) => split.get(f))).toEqual(['tuned', 'tuned', 'tuned', 'tuned']);
  });

  it('takes the language from the label, not from the file name', () => {
    const items = [
      { file: 'en-01', language: 'de' },
      { file: 'en-02', language: 'de' },
      { file: 'en-03', language: 'en' },
    ];
    expect(splitParts(items).get('en-03')).toBe('tuned');
  });
});
