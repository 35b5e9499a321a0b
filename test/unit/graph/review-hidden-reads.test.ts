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
  'place.cypher',
  'search.cypher',
  'review-stats.cypher',
  'review-queue.cypher',
]);

describe('read statements', () => {
  const files = readdirSync(readDir).filter((file) => file.endsWith('.cypher') && !noFactWalk.has(file));

  it.each(files)('%s leaves out facts hidden by review wherever it walks fact relationships', (file) => {
    const text = readFileSync(join(readDir, file), 'utf8');
    // Each place a relationship variable's type is tested against a fact-type list, or INVESTS_IN is matched.
    const walks = [
      ...text.matchAll(/type\((\w+)\) IN \$(types|factTypes|containment|placeAnchors)\b[^\n]*/g),
      ...text.matchAll(/\[(\w+):INVESTS_IN\][^\n]*/g),
    ];
    expect(walks.length).toBeGreaterThan(0);
    const lines = text.split('\n');
    for (const walk of walks) {
      const variable = walk[1]!;
      const at = text.slice(0, walk.index).split('\n').length - 1;
      // The filter sits on the same line or the next two (a WHERE after a MATCH).
      const nearby = lines.slice(at, at + 3).join('\n');
      expect({ line: lines[at]!.trim(), filtered: nearby.includes(`${variable}.reviewHidden IS NULL`) }).toEqual({
        line: lines[at]!.trim(),
        filtered: true,
      });
    }
  });

  it.each(files)(
    '%s keeps only reviewed facts, when asked (reviewed: ONLY), wherever it walks facts it reads',
    (file) => {
      const text = readFileSync(join(readDir, file), 'utf8');
      // Facts a read shows or counts (not the containment and place-anchor facts of a place filter), each
      // with the one-line predicate of its reviewed parameter beside its reviewHidden filter.
      const walks = [
        ...text.matchAll(/type\((\w+)\) IN \$(types|factTypes)\b[^\n]*/g),
        ...text.matchAll(/\[(\w+):INVESTS_IN\][^\n]*/g),
      ];
      expect(walks.length).toBeGreaterThan(0);
      const lines = text.split('\n');
      for (const walk of walks) {
        const variable = walk[1]!;
        const at = text.slice(0, walk.index).split('\n').length - 1;
        const nearby = lines.slice(at, at + 3).join('\n');
        const predicate = new RegExp(
          `${variable}\\.reviewHidden IS NULL AND \\(NOT \\$(\\w*[rR]eviewedOnly) OR ${variable}\\.reviewState IN \\['ACCEPTED', 'EDITED'\\]\\)`,
        );
        expect({ line: lines[at]!.trim(), reviewedOnly: predicate.test(nearby) }).toEqual({
          line: lines[at]!.trim(),
          reviewedOnly: true,
        });
      }
    },
  );
});
