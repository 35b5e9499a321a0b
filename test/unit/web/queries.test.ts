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
import { createWatchQuery, deleteWatchQuery, watchesOf, watchesQuery } from '../../../web/src/watch-queries';

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
      graphViewQuery(['ent_a'], 1, null, '2024-02-20'),
      entityQuery('ent_a', '2024-02-20'),
      connectionsQuery('ent_a', 'ent_b', '2024-02-20'),
      investmentsQuery('ent_a', '2024-02-20'),
      watchesQuery(),
      createWatchQuery('ent_a', 'Ferganaazot'),
      deleteWatchQuery('watch_1'),
    ])
      check(operation);
  });

  it('send the day the view is read as of to every fact read the viewer makes, null for every fact', () => {
    expect(graphViewQuery(['ent_a'], 1, null, '2024-02-20').variables.asOf).toBe('2024-02-20');
    expect(graphViewQuery(['ent_a'], 1, null).variables.asOf).toBeNull();
    expect(entityQuery('ent_a', '2024-02-20').variables.asOf).toBe('2024-02-20');
    expect(connectionsQuery('a', 'b', '2024-02-20').variables).toEqual({
      from: 'a',
      to: 'b',
      first: 3,
      asOf: '2024-02-20',
    });
    expect(investmentsQuery('a', '2024-02-20').variables).toEqual({ target: 'a', asOf: '2024-02-20' });
  });

  it('make a watch of one entity, every type, without a webhook, and tell which watches follow an entity', () => {
    expect(createWatchQuery('ent_a', 'Ferganaazot').variables).toEqual({
      input: { name: 'Ferganaazot', entityIds: ['ent_a'] },
    });
    const alone = { id: 'w1', name: 'A', entityIds: ['ent_a'] };
    const together = { id: 'w2', name: 'A and B', entityIds: ['ent_b', 'ent_a'] };
    const elsewhere = { id: 'w3', name: 'B', entityIds: ['ent_b'] };
    expect(watchesOf([alone, together, elsewhere], 'ent_a')).toEqual({ own: [alone], shared: [together] });
    expect(watchesOf([elsewhere], 'ent_a')).toEqual({ own: [], shared: [] });
  });

  it('trim search text and de-duplicate view ids', () => {
    expect(searchQuery('  Атамкулов ').variables).toEqual({ text: 'Атамкулов', first: 8 });
    expect(graphViewQuery(['ent_a', 'ent_b', 'ent_a'], 2, 30).variables).toEqual({
      ids: ['ent_a', 'ent_b'],
      depth: 2,
      limit: 30,
      asOf: null,
    });
  });

  it('ask for evidence with document title and url on every fact', () => {
    for (const { query } of [graphViewQuery(['ent_a'], 1, null), connectionsQuery('a', 'b'), investmentsQuery('a')])
      expect(query).toMatch(
        /evidence\(first: \d+\) \{ edges \{ node \{ quote document \{ id title url publishedAt \} \} \} pageInfo \{ hasNextPage \} \}/,
      );
  });
});
