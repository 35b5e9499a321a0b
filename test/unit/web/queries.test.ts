/** The viewer's GraphQL operations are valid against schema.graphql, with the variables they declare. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, parse, validate, type OperationDefinitionNode } from 'graphql';
import { projectRoot } from '../../../src/paths';
import {
  connectionsQuery,
  entityQuery,
  entityRefQuery,
  graphViewQuery,
  investmentsQuery,
  searchQuery,
  type Operation,
} from '../../../web/src/queries';

const schema = buildSchema(readFileSync(join(projectRoot, 'schema.graphql'), 'utf8'));

function check(operation: Operation<object>): void {
  const document = parse(operation.query);
  expect(validate(schema, document)).toEqual([]);
  const definition = document.definitions[0] as OperationDefinitionNode;
  const declared = (definition.variableDefinitions ?? []).map((variable) => variable.variable.name.value).sort();
  expect(Object.keys(operation.variables).sort()).toEqual(declared);
}

describe('the viewer operations', () => {
  it('are valid against the schema and send exactly the variables they declare', () => {
    for (const operation of [
      searchQuery('Atamkulov'),
      graphViewQuery(['ent_a'], 1, null),
      entityQuery('ent_a'),
      entityRefQuery('ent_a'),
      connectionsQuery('ent_a', 'ent_b'),
      investmentsQuery('ent_a'),
    ])
      check(operation);
  });

  it('trim search text and de-duplicate view ids', () => {
    expect(searchQuery('  Атамкулов ').variables).toEqual({ text: 'Атамкулов', first: 8 });
    expect(graphViewQuery(['ent_a', 'ent_b', 'ent_a'], 2, 30).variables).toEqual({
      ids: ['ent_a', 'ent_b'],
      depth: 2,
      limit: 30,
    });
  });

  it('ask for evidence with document title and url on every fact', () => {
    for (const { query } of [graphViewQuery(['ent_a'], 1, null), connectionsQuery('a', 'b'), investmentsQuery('a')])
      expect(query).toMatch(
        /evidence\(first: \d+\) \{ edges \{ node \{ quote document \{ id title url publishedAt \} \} \} pageInfo \{ hasNextPage \} \}/,
      );
  });
});
