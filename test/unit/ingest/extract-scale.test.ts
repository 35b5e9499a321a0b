/**
 * Extraction of a long article: the sample articles of a language, repeated,
 * give the same entities and at least the facts of one copy, with every entity's mentions
 * repeated as often as the text (found in one pass, not by comparing every
 * mention with every word). Counts and results only; the speed is measured in
 * bench/extract.bench.ts.
 */
import { sampleArticles } from '../../../bench/generate/large-article';
import { extractArticle } from '../../../src/ingest/extract-article';
import type { Extraction, Language } from '../../../src/ingest/types';

const copies = 6;

function summary(extraction: Extraction) {
  const names = new Map(extraction.entities.map((e) => [e.localId, `${e.kind}:${e.name}`]));
  return {
    language: extraction.language,
    mentions: Object.fromEntries(extraction.entities.map((e) => [`${e.kind}:${e.name}`, e.mentions.length])),
    facts: [...new Set(extraction.facts.map((f) => `${names.get(f.from)} ${f.type} ${names.get(f.to)}`))].sort(),
  };
}

describe.each<Language>(['en', 'de', 'ru'])('a long %s article made of repeated sample articles', (language) => {
  const once = sampleArticles(language).join('\n\n');
  const repeated = Array.from({ length: copies }, () => once).join('\n\n');

  it(`has the entities and facts of one copy (and a few references across copies), with ${copies} times the mentions`, () => {
    const single = summary(extractArticle(once, { language }));
    const long = summary(extractArticle(repeated, { language }));
    expect(Object.keys(single.mentions).length).toBeGreaterThan(20);
    expect(long.language).toBe(single.language);
    // Every fact of one copy; references to an earlier copy ("the delegation") may add a few more.
    expect(long.facts).toEqual(expect.arrayContaining(single.facts));
    // A later copy's dateline ("АСТАНА, 12 мая") is body text, so its place may be one entity more.
    expect(long.mentions).toMatchObject(
      Object.fromEntries(Object.entries(single.mentions).map(([entity, count]) => [entity, count * copies])),
    );
  });
});
