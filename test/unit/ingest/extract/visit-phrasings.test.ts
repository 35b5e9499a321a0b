/**
 * The visit phrasing catalogue (visit-phrasings.cases.ts): every phrasing gives its
 * visits and meetings, and invitations, interest and thanks give none.
 */
import { extractArticle } from '../../../../src/ingest/extract-article';
import { toGoldShape } from '../../../../src/ingest/gold-shape';
import type { Language } from '../../../../src/ingest/types';
import { englishVisits, germanVisits, russianVisits, type PhrasingCase } from './visit-phrasings.cases';

/** "From TYPE To", with " planned" for a planned visit. */
function factsOf(text: string, language: Language): string[] {
  return toGoldShape(extractArticle(text, { language })).relations.map(
    (r) => `${r.from} ${r.type} ${r.to}${r.properties.status === 'planned' ? ' planned' : ''}`,
  );
}

const symmetric = (fact: string): string => {
  const [from, to] = fact.split(' MET_WITH ');
  return to === undefined ? fact : `${to} MET_WITH ${from}`;
};

function check(language: Language, cases: PhrasingCase[]): void {
  it.each(cases.map((c, n): [number, PhrasingCase] => [n + 1, c]))(`${language} %i`, (_n, c) => {
    const found = factsOf(c.text, language);
    const has = (fact: string): boolean => found.includes(fact) || found.includes(symmetric(fact));
    const missing = c.facts.filter((f) => !has(f));
    const wrong = (c.absent ?? []).filter((a) => (a.includes(' ') ? has(a) : found.some((f) => f.includes(` ${a} `))));
    expect({ text: c.text, missing, wrong, found }).toEqual({ text: c.text, missing: [], wrong: [], found });
  });
}

describe('visit phrasings', () => {
  check('en', englishVisits);
  check('de', germanVisits);
  check('ru', russianVisits);
});
