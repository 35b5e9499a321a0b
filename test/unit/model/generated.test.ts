import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { buildSchema, type GraphQLInputObjectType, type GraphQLInterfaceType, type GraphQLObjectType } from 'graphql';
import { join } from 'node:path';
import {
  generatedFactConstraints,
  generatedSchemaFiles,
  generatedSchemaFolder,
  withGenerated,
  writeGeneratedSchema,
} from '../../../src/model/generate';
import {
  entityKindNames,
  entityKinds,
  factProperties,
  factPropertyNames,
  graphqlPropertyType,
  relationTypes,
} from '../../../src/model';
import { projectRoot } from '../../../src/paths';
import { tempDir } from '../../support/temp-dir';

describe('artefacts generated from src/model', () => {
  const schema = readFileSync(join(projectRoot, 'schema.graphql'), 'utf8');

  it('schema.graphql carries the current generated regions (run `npm run generate` when this fails)', () => {
    expect(withGenerated(schema)).toBe(schema);
  });

  it('generates a type per entity kind with every Entity field, and the group interfaces', () => {
    const built = buildSchema(schema);
    const entity = built.getType('Entity') as GraphQLInterfaceType;
    for (const kind of entityKindNames) {
      const type = built.getType(kind) as GraphQLObjectType;
      expect(type.getInterfaces().map((i) => i.name)).toContain('Entity');
      for (const field of Object.keys(entity.getFields())) expect(type.getFields()).toHaveProperty(field);
    }
    const place = built.getType('Place') as GraphQLInterfaceType;
    expect(built.getPossibleTypes(place).map((t) => t.name)).toEqual(['Country', 'Region', 'City']);
    expect(Object.keys((built.getType('Organization') as GraphQLObjectType).getFields())).toEqual(
      expect.arrayContaining(['investors', 'portfolio']),
    );
    expect(built.getType('Region')!.description).toBe(entityKinds.Region.description);
  });

  it('gives Fact and AddFactInput a field per fact property, and nothing of them by hand', () => {
    const built = buildSchema(schema);
    const fact = (built.getType('Fact') as GraphQLObjectType).getFields();
    const input = (built.getType('AddFactInput') as GraphQLInputObjectType).getFields();
    for (const name of factPropertyNames) {
      expect(fact[name]!.type.toString()).toBe(graphqlPropertyType(factProperties[name].type));
      expect(input[name]!.description).toContain(factProperties[name].description);
    }
    // Everything generated sits between markers: without them the hand-written part has no property field.
    const handWritten = schema.replace(/# BEGIN GENERATED (.+) FROM[^]*?# END GENERATED \1/g, '');
    const bodies = ['type Fact {', 'input AddFactInput {'].map((head) => {
      const start = handWritten.indexOf(head);
      return handWritten.slice(start, handWritten.indexOf('\n}', start));
    });
    for (const body of bodies) {
      expect(body).toContain('from: ');
      for (const name of factPropertyNames) expect(body).not.toMatch(new RegExp(`^\\s+${name}: `, 'm'));
    }
  });

  it('cypher/schema/generated/ holds exactly the current generated files (run `npm run generate` when this fails)', () => {
    const dir = join(projectRoot, 'cypher', 'schema', generatedSchemaFolder);
    const onDisk = Object.fromEntries(readdirSync(dir).map((file) => [file, readFileSync(join(dir, file), 'utf8')]));
    expect(onDisk).toEqual(generatedSchemaFiles());
  });

  it('writing the generated schema replaces its folder and leaves the ordered migrations alone', () => {
    const schemaDir = tempDir('silkgraph-generate');
    mkdirSync(join(schemaDir, generatedSchemaFolder));
    writeFileSync(join(schemaDir, '001-a.cypher'), 'CREATE INDEX a IF NOT EXISTS FOR (n:A) ON (n.x);');
    writeFileSync(join(schemaDir, generatedSchemaFolder, 'dropped.cypher'), 'stale');
    writeGeneratedSchema(schemaDir);
    expect(readdirSync(schemaDir).sort()).toEqual(['001-a.cypher', generatedSchemaFolder]);
    expect(readdirSync(join(schemaDir, generatedSchemaFolder))).toEqual(Object.keys(generatedSchemaFiles()));
  });

  it('has one constraint per relation type', () => {
    const text = generatedFactConstraints();
    for (const type of relationTypes) expect(text).toContain(`FOR ()-[r:${type}]-() REQUIRE r.factId IS UNIQUE`);
  });

  it('replaces stale regions and leaves the rest of the schema alone', () => {
    const region = (name: string, body: string, indent = '') =>
      `${indent}# BEGIN GENERATED ${name} FROM src/model (npm run generate): do not edit by hand\n${body}\n${indent}# END GENERATED ${name}\n`;
    const stale = [
      'type Query { a: Int }\n',
      'interface Entity implements EntityRef {\n  "The id."\n  id: ID!\n}\n',
      region('entity types', 'type Old { x: Int }'),
      'type Fact {\n  id: ID!\n',
      region('fact properties', '  old: String', '  '),
      '}\ninput AddFactInput {\n',
      region('fact property inputs', '  old: String', '  '),
      '}\n',
      region('enums', 'enum Old { X }'),
      '\ntype Tail { b: Int }\n',
    ].join('');
    const fresh = withGenerated(stale);
    expect(fresh).not.toMatch(/Old|old:/);
    expect(fresh.startsWith('type Query { a: Int }')).toBe(true);
    expect(fresh.endsWith('type Tail { b: Int }\n')).toBe(true);
    expect(fresh).toContain('enum RelationType');
    expect(fresh).toContain('type Person implements Entity & EntityRef {\n  id: ID!\n}');
    expect(fresh).toContain('\n  validTo: String\n  # END GENERATED fact properties');
    expect(withGenerated(fresh)).toBe(fresh);
  });

  it('names a missing region', () => {
    expect(() => withGenerated('type Query { a: Int }\n')).toThrow(
      /schema.graphql has no line "# BEGIN GENERATED entity types/,
    );
  });
});
