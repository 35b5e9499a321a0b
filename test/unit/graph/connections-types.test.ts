/**
 * cypher/read/connections.cypher names the fact types in its path pattern (so that Neo4j expands only
 * those relationships of a hub, not its MENTIONS) as well as testing $types. Cypher takes no parameter
 * for a relationship type in a pattern, so the list is written out: this test fails when the ontology
 * gains or loses a type and the statement does not follow (a path over the new type would never be found).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { relationTypes } from '../../../src/model';
import { cypherDir } from '../../../src/paths';

describe('cypher/read/connections.cypher', () => {
  const text = readFileSync(join(cypherDir, 'read', 'connections.cypher'), 'utf8');
  const patterns = [...text.matchAll(/-\[r?:([A-Z_]+(?:\|[A-Z_]+)+)\]-/g)].map((match) => match[1]!.split('|').sort());

  it('walks (and counts, to choose where to start) every fact type of the ontology, and only those', () => {
    // Three path patterns (2, 4 and 6 hops deep) and the two counts of the endpoints' facts.
    expect(patterns).toHaveLength(5);
    for (const types of patterns) expect(types).toEqual([...relationTypes].sort());
  });
});
