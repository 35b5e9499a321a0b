/**
 * schema.graphql states the bounds the resolvers enforce: every first, last, ids, maxHops and depth
 * argument says "min to max" in its description, read from the same data the resolvers check
 * against (argumentBounds), so a changed limit that the schema does not tell fails here.
 */
import { buildSchema, isInterfaceType, isObjectType, type GraphQLArgument, type GraphQLNamedType } from 'graphql';
import { argumentBounds, type Bounds } from '../../../src/api/arguments';
import { typeDefs } from '../../../src/api/type-defs';

const schema = buildSchema(typeDefs);
const boundedNames = new Set(['first', 'last', 'ids', 'maxHops', 'depth']);
const table: Record<string, Bounds> = argumentBounds;

/** Every argument of every object and interface field, with the coordinates that may bound it (its own, its interfaces'). */
function argumentsOf(
  type: GraphQLNamedType,
): { coordinate: string; candidates: string[]; argument: GraphQLArgument }[] {
  if (!isObjectType(type) && !isInterfaceType(type)) return [];
  return Object.values(type.getFields()).flatMap((field) =>
    field.args.map((argument) => ({
      coordinate: `${type.name}.${field.name}(${argument.name}:)`,
      candidates: [type, ...type.getInterfaces()].map((owner) => `${owner.name}.${field.name}(${argument.name}:)`),
      argument,
    })),
  );
}

const schemaArguments = Object.values(schema.getTypeMap())
  .filter((type) => !type.name.startsWith('__'))
  .flatMap(argumentsOf)
  .filter(({ argument }) => boundedNames.has(argument.name));

describe('argument bounds in schema.graphql', () => {
  it('finds the bounded arguments', () => {
    expect(schemaArguments.length).toBeGreaterThan(30);
  });

  it.each(schemaArguments.map((entry) => [entry.coordinate, entry] as const))(
    '%s states the bounds the resolver checks',
    (_coordinate, { candidates, argument }) => {
      const owner = candidates.find((candidate) => candidate in table);
      expect(owner).toBeDefined();
      const { min, max } = table[owner!]!;
      expect(argument.description ?? '').toContain(`${min} to ${max}`);
      if (typeof argument.defaultValue === 'number') {
        expect(argument.defaultValue).toBeGreaterThanOrEqual(min);
        expect(argument.defaultValue).toBeLessThanOrEqual(max);
      }
    },
  );

  it('has no bounds for an argument the schema does not have', () => {
    const coordinates = new Set(schemaArguments.map((entry) => entry.coordinate));
    expect(Object.keys(table).filter((coordinate) => !coordinates.has(coordinate))).toEqual([]);
  });
});
