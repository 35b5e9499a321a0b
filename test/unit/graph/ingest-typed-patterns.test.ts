/**
 * Two ingest statements name relationship types in a pattern besides testing a type parameter, so that Neo4j
 * expands only those relationships of an entity and not its MENTIONS (one per sentence that names it, thousands
 * on a country): cypher/ingest/resolution-candidates.cypher (a candidate's neighbours over fact relationships)
 * and cypher/ingest/end-earlier-holders.cypher (the earlier holders of a single-holder office's seat). Cypher
 * takes no parameter for a relationship type in a pattern, so the lists are written out: these tests fail when
 * the ontology gains or loses a type and the statement does not follow (a fact of the new type would be missed).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { officeRelations, relationTypes } from '../../../src/model';
import { cypherDir } from '../../../src/paths';

const typeLists = (name: string) =>
  [
    ...readFileSync(join(cypherDir, 'ingest', `${name}.cypher`), 'utf8').matchAll(/-\[r?:([A-Z_]+(?:\|[A-Z_]+)+)\]-/g),
  ].map((match) => match[1]!.split('|').sort());

describe('typed patterns of the ingest statements', () => {
  it("resolution-candidates reads a candidate's neighbours over every fact type of the ontology, and only those", () => {
    expect(typeLists('resolution-candidates')).toEqual([[...relationTypes].sort()]);
  });

  it('end-earlier-holders reads the seat relations of every single-holder office, and only those', () => {
    expect(typeLists('end-earlier-holders')).toEqual([[...officeRelations].sort()]);
  });
});
