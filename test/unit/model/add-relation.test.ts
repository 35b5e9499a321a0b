/**
 * The model owns the vocabulary: in a temporary copy of the project, a new relation with a new
 * fact property is added to src/model/ontology.ts and nothing else; after `npm run generate`
 * (src/cli/generate.ts, run in the copy) the schema, the fact constraints, the exports and the
 * viewer's fact fields and legend all carry it.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSchema, type GraphQLEnumType, type GraphQLInputObjectType, type GraphQLObjectType } from 'graphql';
import { projectRoot } from '../../../src/paths';

/** What the copy's modules are asked for (loaded from the copy, after its model was edited). */
interface CopyModules {
  generate: typeof import('../../../src/model/generate');
  shapes: typeof import('../../../src/graph/read/shapes');
  exports: typeof import('../../../src/http/exports');
  views: typeof import('../../../src/views');
  validate: typeof import('../../../src/model/validate');
  model: typeof import('../../../src/model');
  queries: typeof import('../../../web/src/queries');
  legend: typeof import('../../../web/src/legend-rows');
  details: typeof import('../../../web/src/fact-details');
  cypher: typeof import('../../../src/graph/cypher');
}

const newProperty = `  commodity: { type: 'text', description: 'What is supplied, as written in the text.' },\n`;
const newRelation = `  SUPPLIES: {
    from: ['Organization'],
    to: ['Organization', 'City', 'Region', 'Country'],
    symmetric: false,
    label: 'supplies',
    properties: { commodity: factProperties.commodity, date, status },
    keyProperties: ['commodity'],
    onTimeline: true,
    description: 'A company that supplies goods to another party.',
  },
`;

function insertAfter(text: string, anchor: string, insertion: string): string {
  const at = text.indexOf(anchor);
  if (at === -1) throw new Error(`src/model/ontology.ts has no "${anchor}" any more: update this test`);
  return text.slice(0, at + anchor.length) + insertion + text.slice(at + anchor.length);
}

describe('adding a relation with a new property touches src/model only', () => {
  let copy: string;
  let modules: CopyModules;

  beforeAll(() => {
    copy = mkdtempSync(join(tmpdir(), 'silkgraph-add-relation-'));
    for (const path of ['src', 'web/src', 'cypher', 'schema.graphql', 'package.json', 'tsconfig.json'])
      cpSync(join(projectRoot, path), join(copy, path), { recursive: true });
    symlinkSync(join(projectRoot, 'node_modules'), join(copy, 'node_modules'));

    const ontologyPath = join(copy, 'src', 'model', 'ontology.ts');
    let ontology = readFileSync(ontologyPath, 'utf8');
    ontology = insertAfter(ontology, 'export const factProperties = {\n', newProperty);
    ontology = insertAfter(ontology, 'export const relations = {\n', newRelation);
    writeFileSync(ontologyPath, ontology);

    // The copy's own modules (its model edited): jest loads and compiles them like the project's.
    const load = <T extends object>(path: string) => jest.requireActual<T>(join(copy, path));
    const quiet = jest.spyOn(process.stdout, 'write').mockImplementation(() => true);
    load('src/cli/generate.ts'); // npm run generate, in the copy
    modules = {
      generate: load('src/model/generate.ts'),
      shapes: load('src/graph/read/shapes.ts'),
      exports: load('src/http/exports.ts'),
      views: load('src/views/index.ts'),
      validate: load('src/model/validate.ts'),
      model: load('src/model/index.ts'),
      queries: load('web/src/queries.ts'),
      legend: load('web/src/legend-rows.ts'),
      details: load('web/src/fact-details.ts'),
      cypher: load('src/graph/cypher.ts'),
    };
    quiet.mockRestore();
  });

  afterAll(() => rmSync(copy, { recursive: true, force: true }));

  it('schema.graphql gets the relation type, the Fact field and the AddFactInput field', () => {
    const schemaText = readFileSync(join(copy, 'schema.graphql'), 'utf8');
    expect(modules.generate.withGenerated(schemaText)).toBe(schemaText);
    const schema = buildSchema(schemaText);
    const relationType = (schema.getType('RelationType') as GraphQLEnumType).getValue('SUPPLIES');
    expect(relationType?.description).toBe(
      'A company that supplies goods to another party. (Organization -> Organization|City|Region|Country)',
    );
    const fact = (schema.getType('Fact') as GraphQLObjectType).getFields().commodity!;
    expect(fact.type.toString()).toBe('String');
    expect(fact.description).toBe('What is supplied, as written in the text. Only SUPPLIES facts have it.');
    const input = (schema.getType('AddFactInput') as GraphQLInputObjectType).getFields().commodity!;
    expect(input.description).toContain('Must be text of 1 to 500 characters.');
    // Nothing else of the schema changed (but which relations the properties belong to).
    const strip = (text: string) =>
      text
        .split('\n')
        .filter(
          (line, i, lines) =>
            !/SUPPLIES|commodity|facts have it/.test(line) && !/^\s*(SUPPLIES|commodity)\b/.test(lines[i + 1] ?? ''),
        )
        .join('\n');
    expect(strip(schemaText)).toBe(strip(readFileSync(join(projectRoot, 'schema.graphql'), 'utf8')));
  });

  it('the fact constraints get one for the relation', () => {
    const constraints = readFileSync(join(copy, 'cypher', 'schema', 'generated', 'fact-constraints.cypher'), 'utf8');
    expect(constraints).toContain(
      'CREATE CONSTRAINT fact_supplies_id IF NOT EXISTS\nFOR ()-[r:SUPPLIES]-() REQUIRE r.factId IS UNIQUE;',
    );
  });

  it("the statements that walk an entity's facts walk it too (the fact-type placeholder follows the model)", () => {
    for (const statement of ['read/connections', 'read/graph-view', 'read/timeline', 'read/entities'] as const)
      expect(modules.cypher.cypher(statement)).toMatch(/-\[r?:[A-Z_|]*\bSUPPLIES\b[A-Z_|]*\]-/);
  });

  it('its traits put it on the timeline (the list the timeline statement takes), not in place filters', () => {
    expect(modules.model.timelineRelations).toContain('SUPPLIES');
    expect(modules.model.containmentRelations).not.toContain('SUPPLIES');
  });

  it('a curated fact of the relation is validated with its property', () => {
    const fact = { type: 'SUPPLIES', fromKind: 'Organization', toKind: 'City' };
    expect(modules.validate.validateFact({ ...fact, properties: { commodity: 'cotton', date: '2024' } })).toEqual([]);
    expect(modules.validate.validateFact({ ...fact, properties: { commodity: '' } })).toEqual([
      { field: 'properties.commodity', message: 'must be text of 1 to 500 characters' },
    ]);
  });

  it('the exports carry the property', () => {
    const ref = (id: string, kind: string) => ({ id, kind, name: id, roles: [] });
    const fact = modules.shapes.toFact({
      type: 'SUPPLIES' as never,
      props: { factId: 'fact_1', commodity: 'cotton', confidence: 0.9, sourceCount: 1 },
      from: ref('ent_a', 'Organization'),
      to: ref('ent_b', 'City'),
    });
    expect(fact).toMatchObject({ label: 'supplies', commodity: 'cotton', date: null });
    const subgraph = modules.exports.toSubgraph({
      nodes: [
        { ...ref('ent_a', 'Organization'), aliases: [] },
        { ...ref('ent_b', 'City'), aliases: [] },
      ],
      edges: [fact],
      truncated: false,
    });
    expect(subgraph.edges[0]!.properties).toEqual({ commodity: 'cotton' });
    const graphml = modules.views.toGraphML(subgraph);
    expect(graphml).toMatch(/<key id="[^"]+" for="edge" attr.name="commodity" attr.type="string"/);
    expect(graphml).toContain('>cotton</data>');
  });

  it('the viewer asks for the property, shows it in its panels and the relation in its legend', () => {
    const operation = modules.queries.graphViewQuery(['ent_a'], 1, null);
    expect(operation.query).toMatch(/\bcommodity\b/);
    const ref = (id: string) => ({ id, kind: 'Organization', name: id, roles: [] });
    const fact = modules.shapes.toFact({
      type: 'SUPPLIES' as never,
      props: { factId: 'fact_1', commodity: 'cotton', date: '2024-03' },
      from: ref('ent_a'),
      to: ref('ent_b'),
    });
    expect(modules.details.factDetails({ ...fact, evidence: { edges: [], pageInfo: { hasNextPage: false } } })).toBe(
      '2024-03, commodity cotton',
    );
    expect(modules.legend.relationRows([], new Map([['SUPPLIES', 2]]))).toEqual([
      { type: 'SUPPLIES', label: 'supplies', count: 2, shown: true },
    ]);
  });
});
