import { decodeArticleBytes, validateArticle } from '../../../src/ingest/input';

const limit = 1000;
const ok = { text: 'The ambassador met the governor of the region.' };

function problem(input: Parameters<typeof validateArticle>[0], max = limit): { code: string; message: string } {
  try {
    validateArticle(input, max);
  } catch (error) {
    return { code: (error as { code: string }).code, message: (error as Error).message };
  }
  throw new Error('expected validation to fail');
}

describe('validateArticle', () => {
  it('accepts plain text with metadata, normalising line endings and the URL', () => {
    const article = validateArticle(
      {
        text: 'Line one.\r\nLine two.',
        title: '  Visit ',
        url: 'https://example.org/a b',
        publishedAt: '2024-02-12T08:00:00Z',
        language: 'EN',
      },
      limit,
    );
    expect(article).toEqual({
      text: 'Line one.\nLine two.',
      title: 'Visit',
      url: 'https://example.org/a%20b',
      publishedAt: '2024-02-12',
      language: 'en',
      warnings: [],
    });
  });

  it('strips HTML with a real parser', () => {
    const article = validateArticle(
      {
        html: '<html><head><script>var x = 1;</script></head><body><p>First paragraph.</p><p>Second &amp; last.</p></body></html>',
      },
      limit,
    );
    expect(article.text).toContain('First paragraph.');
    expect(article.text).toContain('Second & last.');
    expect(article.text).not.toContain('var x');
  });

  it.each<[string, Parameters<typeof validateArticle>[0], RegExp]>([
    ['missing text', {}, /^input\.text: is required/],
    ['both text and html', { text: 'a', html: '<p>a</p>' }, /^input: give either text or html/],
    ['empty text', { text: '   \n ' }, /^input\.text: is empty/],
    [
      'HTML without text',
      { html: '<div><script>x()</script></div>' },
      /^input\.html: has no text once markup is removed/,
    ],
    [
      'text over the limit',
      { text: 'x'.repeat(limit + 1) },
      /^input\.text: is 1001 bytes, over the limit of 1000 bytes \(INGEST_MAX_BYTES\)/,
    ],
    ['multi-byte text over the limit', { text: 'ж'.repeat(501) }, /is 1002 bytes, over the limit/],
    ['binary data', { text: 'PK\u0003\u0004\u0000\u0000' }, /^input\.text: contains NUL characters/],
    ['replacement characters', { text: 'broken \uFFFD text' }, /not valid UTF-8/],
    [
      'only invisible characters',
      { text: '\u200B\uFEFF\u200C\u200D\u2060 \u00A0\n\u3000' },
      /^input\.text: has no letters or digits \(only invisible characters\)/,
    ],
    [
      'HTML of only invisible characters',
      { html: '<p>&#8203;&zwnj;\uFEFF</p>' },
      /^input\.html: has no letters or digits/,
    ],
    ['a lone surrogate in the text', { text: 'Osh \uD800 visit' }, /^input\.text: contains a lone UTF-16 surrogate/],
    ['a lone surrogate in the title', { ...ok, title: 'T\uDC00' }, /^input\.title: contains a lone UTF-16 surrogate/],
    ['a URL that is not one', { ...ok, url: 'not a url' }, /^input\.url: "not a url" is not a URL/],
    ['a non-http URL', { ...ok, url: 'ftp://example.org/x' }, /^input\.url: must be an http or https URL/],
    [
      'a date in another format',
      { ...ok, publishedAt: '12.02.2024' },
      /^input\.publishedAt: "12\.02\.2024" is not an ISO date/,
    ],
    [
      'an impossible date',
      { ...ok, publishedAt: '2024-02-30' },
      /^input\.publishedAt: "2024-02-30" is not a calendar date/,
    ],
  ])('rejects %s with BAD_USER_INPUT naming the field', (_name, input, message) => {
    const { code, message: text } = problem(input);
    expect(code).toBe('BAD_USER_INPUT');
    expect(text).toMatch(message);
  });

  it('accepts an unknown language with a warning and leaves detection to extraction', () => {
    const article = validateArticle({ ...ok, language: 'fr' }, limit);
    expect(article.language).toBeUndefined();
    expect(article.warnings).toEqual(['language "fr" is not supported (en, de, ru, uz); it was detected instead']);
  });
});

describe('decodeArticleBytes', () => {
  it('decodes UTF-8', () => {
    expect(decodeArticleBytes(Buffer.from('Посол встретился с хокимом.', 'utf8'))).toBe('Посол встретился с хокимом.');
  });
  it('refuses binary data, naming the file', () => {
    expect(() => decodeArticleBytes(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]), 'photo.txt')).toThrow(
      /^photo\.txt: looks like binary data/,
    );
  });
  it('refuses invalid UTF-8', () => {
    expect(() => decodeArticleBytes(Uint8Array.from([0x41, 0xc3, 0x28, 0x42]), 'latin1.txt')).toThrow(
      /^latin1\.txt: is not valid UTF-8 text/,
    );
  });
});
