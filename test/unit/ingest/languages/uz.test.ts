/**
 * Uzbek (Latin), the worked example of adding a language: a folder and a line in the registry are
 * all it takes for input validation, detection, extraction and the gold schema to know it.
 * The sample sentences are written for this test.
 */
import { parseGold } from '../../../../src/eval/gold';
import { extractArticle } from '../../../../src/ingest/extract-article';
import { toGoldShape } from '../../../../src/ingest/gold-shape';
import { validateArticle } from '../../../../src/ingest/input';
import { detectLanguage } from '../../../../src/ingest/language';
import { languages, packs } from '../../../../src/ingest/languages';
import { segment } from '../../../../src/ingest/segment';

const text = [
  "Farg'ona viloyati hokimi Xayrullo Bozorov Koreya Respublikasi elchisini qabul qildi.",
  "Uchrashuvda tomonlar hamkorlik bo'yicha memorandum imzolandi.",
].join(' ');

describe('the Uzbek pack', () => {
  it('is in the registry, after the languages it was added to', () => {
    expect(languages).toEqual(['en', 'de', 'ru', 'uz']);
    expect(packs.uz.name).toBe('Uzbek');
  });

  it('extracts a governor and his region end to end', () => {
    const extraction = extractArticle(text, { language: 'uz' });
    expect(extraction.language).toBe('uz');
    const shape = toGoldShape(extraction);
    expect(shape.entities).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: 'Fergana Region', type: 'Region' }),
        expect.objectContaining({ name: 'Xayrullo Bozorov', type: 'Person' }),
        expect.objectContaining({ name: 'South Korea', type: 'Country' }),
      ]),
    );
    expect(shape.relations.map((r) => `${r.from} ${r.type} ${r.to}`)).toContain(
      'Xayrullo Bozorov GOVERNS Fergana Region',
    );
  });

  it('is detected by its frequent words, while en, de and ru stay theirs', () => {
    expect(detectLanguage(text).language).toBe('uz');
    expect(
      detectLanguage('The governor of the region met the ambassador and signed a memorandum with the company.')
        .language,
    ).toBe('en');
    expect(
      detectLanguage('Der Gouverneur der Region hat den Botschafter empfangen und ein Abkommen unterzeichnet.')
        .language,
    ).toBe('de');
    expect(detectLanguage('Хоким области встретился с послом и подписал меморандум.').language).toBe('ru');
  });

  it('splits sentences after its abbreviations only where a sentence ends', () => {
    expect(segment(text, 'uz').map((s) => s.text)).toHaveLength(2);
    expect(segment('Eksport 12 mln. dollarga yetdi.', 'uz')).toHaveLength(1);
  });

  it('is accepted as an input language and in gold files', () => {
    expect(validateArticle({ text, language: 'uz' }, 100_000).language).toBe('uz');
    expect(parseGold('x.gold.json', JSON.stringify({ language: 'uz', entities: [], relations: [] })).language).toBe(
      'uz',
    );
  });
});
