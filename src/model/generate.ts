/**
 * Derives artefacts from the ontology: the GraphQL enums in schema.graphql and
 * the fact constraints migration in cypher/schema/. `npm run generate` writes
 * them; test/unit/model/generated.test.ts fails when they drift.
 */
import { entityKinds, relations, roles } from './ontology';

const begin = '# BEGIN GENERATED FROM src/model (npm run generate): do not edit by hand';
const end = '# END GENERATED';

function describe(text: string): string {
  return `"${text.replace(/"/g, '\\"')}"`;
}

function graphqlEnum(name: string, description: string, values: Record<string, { description: string }>): string {
  const lines = Object.entries(values).map(([value, spec]) => `  ${describe(spec.description)}\n  ${value}`);
  return `${describe(description)}\nenum ${name} {\n${lines.join('\n')}\n}`;
}

/** The enums section of schema.graphql. */
export function generatedGraphqlEnums(): string {
  const relationValues = Object.fromEntries(
    Object.entries(relations).map(([type, spec]) => [
      type,
      { description: `${spec.description} (${spec.from.join('|')} -> ${spec.to.join('|')})` },
    ]),
  );
  return [
    begin,
    graphqlEnum('EntityKind', 'The kind of an entity; each kind is also a Neo4j label.', entityKinds),
    graphqlEnum('Role', 'What an entity is in the news: an entity can have several roles.', roles),
    graphqlEnum('RelationType', 'The type of a fact between two entities.', relationValues),
    end,
  ].join('\n\n');
}

/** Replaces the generated section of a schema.graphql text (appending it when absent). */
export function withGeneratedEnums(schema: string): string {
  const section = generatedGraphqlEnums();
  const start = schema.indexOf(begin);
  if (start === -1) return `${schema.trimEnd()}\n\n${section}\n`;
  const stop = schema.indexOf(end, start);
  if (stop === -1) throw new Error(`schema.graphql has "${begin}" without "${end}"`);
  return schema.slice(0, start) + section + schema.slice(stop + end.length);
}

export const factConstraintsFile = '004-fact-constraints.cypher';

/** One uniqueness constraint on factId per relation type, so concurrent writers cannot duplicate a fact. */
export function generatedFactConstraints(): string {
  const header =
    '// GENERATED FROM src/model (npm run generate): do not edit by hand.\n// Each fact relationship is unique by its factId.\n';
  const statements = Object.keys(relations).map(
    (type) =>
      `CREATE CONSTRAINT fact_${type.toLowerCase()}_id IF NOT EXISTS\nFOR ()-[r:${type}]-() REQUIRE r.factId IS UNIQUE;`,
  );
  return `${header}${statements.join('\n\n')}\n`;
}
