/**
 * Limits on what one operation may ask for, checked before any resolver runs:
 * tokens while parsing (graphql-js `maxTokens`), then depth, aliases, directives
 * and cost as validation rules (graphql-armor). A rejected operation gets HTTP
 * 400 with a message naming the limit and the value found, e.g.
 * "Query depth limit of 12 exceeded, found 13." (GRAPHQL_VALIDATION_FAILED), or
 * "Syntax Error: Document contains more that 1000 tokens. Parsing aborted."
 * (GRAPHQL_PARSE_FAILED: graphql-js's wording). Introspection under `__schema`,
 * as GraphiQL sends it, counts for neither depth nor cost.
 *
 * Apollo takes validation rules and parse options as server options, not from
 * a plugin, so the factory returns those two options to spread into
 * `new ApolloServer({...})`.
 */
import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { GraphQLError, type ParseOptions, type ValidationContext, type ValidationRule } from 'graphql';

export interface QueryLimitsOptions {
  /** Deepest nesting of fields; fragments add no level. Default 12 (MAX_QUERY_DEPTH). */
  maxDepth?: number;
  /** Aliased fields in one operation, aliases of `__typename` aside. Default 30 (MAX_QUERY_ALIASES). */
  maxAliases?: number;
  /**
   * graphql-armor's estimate: 1 per scalar field, 2 per object field, each level
   * below weighing 1.5 times more, times `first`/`last` where given. Default 20000 (MAX_QUERY_COST): an entity with 100 facts, their
   * evidence and documents stays below it.
   */
  maxCost?: number;
  /** Directives (`@include`, `@skip`, ...) in one operation. Default 50. */
  maxDirectives?: number;
  /** Lexical tokens in the query text; parsing stops past it. Default 1000 (GraphiQL's introspection has 184). */
  maxTokens?: number;
}

export const queryLimitDefaults: Readonly<Required<QueryLimitsOptions>> = {
  maxDepth: 12,
  maxAliases: 30,
  maxCost: 20000,
  maxDirectives: 50,
  maxTokens: 1000,
};

/** The ApolloServer options that enforce the limits. */
export interface QueryLimits {
  validationRules: ValidationRule[];
  parseOptions: ParseOptions;
}

export function queryLimits(options: QueryLimitsOptions = {}): QueryLimits {
  const limit = (key: keyof QueryLimitsOptions): number => options[key] ?? queryLimitDefaults[key];
  return {
    validationRules: [
      maxDepthRule({ n: limit('maxDepth'), flattenFragments: true, ...reportedAsValidationError }),
      maxAliasesRule({ n: limit('maxAliases'), ...reportedAsValidationError }),
      maxDirectivesRule({ n: limit('maxDirectives'), ...reportedAsValidationError }),
      costLimitRule({ maxCost: limit('maxCost'), flattenFragments: true, ...reportedAsValidationError }),
    ],
    parseOptions: { maxTokens: limit('maxTokens') },
  };
}

/**
 * graphql-armor throws its error out of `validate()` by default, which Apollo
 * answers with a 500. Reported instead, it becomes a validation error (400),
 * without armor's misleading "Syntax Error: " prefix.
 */
const reportedAsValidationError = {
  propagateOnRejection: false,
  onReject: [
    (context: ValidationContext | null, error: GraphQLError) =>
      context?.reportError(new GraphQLError(error.message.replace(/^Syntax Error: /, ''))),
  ],
};
