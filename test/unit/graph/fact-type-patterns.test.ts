/**
 * Statements that walk an entity's facts name the fact types in the relationship pattern, as well as
 * testing $types: Neo4j then reads only those relationships of a node, so an entity's MENTIONS (often
 * many more than its facts) are never expanded. Cypher takes no parameter for a relationship type in a
 * pattern, so the list is written out: every fact type (the ontology's relationTypes), or for the
 * statements about single-holder offices the seat relations of those offices (officeRelations). This
 * test fails when the ontology gains or loses a type and a statement does not follow (a fact of the new
 * type would never be found), and when a statement that walks an entity's facts leaves its pattern untyped.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { officeRelations, relationTypes } from '../../../src/model';
import { cypherDir } from '../../../src/paths';

const statementFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? statementFiles(join(dir, entry.name))
      : entry.name.endsWith('.cypher')
        ? [join(dir, entry.name)]
        : [],
  );
const statements = statementFiles(cypherDir).map((file) => ({
  name: relative(cypherDir, file),
  text: readFileSync(file, 'utf8'),
}));
const typeLists = (text: string) =>
  [...text.matchAll(/-\[[a-z]*:([A-Z_]+(?:\|[A-Z_]+)+)\]-/g)].map((match) => match[1]!.split('|').sort());

describe('fact-type lists in relationship patterns', () => {
  const factTypes = [...relationTypes].sort();
  const seatTypes = [...officeRelations].sort();
  // The statements about single-holder offices: ending an earlier holder's facts, and reopening them.
  const officeStatements = ['ingest/end-earlier-holders.cypher', 'delete-document/reopen-ended.cypher'];

  it('name every fact type of the ontology (the seat relations of single-holder offices) and only those', () => {
    const lists = statements.flatMap(({ name, text }) => typeLists(text).map((types) => ({ name, types })));
    expect(lists.length).toBeGreaterThan(0);
    for (const { name, types } of lists)
      expect({ name, types }).toEqual({ name, types: officeStatements.includes(name) ? seatTypes : factTypes });
  });

  it.each([
    // statement, how many patterns walk facts: connections' three path depths and the two that choose its start;
    // the graph view's three levels and its edges; the timeline's page and total; one each for the rest.
    ['read/connections.cypher', 5],
    ['read/graph-view.cypher', 4],
    ['read/timeline.cypher', 2],
    ['read/common-connections.cypher', 1],
    ['read/holders.cypher', 1],
    ['read/entities.cypher', 2],
    ['curation/merge-read.cypher', 1],
    ['delete-document/refresh-entities.cypher', 1],
    ['delete-document/reopen-ended.cypher', 1],
    ['ingest/end-earlier-holders.cypher', 1],
    ['ingest/resolution-candidates.cypher', 1],
    ['read/review-stats.cypher', 1],
    ['read/review-queue.cypher', 4],
  ])('%s walks facts through %i typed patterns', (name, count) => {
    const statement = statements.find((candidate) => candidate.name === name);
    expect(statement).toBeDefined();
    expect(typeLists(statement!.text)).toHaveLength(count);
  });

  it('leaves no fact walk untyped: no statement tests type(r) IN $types on an untyped pattern between entities', () => {
    // An untyped (e)-[r]-(:Entity) or (e)<-[r]-(:Entity) followed by a type(r) IN $... test is the shape that
    // expands MENTIONS, which point into an entity (an outgoing walk from an entity never meets one).
    // The data steps of past migrations (cypher/migration/) ran once and are left as they were.
    const untyped = statements.filter(
      ({ name, text }) =>
        !name.startsWith('migration/') &&
        /\([a-z]*(?::Entity)?(?: \{[^}]*\})?\)(?:<-\[([a-z]+)\]-|-\[([a-z]+)\]-(?!>))\([a-z]*(?::Entity)?\)\s*WHERE[^\n]*type\((?:\1|\2)\) IN \$/.test(
          text,
        ),
    );
    expect(untyped.map(({ name }) => name)).toEqual([]);
  });
});
