/**
 * Rejected facts (and the originals of edits) carry reviewHidden and are left out of every read
 * (src/graph/review/review-fact.ts). Cypher has no views, so each read statement that walks fact
 * relationships filters them itself: this test fails when one forgets.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cypherDir } from '../../../src/paths';

const readDir = join(cypherDir, 'read');
/**
 * Read statements that walk no fact relationship (entity lookups, search) or count or list hidden ones on
 * purpose (the review queue lists rejected facts when REJECTED is asked for; it filters by review state).
 */
const noFactWalk = new Set([
  'document-ref.cypher',
  'entity-fields.cypher',
  'place.cypher',
  'search.cypher',
  'review-stats.cypher',
  'review-queue.cypher',
]);

/**
 * The places a statement walks facts: a relationship variable's type tested against one of the `lists`
 * (parameter names), or INVESTS_IN matched; each with its variable, its line and the next two lines
 * (where the filter of a MATCH's WHERE sits).
 */
function factWalks(text: string, lists: string[]) {
  const lines = text.split('\n');
  const walks = [
    ...text.matchAll(new RegExp(`type\\((\\w+)\\) IN \\$(${lists.join('|')})\\b[^\\n]*`, 'g')),
    ...text.matchAll(/\[(\w+):INVESTS_IN\][^\n]*/g),
  ];
  return walks.map((walk) => {
    const at = text.slice(0, walk.index).split('\n').length - 1;
    return { variable: walk[1]!, line: lines[at]!.trim(), nearby: lines.slice(at, at + 3).join('\n') };
  });
}

describe('read statements', () => {
  const files = readdirSync(readDir).filter((file) => file.endsWith('.cypher') && !noFactWalk.has(file));

  it.each(files)('%s leaves out facts hidden by review wherever it walks fact relationships', (file) => {
    const walks = factWalks(readFileSync(join(readDir, file), 'utf8'), [
      'types',
      'factTypes',
      'containment',
      'placeAnchors',
    ]);
    expect(walks.length).toBeGreaterThan(0);
    for (const { variable, line, nearby } of walks) {
      expect({ line, filtered: nearby.includes(`${variable}.reviewHidden IS NULL`) }).toEqual({ line, filtered: true });
    }
  });

  it.each(files)(
    '%s keeps only reviewed facts, when asked (reviewed: ONLY), wherever it walks facts it reads',
    (file) => {
      // Facts a read shows or counts (not the containment and place-anchor facts of a place filter), each
      // with the one-line predicate of its reviewed parameter beside its reviewHidden filter.
      const walks = factWalks(readFileSync(join(readDir, file), 'utf8'), ['types', 'factTypes']);
      expect(walks.length).toBeGreaterThan(0);
      for (const { variable, line, nearby } of walks) {
        const predicate = new RegExp(
          `${variable}\\.reviewHidden IS NULL AND \\(NOT \\$(\\w*[rR]eviewedOnly) OR ${variable}\\.reviewState IN \\['ACCEPTED', 'EDITED'\\]\\)`,
        );
        expect({ line, reviewedOnly: predicate.test(nearby) }).toEqual({ line, reviewedOnly: true });
      }
    },
  );
});
