/**
 * The lint rule that keeps language words out of the extraction rules
 * (eslint-rules/language-literals.mjs, configured in eslint.config.mjs for the
 * rule files): it fires on each kind of violation and not on clean code.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const root = join(__dirname, '..', '..', '..');
const ruleFile = 'src/ingest/extract/mentions/example.ts';

// ESLint loads its flat config as an ES module, which Jest's CommonJS runtime cannot import, so the
// ESLint class runs in a child Node process with the project's own eslint.config.mjs.
function lint(code: string, filePath = ruleFile): string[] {
  const script = `
    import { ESLint } from 'eslint';
    const eslint = new ESLint({ cwd: process.argv[1] });
    const [result] = await eslint.lintText(process.argv[2], { filePath: process.argv[3] });
    process.stdout.write(JSON.stringify(result.messages.map((m) => m.message)));
  `;
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', script, root, code, join(root, filePath)], {
    cwd: root,
    encoding: 'utf8',
  });
  return JSON.parse(out) as string[];
}

describe('the language-literals lint rule', () => {
  const violating = [
    'export function isGerman(language: string): boolean {',
    "  return language === 'de';",
    '}',
    'export const cue = /\\b(?:visited|besuchte)\\b/u;',
    "export const word = 'область';",
    '',
  ].join('\n');

  it('reports a language-code comparison, a regex with a word and a non-ASCII string in a rule file', () => {
    const messages = lint(violating);
    expect(messages).toEqual([
      expect.stringContaining("Do not compare a language code ('de') in a rule"),
      expect.stringContaining('This regex holds a natural-language word'),
      expect.stringContaining('This string holds non-ASCII letters'),
    ]);
    for (const message of messages) expect(message).toContain('src/ingest/languages/<code>/');
  });

  it('accepts code that reads its words from the pack', () => {
    const clean = [
      "import type { LanguagePack } from '../../languages';",
      'export const NAME = String.raw`\\p{Lu}[\\p{L}\\p{M}]*`;',
      'export const year = /(?<year>\\d{4})|[IVXLC]+|\\p{Script=Cyrillic}/u;',
      'export function visited(pack: LanguagePack, text: string): boolean {',
      '  return pack.cue.visit.test(text) && pack.language.length === 2;',
      '}',
      '',
    ].join('\n');
    expect(lint(clean)).toEqual([]);
  });

  it('leaves the language packs themselves alone', () => {
    expect(lint(violating, 'src/ingest/languages/de/example.ts')).toEqual([]);
  });
});
