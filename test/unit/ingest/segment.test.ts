import { segment } from '../../../src/ingest/segment';

describe('segment', () => {
  it('keeps offsets exact and does not split after abbreviations or initials', () => {
    const text = 'BISHKEK, 3 May 2024\n\nMr. A. Karimov met the mayor. Hanil Textile Co. has invested.';
    const sentences = segment(text, 'en');
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(sentences.map((s) => s.text)).toEqual([
      'BISHKEK, 3 May 2024',
      'Mr. A. Karimov met the mayor.',
      'Hanil Textile Co. has invested.',
    ]);
    expect(segment('Zweiter Satz, z. B. hier. Dritter Satz.', 'de').map((s) => s.text)).toEqual([
      'Zweiter Satz, z. B. hier.',
      'Dritter Satz.',
    ]);
  });

  it('does not split after the Russian "г."', () => {
    const text = 'Конаев, 20 августа 2024 г. Встреча прошла в акимате.';
    expect(segment(text, 'ru').map((s) => s.text)).toEqual([text]);
  });

  describe('hard-wrapped copy', () => {
    const wrapped = [
      'Governor meets deputy minister',
      'ASHGABAT, 4 March 2024',
      'Trade and transit were on the agenda when the Deputy',
      'Minister of Foreign Affairs of Turkmenistan Ahmed Karimov met',
      'Governor of Gilan Province of Iran Hassan Ali Rezaei. The sides',
      'agreed to expand trade between the Mary region and the province',
      'of Gilan.',
      'Both welcomed the plan.',
    ].join('\n');

    it('runs a line cut at the wrap width on into the next, keeping offsets exact', () => {
      const sentences = segment(wrapped, 'en');
      for (const s of sentences) expect(wrapped.slice(s.start, s.end)).toBe(s.text);
      expect(sentences.map((s) => s.text.replaceAll('\n', ' '))).toEqual([
        'Governor meets deputy minister',
        'ASHGABAT, 4 March 2024',
        'Trade and transit were on the agenda when the Deputy Minister of Foreign Affairs of Turkmenistan Ahmed Karimov met Governor of Gilan Province of Iran Hassan Ali Rezaei.',
        'The sides agreed to expand trade between the Mary region and the province of Gilan.',
        'Both welcomed the plan.',
      ]);
    });

    it('keeps lines apart when fewer than three end open near the width, or a blank line follows', () => {
      const headings =
        'Governor meets the deputy minister of foreign affairs today\nASHGABAT, 4 March 2024\nThe sides met.';
      expect(segment(headings, 'en').map((s) => s.text)).toHaveLength(3);
      const paragraphs = wrapped.replaceAll('\n', '\n\n');
      expect(segment(paragraphs, 'en').length).toBeGreaterThan(segment(wrapped, 'en').length);
    });
  });
});
