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
});
