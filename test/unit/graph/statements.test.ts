/**
 * The statement registry (src/graph/statements.ts) and the statement files match one to one: a
 * file in cypher/ without an entry could not be run (Graph.read/write take registry names only),
 * and an entry without a file would fail only when it is run. Schema migrations (cypher/schema/)
 * are read as files by src/graph/migrations.ts and are not statements.
 *
 * The second part pins the typing itself: these calls only compile (ts-jest type-checks this file,
 * as does `npm run typecheck`) while names, parameters and rows are typed by the registry.
 */
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Graph } from '../../../src/graph/driver';
import { statements, type StatementName } from '../../../src/graph/statements';
import { cypherDir } from '../../../src/paths';

function cypherFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? cypherFiles(join(dir, entry.name))
      : entry.name.endsWith('.cypher')
        ? [join(dir, entry.name)]
        : [],
  );
}

const statementFiles = cypherFiles(cypherDir)
  .map((file) => relative(cypherDir, file).split('\\').join('/'))
  .filter((file) => !file.startsWith('schema/'))
  .map((file) => file.replace(/\.cypher$/, ''));
const registered: string[] = Object.keys(statements);

describe('the statement registry', () => {
  it('has an entry for every statement file', () => {
    expect(statementFiles.filter((name) => !registered.includes(name))).toEqual([]);
  });

  it('has a file for every entry', () => {
    expect(registered.filter((name) => !statementFiles.includes(name))).toEqual([]);
  });

  it('found the statements (the walk reads cypher/ and its folders)', () => {
    expect(statementFiles).toEqual(expect.arrayContaining(['document-count', 'read/entities', 'curation/add-fact']));
  });
});

// Never called: the checks are the compiler's. Each @ts-expect-error fails the type-check when the
// line below it compiles, i.e. when the registry stops typing names, parameters or rows.
export async function typedUse(graph: Graph): Promise<void> {
  // @ts-expect-error: a name that is not in the registry
  await graph.read('read/no-such-statement');
  // @ts-expect-error: a required parameter missing
  await graph.read('read/place', {});
  // @ts-expect-error: a parameter of the wrong type
  await graph.read('read/place', { id: 42 });
  // @ts-expect-error: an unknown parameter
  await graph.read('document-count', { id: 'x' });
  const [place] = await graph.read('read/place', { id: 'ent_x' });
  const kind: string | undefined = place?.kind;
  // @ts-expect-error: a column the statement does not return
  void place?.population;
  await graph.writeTransaction(async (tx) => {
    const [state] = await tx.run('curation/unmerge-read', { mergeId: 'merge_x' });
    // Narrowed by found: the judgement's columns are there only when it was found.
    if (state?.found) {
      const ids: string[] = [state.keepId, state.mergedId, ...state.laterMerges];
      void ids;
    }
    // @ts-expect-error: keepId is not known before found is checked
    void state?.keepId;
  });
  const name: StatementName = 'read/timeline';
  void [kind, name];
}
