/**
 * Derives artefacts from the ontology: the model's part of schema.graphql (the per-kind entity
 * types, Fact's property fields, AddFactInput's, the enums, with their descriptions) and the
 * repeatable schema files in cypher/schema/generated/ (constraints and indexes, re-applied
 * whenever they change; see src/graph/migrations.ts). `npm run generate` writes them;
 * test/unit/model/generated.test.ts fails when they drift.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Kind, parse, type InterfaceTypeDefinitionNode } from 'graphql';
import { graphqlPropertyType } from './fact-shape';
import {
  entityGroups,
  entityKinds,
  factListsOf,
  factProperties,
  relations,
  roles,
  type EntityGroupSpec,
  type EntityKind,
  type EntityKindSpec,
  type FactListSpec,
  type RelationSpec,
} from './ontology';
import { propertyRules } from './validate';

/**
 * A generated region of schema.graphql, between its BEGIN and END comment lines. The rest of the
 * file is written by hand; a region may sit inside a type (its lines are indented like its markers).
 */
interface Region {
  name: string;
  /** The region's definitions (or fields), from the hand-written schema around it. */
  body: (schema: string) => string[];
  /** Top-level definitions are separated by blank lines; fields inside a type are not. */
  spaced: boolean;
}

const beginMarker = (name: string) =>
  `# BEGIN GENERATED ${name} FROM src/model (npm run generate): do not edit by hand`;
const endMarker = (name: string) => `# END GENERATED ${name}`;

function describe(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

function graphqlEnum(name: string, description: string, values: Record<string, { description: string }>): string {
  const lines = Object.entries(values).map(([value, spec]) => `  ${describe(spec.description)}\n  ${value}`);
  return `${describe(description)}\nenum ${name} {\n${lines.join('\n')}\n}`;
}

/** The enums: entity kinds, roles and relation types. */
export function generatedGraphqlEnums(): string[] {
  const relationValues = Object.fromEntries(
    Object.entries(relations as Record<string, RelationSpec>).map(([type, spec]) => [
      type,
      {
        description: `${spec.description} (${spec.from.join('|')} -> ${spec.to.join('|')}${spec.symmetric ? ', symmetric' : ''})`,
      },
    ]),
  );
  return [
    graphqlEnum('EntityKind', 'The kind of an entity; each kind is also a Neo4j label.', entityKinds),
    graphqlEnum('Role', 'What an entity is in the news: an entity can have several roles.', roles),
    graphqlEnum('RelationType', 'The type of a fact between two entities.', relationValues),
  ];
}

/** The hand-written Entity interface of the schema: the fields and interfaces every kind repeats. */
function entityInterface(schema: string): { fields: string[]; interfaces: string[] } {
  const entity = parse(schema, { noLocation: false }).definitions.find(
    (definition): definition is InterfaceTypeDefinitionNode =>
      definition.kind === Kind.INTERFACE_TYPE_DEFINITION && definition.name.value === 'Entity',
  );
  if (!entity?.fields) throw new Error('schema.graphql has no interface Entity with fields');
  return {
    // Each field as written, without its description: the interface documents it once.
    // A field written over several lines (arguments with descriptions) loses the interface's indent.
    fields: entity.fields.map((field) => schema.slice(field.name.loc!.start, field.loc!.end).replace(/\n {2}/g, '\n')),
    interfaces: (entity.interfaces ?? []).map((named) => named.name.value),
  };
}

function factListField(name: string, list: FactListSpec): string {
  return `${describe(list.description)}\n${name}("Page size: 1 to 100." first: Int = 20, after: String, reviewed: ReviewedFilter = INCLUDE): FactConnection!`;
}

function objectType(
  keyword: 'type' | 'interface',
  name: string,
  spec: { description: string },
  implementing: string[],
  fields: string[],
): string {
  const body = fields
    .join('\n')
    .split('\n')
    .map((line) => `  ${line}`)
    .join('\n');
  return `${describe(spec.description)}\n${keyword} ${name} implements ${implementing.join(' & ')} {\n${body}\n}`;
}

/**
 * One GraphQL type per entity kind, and one interface per entity group (before its first kind),
 * each with the Entity interface's fields and its fact lists (the group's, then the kind's).
 */
export function generatedEntityTypes(schema: string): string[] {
  const entity = entityInterface(schema);
  const inherited = ['Entity', ...entity.interfaces];
  const groups = entityGroups as Record<string, EntityGroupSpec>;
  const definitions: string[] = [];
  const emitted = new Set<string>();
  for (const [kind, spec] of Object.entries(entityKinds as Record<string, EntityKindSpec>)) {
    const kindGroups = spec.labels.slice(0, -1);
    for (const group of kindGroups.filter((g) => !emitted.has(g))) {
      emitted.add(group);
      const lists = Object.entries(groups[group]!.factLists).map(([name, list]) => factListField(name, list));
      definitions.push(objectType('interface', group, groups[group]!, inherited, [...entity.fields, ...lists]));
    }
    const lists = Object.entries(factListsOf(kind as EntityKind)).map(([name, list]) => factListField(name, list));
    definitions.push(objectType('type', kind, spec, [...kindGroups, ...inherited], [...entity.fields, ...lists]));
  }
  return definitions;
}

/** "Only VISITED and MET_WITH facts have it.": which relations a property belongs to. */
function relationsHaving(property: string): string {
  const types = Object.entries(relations as Record<string, RelationSpec>)
    .filter(([, spec]) => Object.hasOwn(spec.properties, property))
    .map(([type]) => type);
  const list = types.length > 1 ? `${types.slice(0, -1).join(', ')} and ${types.at(-1)}` : (types[0] ?? 'no');
  return `Only ${list} facts have it.`;
}

/** Fact's property fields: each fact property, null when the fact does not state it. */
export function generatedFactFields(): string[] {
  return Object.entries(factProperties).map(
    ([name, spec]) =>
      `${describe(`${spec.description} ${relationsHaving(name)}`)}\n${name}: ${graphqlPropertyType(spec.type)}`,
  );
}

/** AddFactInput's property fields, with what each value must be (the rule validateFact applies). */
export function generatedFactInputFields(): string[] {
  return Object.entries(factProperties).map(([name, spec]) => {
    const rule = propertyRules[spec.type].rule;
    const description = `${spec.description} ${rule[0]!.toUpperCase()}${rule.slice(1)}. ${relationsHaving(name)}`;
    return `${describe(description)}\n${name}: ${graphqlPropertyType(spec.type)}`;
  });
}

/** The generated regions of schema.graphql, in the order they appear there. */
export const schemaRegions: readonly Region[] = [
  { name: 'entity types', body: generatedEntityTypes, spaced: true },
  { name: 'fact properties', body: () => generatedFactFields(), spaced: false },
  { name: 'fact property inputs', body: () => generatedFactInputFields(), spaced: false },
  { name: 'enums', body: generatedGraphqlEnums, spaced: true },
];

function replaceRegion(schema: string, region: Region): string {
  const begin = beginMarker(region.name);
  const end = endMarker(region.name);
  const start = schema.indexOf(begin);
  if (start === -1) throw new Error(`schema.graphql has no line "${begin}"`);
  const stop = schema.indexOf(end, start);
  if (stop === -1) throw new Error(`schema.graphql has "${begin}" without "${end}"`);
  const indent = schema.slice(schema.lastIndexOf('\n', start) + 1, start);
  const body = region.body(schema);
  const text = (region.spaced ? `\n${body.join('\n\n')}\n` : body.join('\n'))
    .split('\n')
    .map((line) => (line === '' ? '' : `${indent}${line}`))
    .join('\n');
  return `${schema.slice(0, start)}${begin}\n${text}\n${indent}${schema.slice(stop)}`;
}

/** A schema.graphql text with every generated region rewritten from the model. */
export function withGenerated(schema: string): string {
  return schemaRegions.reduce(replaceRegion, schema);
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
