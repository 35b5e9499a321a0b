/**
 * Derives artefacts from the ontology: the GraphQL enums in schema.graphql and
 * the repeatable schema files in cypher/schema/generated/ (constraints and
 * indexes, re-applied whenever they change; see src/graph/migrations.ts).
 * `npm run generate` writes them; test/unit/model/generated.test.ts fails when
 * they drift.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { entityKinds, relations, roles, type RelationSpec } from './ontology';

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

/** The folder under cypher/schema/ that holds the generated, repeatable schema files. */
export const generatedSchemaFolder = 'generated';

/**
 * The generated schema files, by name. Every statement creates one named
 * constraint or index IF NOT EXISTS, so a file can be applied again whenever it
 * changes; a changed definition needs a new name (the old one is then reported
 * as no longer generated).
 */
export function generatedSchemaFiles(relationTable: Record<string, RelationSpec> = relations): Record<string, string> {
  return { 'fact-constraints.cypher': generatedFactConstraints(relationTable) };
}

/** One uniqueness constraint on factId per relation type, so concurrent writers cannot duplicate a fact. */
export function generatedFactConstraints(relationTable: Record<string, RelationSpec> = relations): string {
  const header =
    '// GENERATED FROM src/model (npm run generate): do not edit by hand.\n// Each fact relationship is unique by its factId.\n';
  const statements = Object.keys(relationTable).map(
    (type) =>
      `CREATE CONSTRAINT fact_${type.toLowerCase()}_id IF NOT EXISTS\nFOR ()-[r:${type}]-() REQUIRE r.factId IS UNIQUE;`,
  );
  return `${header}${statements.join('\n\n')}\n`;
}

/** Makes schemaDir/generated/ hold exactly these files (a file the model no longer produces is removed). */
export function writeGeneratedSchema(schemaDir: string, files: Record<string, string> = generatedSchemaFiles()): void {
  const dir = join(schemaDir, generatedSchemaFolder);
  mkdirSync(dir, { recursive: true });
  for (const file of readdirSync(dir)) if (!(file in files)) rmSync(join(dir, file));
  for (const [file, text] of Object.entries(files)) writeFileSync(join(dir, file), text);
}
