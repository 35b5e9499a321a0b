/**
 * In src/graph, rows are typed by the statement registry (src/graph/statements.ts), so a cast of a
 * value read from a row is refused by lint (no-restricted-syntax in eslint.config.mjs): it would
 * hide a row type that disagrees with its statement. Casts of other expressions stay allowed.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const root = join(__dirname, '..', '..', '..');

// ESLint loads its flat config as an ES module, which Jest's CommonJS runtime cannot import: a child Node process lints.
function lint(file: string, snippets: string[]): string[][] {
  const script = `
    import { ESLint } from 'eslint';
    const eslint = new ESLint({ cwd: process.argv[1] });
    const out = [];
    for (const code of JSON.parse(process.argv[3])) {
      const [result] = await eslint.lintText(code, { filePath: process.argv[1] + '/' + process.argv[2] });
      out.push(result.messages.filter((m) => m.ruleId === 'no-restricted-syntax').map((m) => m.message));
    }
    process.stdout.write(JSON.stringify(out));
  `;
  const out = execFileSync(
    process.execPath,
    ['--input-type=module', '-e', script, root, file, JSON.stringify(snippets)],
    { cwd: root, encoding: 'utf8' },
  );
  return JSON.parse(out) as string[][];
}

const prelude =
  'declare const row: { page: unknown; id?: unknown } | undefined; declare const rows: unknown[]; declare const error: unknown;\n';

describe('row casts in src/graph', () => {
  const refused = [
    'export const a = row!.page as string[];',
    'export const a = row?.id as string | null;',
    'export const a = rows as unknown as { id: string }[];',
  ];
  const allowed = [
    'export const a = (error as Error).message;',
    'export const a = JSON.parse(String(row)) as { version: 1 };',
    'export const a = [1, 2] as [number, number];',
  ];

  it('refuses a cast of a row member or a cast through unknown, naming the registry', () => {
    const results = lint(
      'src/graph/read/example.ts',
      [...refused, ...allowed].map((code) => prelude + code),
    );
    refused.forEach((code, i) => {
      expect({ code, messages: results[i] }).toEqual({
        code,
        messages: [expect.stringContaining('src/graph/statements.ts')],
      });
    });
    allowed.forEach((code, i) =>
      expect({ code, messages: results[refused.length + i] }).toEqual({ code, messages: [] }),
    );
  });

  it('leaves casts outside src/graph to the other rules', () => {
    expect(lint('src/api/example.ts', [prelude + refused[0]!])).toEqual([[]]);
  });
});
