import { htmlToText } from '../../../src/ingest/html';

describe('htmlToText', () => {
  it('keeps paragraphs and drops scripts, styles and navigation', () => {
    const html =
      '<html><head><style>p{}</style></head><body><nav>Menu</nav><p>First <b>one</b>.</p><script>x()</script><p>Second.</p></body></html>';
    expect(htmlToText(html)).toBe('First one.\n\nSecond.');
  });
});
