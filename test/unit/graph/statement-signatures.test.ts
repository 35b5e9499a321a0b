/**
 * Each statement's entry in the registry (src/graph/statements.ts) matches its Cypher file: the
 * parameter type names exactly the $parameters the file uses, and the row type exactly the columns
 * of its final RETURN. The compiler then holds every caller to what the statement reads and
 * returns: a parameter the file gains but the registry lacks would be sent by nobody (null in
 * Cypher, no error), a column renamed in the file would be read as undefined. The names are read
 * from the registry's types with the TypeScript compiler API (the column types themselves are
 * trusted: Cypher does not declare them).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { stripComments } from '../../../src/graph/cypher';
import { cypherDir, projectRoot } from '../../../src/paths';

const registryFile = join(projectRoot, 'src', 'graph', 'statements.ts');

interface Declared {
  params: string[];
  columns: string[];
}

/** Statement name -> the property names of its parameter and row types, as the compiler sees them. */
function declaredSignatures(): Map<string, Declared> {
  const config = ts.readConfigFile(join(projectRoot, 'tsconfig.json'), ts.sys.readFile);
  const { options } = ts.parseJsonConfigFileContent(config.config, ts.sys, projectRoot);
  const program = ts.createProgram([registryFile], { ...options, noEmit: true });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(registryFile)!;
  const declaration = source.statements
    .filter(ts.isVariableStatement)
    .flatMap((statement) => [...statement.declarationList.declarations])
    .find((d) => d.name.getText(source) === 'statements')!;
  const member = (entry: ts.Symbol, name: 'params' | 'row') => {
    const property = checker.getTypeOfSymbolAtLocation(entry, declaration).getProperty(name)!;
    const type = checker.getNonNullableType(checker.getTypeOfSymbolAtLocation(property, declaration));
    // A row declared as a union (found or not) has the columns of all its members.
    const members = type.isUnion() ? type.types : [type];
    return [...new Set(members.flatMap((t) => checker.getPropertiesOfType(t).map((p) => p.name)))].sort();
  };
  return new Map(
    checker
      .getTypeAtLocation(declaration.name)
      .getProperties()
      .map((entry) => [entry.name, { params: member(entry, 'params'), columns: member(entry, 'row') }]),
  );
}

const statementText = (name: string) => stripComments(readFileSync(join(cypherDir, `${name}.cypher`), 'utf8'));

function usedParameters(name: string): string[] {
  return [...new Set([...statementText(name).matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1]!))].sort();
}

/** Splits at commas outside brackets, braces and parentheses. */
function topLevelItems(text: string): string[] {
  const items = [''];
  let depth = 0;
  for (const char of text) {
    if ('([{'.includes(char)) depth++;
    if (')]}'.includes(char)) depth--;
    if (char === ',' && depth === 0) items.push('');
    else items[items.length - 1] += char;
  }
  return items.map((item) => item.trim());
}

/**
 * The columns of the statement's final RETURN (the last one starting a line, as every statement
 * writes it, up to an ORDER BY, SKIP or LIMIT starting a line; subqueries are indented): each
 * item's alias, or the item when it is a bare variable. '?' marks an item without an alias, which
 * the test then shows.
 */
function returnedColumns(name: string): string[] {
  const text = statementText(name);
  const start = [...text.matchAll(/^RETURN\b/gm)].at(-1)?.index;
  if (start === undefined) return [];
  const clause = text
    .slice(start + 'RETURN'.length)
    .split(/^(?:ORDER BY|SKIP|LIMIT)\b/m)[0]!
    .replace(/^\s*DISTINCT\b/, '');
  return topLevelItems(clause)
    .map(
      (item) =>
        /\bAS\s+([A-Za-z_][A-Za-z0-9_]*)$/.exec(item)?.[1] ?? (/^[A-Za-z_]\w*$/.test(item) ? item : `? ${item}`),
    )
    .sort();
}

describe('the registry entries', () => {
  const declared = declaredSignatures();

  it('were read for every statement', () => {
    expect(declared.size).toBeGreaterThan(50);
    expect(declared.get('read/place')).toEqual({ params: ['id'], columns: ['kind', 'name'] });
    expect(declared.get('ingest/lock-release')).toEqual({ params: [], columns: [] });
  });

  it.each([...declared.keys()])('name the $parameters and the RETURN columns of %s', (name) => {
    expect(declared.get(name)).toEqual({ params: usedParameters(name), columns: returnedColumns(name) });
  });
});
