/** The review page's marking of a fact's endpoints in its sentence: parts that join back to the sentence. */
import { sentenceParts } from '../../../web/src/sentence-parts';

const text = 'Yesterday the Qarluq Mill in Tazabad signed with Volnor Freight.';
const span = (surface: string, from = 0) => {
  const start = text.indexOf(surface, from);
  return { surface, start, end: start + surface.length };
};

describe('sentenceParts', () => {
  it('marks the from and to mentions in text order, with the words between', () => {
    const parts = sentenceParts(text, [span('Qarluq Mill')], [span('Volnor Freight')]);
    expect(parts).toEqual([
      { text: 'Yesterday the ' },
      { text: 'Qarluq Mill', side: 'from' },
      { text: ' in Tazabad signed with ' },
      { text: 'Volnor Freight', side: 'to' },
      { text: '.' },
    ]);
  });

  it('marks every mention of an endpoint, and a mention at either end of the sentence', () => {
    const short = 'Volnor met Qarluq and Volnor';
    const parts = sentenceParts(
      short,
      [
        { surface: 'Volnor', start: 0, end: 6 },
        { surface: 'Volnor', start: 22, end: 28 },
      ],
      [{ surface: 'Qarluq', start: 11, end: 17 }],
    );
    expect(parts).toEqual([
      { text: 'Volnor', side: 'from' },
      { text: ' met ' },
      { text: 'Qarluq', side: 'to' },
      { text: ' and ' },
      { text: 'Volnor', side: 'from' },
    ]);
  });

  it('leaves overlapping, empty and out-of-range spans unmarked, so the parts always join back to the sentence', () => {
    const parts = sentenceParts(
      text,
      [span('Qarluq Mill in Tazabad'), { surface: '', start: 5, end: 5 }],
      [span('Tazabad'), { surface: 'x', start: 60, end: 90 }, { surface: 'y', start: -1, end: 2 }],
    );
    expect(parts.filter((part) => part.side)).toEqual([{ text: 'Qarluq Mill in Tazabad', side: 'from' }]);
    expect(parts.map((part) => part.text).join('')).toBe(text);
  });

  it('counts offsets in UTF-16 units, as the API gives them', () => {
    const emoji = '🚜 Tazabad tractors';
    expect(sentenceParts(emoji, [{ surface: 'Tazabad', start: 3, end: 10 }], [])).toEqual([
      { text: '🚜 ' },
      { text: 'Tazabad', side: 'from' },
      { text: ' tractors' },
    ]);
  });

  it('is the whole sentence, unmarked, when the sentence names neither endpoint', () => {
    expect(sentenceParts(text, [], [])).toEqual([{ text }]);
  });
});
