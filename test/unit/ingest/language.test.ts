import { detectLanguage } from '../../../src/ingest/language';

describe('detectLanguage', () => {
  it('detects en, de and ru', () => {
    expect(detectLanguage('The ambassador visited the region and met the governor of the province.').language).toBe(
      'en',
    );
    expect(
      detectLanguage('Der Botschafter hat die Region besucht und sich mit dem Gouverneur getroffen.').language,
    ).toBe('de');
    expect(detectLanguage('Посол посетил область и встретился с губернатором.').language).toBe('ru');
  });

  it('reports other languages as unknown', () => {
    expect(detectLanguage("L'ambassadeur a visité la région et rencontré le gouverneur de la province.").language).toBe(
      'unknown',
    );
  });
});
