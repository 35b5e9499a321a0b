import { buildSchema, getIntrospectionQuery, parse, specifiedRules, validate } from 'graphql';
import { queryLimitDefaults, queryLimits, type QueryLimitsOptions } from '../../../../src/api/plugins/limits';
import { configSchema } from '../../../../src/config';

// A recursive schema, so that any depth and cost can be asked for.
const schema = buildSchema(`
  type Query { node: Node, version: String, nodes(ids: [ID!]!): [Node!]! }
  type Node { id: ID, name: String, child: Node, children(first: Int): [Node!]! }
`);

/** The messages of everything the limits reject, as Apollo would run them: parse, then validate. */
function rejections(query: string, options: QueryLimitsOptions = {}): string[] {
  const limits = queryLimits(options);
  try {
    const document = parse(query, limits.parseOptions);
    return validate(schema, document, [...specifiedRules, ...limits.validationRules]).map((error) => error.message);
  } catch (error) {
    return [(error as Error).message];
  }
}

const nested = (depth: number, leaf = 'id'): string => (depth <= 1 ? leaf : `child { ${nested(depth - 1, leaf)} }`);

describe('query limits', () => {
  it('defaults to depth 12, 30 aliases, cost 20000, 50 directives and 1000 tokens', () => {
    expect(queryLimitDefaults).toEqual({
      maxDepth: 12,
      maxAliases: 30,
      maxCost: 20000,
      maxDirectives: 50,
      maxTokens: 1000,
    });
  });

  it('has the same defaults as the config keys MAX_QUERY_DEPTH, MAX_QUERY_ALIASES and MAX_QUERY_COST', () => {
    const config = configSchema.parse({});
    expect([config.MAX_QUERY_DEPTH, config.MAX_QUERY_ALIASES, config.MAX_QUERY_COST]).toEqual([
      queryLimitDefaults.maxDepth,
      queryLimitDefaults.maxAliases,
      queryLimitDefaults.maxCost,
    ]);
  });

  it('accepts a query at the depth limit and names the limit and the depth past it', () => {
    expect(rejections(`{ node { ${nested(11)} } }`)).toEqual([]);
    expect(rejections(`{ node { ${nested(12)} } }`)).toEqual(['Query depth limit of 12 exceeded, found 13.']);
  });

  it('does not count fragments as a level of depth', () => {
    const query = `{ node { ...deep } } fragment deep on Node { ${nested(11)} }`;
    expect(rejections(query)).toEqual([]);
    expect(rejections(query, { maxDepth: 11 })).toEqual(['Query depth limit of 11 exceeded, found 12.']);
  });

  it('counts aliases, including those inside fragments', () => {
    const aliases = (n: number) => Array.from({ length: n }, (_, i) => `a${i}: id`).join(' ');
    expect(rejections(`{ node { ${aliases(30)} } }`)).toEqual([]);
    expect(rejections(`{ node { ${aliases(31)} } }`)).toEqual(['Aliases limit of 30 exceeded, found 31.']);
    expect(rejections(`{ node { ...f } } fragment f on Node { ${aliases(3)} }`, { maxAliases: 2 })).toEqual([
      'Aliases limit of 2 exceeded, found 3.',
    ]);
  });

  it('limits the cost, multiplied by first: arguments', () => {
    expect(rejections('{ node { children(first: 100) { children(first: 5) { id } } } }')).toEqual([]);
    expect(rejections('{ node { children(first: 100) { children(first: 100) { id name } } } }')).toEqual([
      expect.stringMatching(/^Query Cost limit of 20000 exceeded, found \d+(\.\d+)?\.$/),
    ]);
  });

  it('limits directives', () => {
    const included = (n: number) => Array.from({ length: n }, () => '... @include(if: true) { version }').join(' ');
    expect(rejections(`{ ${included(50)} }`)).toEqual([]);
    expect(rejections(`{ ${included(51)} }`)).toEqual(['Directives limit of 50 exceeded, found 51.']);
  });

  it('stops parsing past the token limit', () => {
    // 12 tokens around the list: { nodes ( ids : [ ... ] ) { id } }
    const ids = (n: number) => Array.from({ length: n }, (_, i) => `"${i}"`).join(' ');
    expect(rejections(`{ nodes(ids: [${ids(988)}]) { id } }`)).toEqual([]);
    expect(rejections(`{ nodes(ids: [${ids(989)}]) { id } }`)).toEqual([
      expect.stringMatching(/more th\w+ 1000 tokens/),
    ]);
  });

  it('lets the introspection query of GraphiQL through, even under tight limits', () => {
    const introspection = getIntrospectionQuery({
      descriptions: true,
      specifiedByUrl: true,
      directiveIsRepeatable: true,
      schemaDescription: true,
      inputValueDeprecation: true,
    });
    expect(rejections(introspection)).toEqual([]);
    expect(rejections(introspection, { maxDepth: 2, maxCost: 10, maxAliases: 0 })).toEqual([]);
  });

  it('takes a limit left undefined as its default', () => {
    expect(rejections(`{ node { ${nested(12)} } }`, { maxDepth: undefined })).toEqual([
      'Query depth limit of 12 exceeded, found 13.',
    ]);
  });
});
