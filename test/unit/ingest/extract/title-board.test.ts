/** The board a head title chairs is part of the title, on sentences written for these tests. */
import { extractArticle } from '../../../../src/ingest/extract-article';
import { toGoldShape } from '../../../../src/ingest/gold-shape';

function titles(text: string, language: 'en' | 'de'): string[] {
  const found = toGoldShape(extractArticle(text, { language }));
  return found.relations.map((r) => `${r.from} ${r.type} ${String(r.properties.title)}`);
}

describe('titles with a board', () => {
  it('keeps "des Vorstands" in a German title in apposition after the name', () => {
    const text =
      'Der Verband für Handelsförderung und Exportberatung lud ein. Es sprach Anna Berger, Vorsitzende des Vorstands des VHE, über den Handel.';
    expect(titles(text, 'de')).toContain('Anna Berger HOLDS_POSITION Vorsitzender des Vorstands');
  });
});
