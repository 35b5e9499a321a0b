/**
 * Statements that walk an entity's facts name the fact types in the relationship pattern, as well as
 * testing $types: Neo4j then reads only those relationships of a node, so an entity's MENTIONS (often
 * many more than its facts) are never expanded. Cypher takes no parameter for a relationship type in a
 * pattern, so a statement names them by a placeholder (ANY_FACT_TYPE: every fact type; OFFICE_SEAT_TYPE:
 * the seat relations of the single-holder offices) that src/graph/cypher.ts writes out from the model.
 * These tests fail when a statement writes a list out itself (it would miss a type the model gains), when
 * a placeholder is not written out as the model's list, when a pattern names a type nothing defines, and
 * when a statement that walks an entity's facts leaves its pattern untyped.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { officeRelations, relationTypes } from '../../../src/model';
import { cypher, expandTypePlaceholders, relationshipTypePlaceholders } from '../../../src/graph/cypher';
import type { StatementName } from '../../../src/graph/statements';
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
  name: relative(cypherDir, file).replace(/\.cypher$/, ''),
  text: readFileSync(file, 'utf8'),
}));
const typeLists = (text: string) =>
  [...text.matchAll(/-\[[a-z0-9]*:([A-Z_]+(?:\|[A-Z_]+)+)\]-/g)].map((match) => match[1]!.split('|').sort());
const placeholdersIn = (text: string) =>
  [...text.matchAll(/\[[a-z0-9]*:(ANY_FACT_TYPE|OFFICE_SEAT_TYPE)\]/g)].map((match) => match[1]!);

/** Relationship types of the graph's own structure, not facts: sentences in documents, mentions, evidence, merges, archives, watch deliveries. */
const structuralTypes = ['IN', 'FROM', 'MENTIONS', 'SAME_AS', 'ARCHIVED', 'DELIVERS'];

describe('relationship types in statement patterns', () => {
  it('are never written out as a list in a statement file: the placeholders stand for the lists', () => {
    const written = statements.filter(({ text }) => typeLists(text).length > 0).map(({ name }) => name);
    expect(written).toEqual([]);
  });

  it('are written out from the model when a statement is loaded', () => {
    expect(expandTypePlaceholders('MATCH (e)-[r:ANY_FACT_TYPE]-(x:Entity)')).toBe(
      `MATCH (e)-[r:${relationTypes.join('|')}]-(x:Entity)`,
    );
    expect(expandTypePlaceholders('MATCH (s)<-[r:OFFICE_SEAT_TYPE]-(h)')).toBe(
      `MATCH (s)<-[r:${officeRelations.join('|')}]-(h)`,
    );
    expect(relationshipTypePlaceholders.ANY_FACT_TYPE).toEqual(relationTypes);
    for (const { name, text } of statements.filter(({ text }) => placeholdersIn(text).length > 0)) {
      const loaded = cypher(name as StatementName);
      expect({ name, left: placeholdersIn(loaded) }).toEqual({ name, left: [] });
      expect(typeLists(loaded)).toEqual(
        placeholdersIn(text).map((placeholder) =>
          [...(placeholder === 'ANY_FACT_TYPE' ? relationTypes : officeRelations)].sort(),
        ),
      );
    }
  });

  it('name only types the model, the graph structure or a placeholder defines', () => {
    const known = new Set<string>([...relationTypes, ...structuralTypes, ...Object.keys(relationshipTypePlaceholders)]);
    const unknown = statements.flatMap(({ name, text }) =>
      [...text.matchAll(/\[[a-z]*:([A-Z_]+)\]/g)]
        .filter((match) => !known.has(match[1]!))
        .map((m) => `${name}: ${m[1]}`),
    );
    expect(unknown).toEqual([]);
  });

  it.each([
    // statement, placeholders: connections' two that choose its start, two that sum the degrees two hops
    // from one end, three walks from that end and two from the other (up to 4 hops) and SHORTEST beyond;
    // the graph view's three levels and its edges; the timeline's page and total; the article write's read of
    // its facts and the terms it ends; one each for the rest.
    ['read/connections', 10, 0],
    ['read/graph-view', 4, 0],
    ['read/timeline', 2, 0],
    ['read/common-connections', 1, 0],
    ['read/holders', 1, 0],
    ['read/entities', 2, 0],
    ['read/review-stats', 1, 0],
    ['read/review-queue', 4, 0],
    ['curation/merge-read', 1, 0],
    ['delete-document/refresh-entities', 1, 0],
    ['delete-document/reopen-ended', 0, 1],
    ['ingest/write-article-graph', 1, 1],
    ['ingest/resolution-candidates', 1, 0],
  ])('%s walks facts through %i ANY_FACT_TYPE and %i OFFICE_SEAT_TYPE patterns', (name, facts, seats) => {
    const statement = statements.find((candidate) => candidate.name === name);
    expect(statement).toBeDefined();
    const placeholders = placeholdersIn(statement!.text);
    expect(placeholders.filter((p) => p === 'ANY_FACT_TYPE')).toHaveLength(facts);
    expect(placeholders.filter((p) => p === 'OFFICE_SEAT_TYPE')).toHaveLength(seats);
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
