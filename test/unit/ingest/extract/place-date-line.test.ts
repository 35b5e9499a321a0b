import { extractArticle } from '../../../../src/ingest/extract-article';
import { toGoldShape } from '../../../../src/ingest/gold-shape';

function entities(text: string, language: 'en' | 'ru'): string[] {
  return toGoldShape(extractArticle(text, { language })).entities.map((e) => e.name);
}

describe('a place-and-date line under the headline', () => {
  it('names no entity when the place is named nowhere else', () => {
    const ru =
      'Делегация Бухарской области посетила Казань\nОмск, 3 марта 2025.\nДелегация Бухарской области прибыла с визитом.';
    expect(entities(ru, 'ru')).not.toContain('Omsk');
    const en =
      'Governor visits Osh region\nBISHKEK, March 3, 2025.\nA delegation of the Osh region arrived on a visit.';
    expect(entities(en, 'en')).not.toContain('Bishkek');
  });

  it('keeps the place when the body names it too, and reads a sentence with more than a date as body text', () => {
    const en =
      'Governor visits Osh region\nBISHKEK, March 3, 2025.\nA delegation of the Osh region arrived in Bishkek.';
    expect(entities(en, 'en')).toContain('Bishkek');
    expect(isolated('Kokand, where the forum opened on March 3, 2025, hosted the guests.')).toContain('Kokand');
  });
});

function isolated(sentence: string): string[] {
  return entities(`Governor visits Osh region\n${sentence}`, 'en');
}
