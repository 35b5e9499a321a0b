import { mkdtempSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  generatedFactConstraints,
  generatedSchemaFiles,
  generatedSchemaFolder,
  withGeneratedEnums,
  writeGeneratedSchema,
} from '../../../src/model/generate';
import { relationTypes } from '../../../src/model';
import { projectRoot } from '../../../src/paths';

describe('artefacts generated from src/model', () => {
  it('schema.graphql carries the current enums (run `npm run generate` when this fails)', () => {
    const schema = readFileSync(join(projectRoot, 'schema.graphql'), 'utf8');
    expect(withGeneratedEnums(schema)).toBe(schema);
  });

  it('cypher/schema/generated/ holds exactly the current generated files (run `npm run generate` when this fails)', () => {
    const dir = join(projectRoot, 'cypher', 'schema', generatedSchemaFolder);
    const onDisk = Object.fromEntries(readdirSync(dir).map((file) => [file, readFileSync(join(dir, file), 'utf8')]));
    expect(onDisk).toEqual(generatedSchemaFiles());
  });

  it('writing the generated schema replaces its folder and leaves the ordered migrations alone', () => {
    const schemaDir = mkdtempSync(join(tmpdir(), 'silkgraph-generate-'));
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

  it('replaces a stale section and leaves the rest of the schema alone', () => {
    const stale =
      'type Query { a: Int }\n\n# BEGIN GENERATED FROM src/model (npm run generate): do not edit by hand\nenum Old { X }\n# END GENERATED\n\ntype Tail { b: Int }\n';
    const fresh = withGeneratedEnums(stale);
    expect(fresh).not.toContain('enum Old');
    expect(fresh.startsWith('type Query { a: Int }')).toBe(true);
    expect(fresh.endsWith('type Tail { b: Int }\n')).toBe(true);
    expect(fresh).toContain('enum RelationType');
  });
});
