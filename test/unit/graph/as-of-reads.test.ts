/**
 * asOf (issue 15): the reads that list facts keep only those that held on the day, with one
 * predicate beside r.reviewHidden IS NULL and the reviewed filter's (the copy in cypher/read/holders.cypher
 * is the reference).
 * Cypher has no functions of our own, so each statement carries a copy: this test fails when a
 * fact walk of one of them lacks it or a copy differs.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cypherDir } from '../../../src/paths';

const predicate =
  '($asOf IS NULL OR CASE WHEN type(r) IN $tenureTypes ' +
  'THEN left($asOf, size(coalesce(r.validFrom, r.firstSeen))) >= coalesce(r.validFrom, r.firstSeen) ' +
  'AND (r.validTo IS NULL OR left($asOf, size(r.validTo)) <= r.validTo) ' +
  'AND (r.validTo IS NOT NULL OR r.endedAt IS NULL OR left($asOf, size(r.endedAt)) < r.endedAt) ' +
  'ELSE left($asOf, size(coalesce(r.date, r.firstSeen))) >= coalesce(r.date, r.firstSeen) END)';

/** The reads with asOf, and how many fact walks each has (each filtered by review). */
const reads: Record<string, number> = {
  'holders.cypher': 1,
  'entities.cypher': 2, // Entity.facts and its total (investors and portfolio take no asOf)
  'investments.cypher': 4,
  'connections.cypher': 5, // walks from one end (3 ways), the joined paths' check, SHORTEST beyond 4 hops
  'common-connections.cypher': 1,
  'graph-view.cypher': 4,
};

// What stands between r.reviewHidden IS NULL and the predicate: the reviewed filter, where the read has one.
const reviewedFilter = /^ AND \(NOT \$\w*[rR]eviewedOnly OR r\.reviewState IN \['ACCEPTED', 'EDITED'\]\)/;

/** Whether the line tests r.reviewHidden IS NULL, then (perhaps) the reviewed filter, then the predicate. */
function testsPredicate(line: string): boolean {
  const start = line.indexOf('r.reviewHidden IS NULL');
  if (start < 0) return false;
  const rest = line.slice(start + 'r.reviewHidden IS NULL'.length).replace(reviewedFilter, '');
  return rest.startsWith(` AND ${predicate}`);
}

describe('asOf in the reads that list facts', () => {
  it.each(Object.entries(reads))('%s tests the predicate at each of its %i fact walks', (file, walks) => {
    const text = readFileSync(join(cypherDir, 'read', file), 'utf8');
    const filtered = text.split('\n').filter(testsPredicate);
    expect(filtered).toHaveLength(walks);
    // No other copy, differing from the reference, hides anywhere in the file.
    expect(text.split('$asOf IS NULL OR').length - 1).toBe(walks);
  });
});
