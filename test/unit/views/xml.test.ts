import { escapeXml, xmlAttributes } from '../../../src/views/xml';

describe('escapeXml', () => {
  it('escapes markup characters and quotes', () => {
    expect(escapeXml(`a & b < c > d "e" 'f'`)).toBe('a &amp; b &lt; c &gt; d &quot;e&quot; &apos;f&apos;');
  });

  it('keeps tabs and line breaks as character references, so attributes keep them', () => {
    expect(escapeXml('a\tb\nc\r')).toBe('a&#9;b&#10;c&#13;');
  });

  it('removes characters XML 1.0 cannot carry, and keeps emoji and Cyrillic', () => {
    expect(escapeXml('a\u0000b\u0007c\u001Fd\uFFFEe\uFFFF')).toBe('abcde');
    expect(escapeXml('x\uD800y\uDC00z')).toBe('xyz');
    expect(escapeXml('Ташкент 🏭')).toBe('Ташкент 🏭');
  });

  it('writes numbers and booleans as text', () => {
    expect([escapeXml(1.5), escapeXml(true)]).toEqual(['1.5', 'true']);
  });
});

describe('xmlAttributes', () => {
  it('writes defined attributes in order and leaves undefined ones out', () => {
    expect(xmlAttributes({ id: 'a&b', weight: undefined, directed: false, size: 2 })).toBe(
      ' id="a&amp;b" directed="false" size="2"',
    );
  });
});
