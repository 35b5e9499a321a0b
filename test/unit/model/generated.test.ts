import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { factConstraintsFile, generatedFactConstraints, withGeneratedEnums } from '../../../src/model/generate';
import { relationTypes } from '../../../src/model';
import { projectRoot } from '../../../src/paths';

describe('artefacts generated from src/model', () => {
  it('schema.graphql carries the current enums (run `npm run generate` when this fails)', () => {
    const schema = readFileSync(join(projectRoot, 'schema.graphql'), 'utf8');
    expect(withGeneratedEnums(schema)).toBe(schema);
  });

  it('the fact constraints migration is current (run `npm run generate` when this fails)', () => {
    const file = readFileSync(join(projectRoot, 'cypher', 'schema', factConstraintsFile), 'utf8');
    expect(file).toBe(generatedFactConstraints());
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
