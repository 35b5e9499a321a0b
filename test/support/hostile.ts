/**
 * Hostile inputs for the fuzz test, derived from schema.graphql: for every root field an
 * operation that passes each argument as a variable, and a fast-check arbitrary that fills
 * those variables with values of the declared type (or deliberately not of it): injection
 * payloads, control characters, lone surrogates, invisible text, prototype keys, impossible
 * dates, extreme numbers, unknown enum values, long strings and long lists — mixed with real
 * ids, so that calls get past "not found" into the code that does the work.
 */
import fc from 'fast-check';
import {
  buildSchema,
  getNamedType,
  isCompositeType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
} from 'graphql';
import { typeDefs } from '../../src/api/type-defs';

export const schema = buildSchema(typeDefs);

/** Strings that have broken services like this one: Cypher and Lucene syntax, markup, encodings. */
export const hostileStrings = [
  '',
  ' ',
  "' OR 1=1 --",
  '") RETURN 1 //',
  '"}) MATCH (n) DETACH DELETE n //',
  '`; CALL db.clearQueryCaches() //',
  '$param',
  '*:*',
  'name:* OR id:*',
  '~~~~~',
  '+-&&||!(){}[]^"~*?:\\/',
  '\\',
  '\u0000',
  'a\u0000b',
  '\u0007\u001b[31mred\u001b[0m',
  '\uD800',
  'x\uDFFFy',
  '\u202Eevil',
  '\u200B\u200B\u200B',
  '\uFEFF',
  '\r\n\r\n',
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  '{"$gt": ""}',
  '<script>alert(1)</script>',
  ']]><x/>',
  '../../../../etc/passwd',
  '%00%2e%2e',
  'javascript:alert(1)',
  'http://',
  'https://127.0.0.1:1/\u0000',
  '𝔘𝔫𝔦𝔠𝔬𝔡𝔢 ǅİßﬁ٣',
  '🇺🇿🏭',
  'null',
  'undefined',
  'NaN',
  '-0',
  '1e309',
  '2024-13-45',
  '2024-02-30',
  '0000-00-00',
  '2024',
  '9999-99',
  '2023-01/2023-12',
  '-1',
  'USD',
  'planned',
  'ent_',
  'doc_',
  'Navoi Mining Plant 11',
  'x'.repeat(300),
  'y'.repeat(5000),
];

const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...hostileStrings) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 40 }) },
  {
    weight: 1,
    arbitrary: fc.array(fc.constantFrom(...hostileStrings), { maxLength: 4 }).map((parts) => parts.join(' ')),
  },
);

const hostileInt = fc.oneof(
  fc.integer({ min: -5, max: 200 }),
  fc.constantFrom(0, -1, 2147483647, -2147483648, 2147483648, 1e15, 1.5, '3', true),
);

const hostileFloat = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(-1, 0, 0.0000001, 100, 100.5, 1e308, -1e308, '12', null),
);

/** Values for a variable of this type; `ids` are real entity, document, fact and merge ids. */
export function valuesOf(type: GraphQLInputType, ids: readonly string[]): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return present(type.ofType, ids);
  return fc.oneof({ weight: 1, arbitrary: fc.constant(null) }, { weight: 4, arbitrary: present(type, ids) });
}

function present(type: GraphQLInputType, ids: readonly string[]): fc.Arbitrary<unknown> {
  if (isListType(type)) {
    const item = valuesOf(type.ofType, ids);
    return fc.oneof(
      { weight: 4, arbitrary: fc.array(item, { maxLength: 8 }) },
      { weight: 1, arbitrary: fc.array(item, { minLength: 100, maxLength: 150 }) },
      { weight: 1, arbitrary: fc.array(item, { minLength: 1000, maxLength: 1000 }) },
      { weight: 1, arbitrary: item },
    );
  }
  if (isEnumType(type))
    return fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom(...type.getValues().map((value) => value.name)) },
      { weight: 1, arbitrary: hostileString },
    );
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields());
    return fc.record(Object.fromEntries(fields.map((field) => [field.name, valuesOf(field.type, ids)])), {
      requiredKeys: fields.filter((field) => isNonNullType(field.type)).map((field) => field.name),
    });
  }
  switch (type.name) {
    case 'Int':
      return hostileInt;
    case 'Float':
      return hostileFloat;
    case 'Boolean':
      return fc.oneof(fc.boolean(), fc.constant('true'));
    case 'ID':
      return ids.length > 0
        ? fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...ids) }, { weight: 2, arbitrary: hostileString })
        : hostileString;
    default:
      // String and the custom scalars (URL, LocalDate, ...): all arrive as text.
      return hostileString;
  }
}

export interface RootCall {
  operation: 'query' | 'mutation';
  field: string;
  document: string;
  variables: fc.Arbitrary<Record<string, unknown>>;
}

/** One call per root field of Query and Mutation, every argument a variable of its declared type. */
export function rootCalls(ids: readonly string[]): RootCall[] {
  const roots: ['query' | 'mutation', GraphQLObjectType | null | undefined][] = [
    ['query', schema.getQueryType()],
    ['mutation', schema.getMutationType()],
  ];
  return roots.flatMap(([operation, root]) =>
    Object.values(root?.getFields() ?? {}).map((field) => ({
      operation,
      field: field.name,
      document: documentFor(operation, field),
      variables: fc.record(Object.fromEntries(field.args.map((arg) => [arg.name, valuesOf(arg.type, ids)])), {
        requiredKeys: [],
      }),
    })),
  );
}

function documentFor(operation: string, field: GraphQLField<unknown, unknown>): string {
  const declared = field.args.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ');
  const passed = field.args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  const selection = isCompositeType(getNamedType(field.type)) ? ' { __typename }' : '';
  return `${operation}${declared ? `(${declared})` : ''} { ${field.name}${passed ? `(${passed})` : ''}${selection} }`;
}

/** Query strings for GET /export/:format, each parameter sometimes missing, repeated or hostile. */
export function exportQueries(ids: readonly string[]): fc.Arbitrary<URLSearchParams> {
  const value = fc.oneof(
    { weight: 2, arbitrary: fc.constantFrom(...ids, '1', '2', '3', '0x2', '1e1', ' 2', '2.5', '-1', 'Infinity') },
    { weight: 2, arbitrary: hostileString },
  );
  const parameter = fc.constantFrom('ids', 'depth', 'limit', 'relationTypes', 'kinds', '__proto__', 'constructor');
  return fc
    .array(fc.tuple(parameter, value), { maxLength: 6 })
    .map(
      (pairs) =>
        new URLSearchParams(
          pairs.map(([name, text]): [string, string] => [name, text.replace(/[\uD800-\uDFFF]/g, '')]),
        ),
    );
}
