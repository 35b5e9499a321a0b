/**
 * The layer map (eslint.config.mjs: model <- ingest, graph <- api <- http <- cli; web separate) is
 * enforced by lint: a file placed in a layer that imports from a layer above it is an error, and the
 * imports the map allows are not.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const root = join(__dirname, '..', '..', '..');

interface Case {
  file: string;
  from: string;
}

// ESLint loads its flat config as an ES module, which Jest's CommonJS runtime cannot import, so the
// ESLint class runs in a child Node process (one for all cases) with the project's own eslint.config.mjs.
function lint(cases: Case[]): string[][] {
  const script = `
    import { ESLint } from 'eslint';
    const eslint = new ESLint({ cwd: process.argv[1] });
    const out = [];
    for (const { file, from } of JSON.parse(process.argv[2])) {
      const code = "import { a } from '" + from + "';\\nexport const b = a;\\n";
      const [result] = await eslint.lintText(code, { filePath: process.argv[1] + '/' + file });
      out.push(result.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message));
    }
    process.stdout.write(JSON.stringify(out));
  `;
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', script, root, JSON.stringify(cases)], {
    cwd: root,
    encoding: 'utf8',
  });
  return JSON.parse(out) as string[][];
}

describe('the layer map lint zones', () => {
  const violations: [Case, string][] = [
    [{ file: 'src/model/example.ts', from: '../api/auth' }, 'src/model is the root of the ontology'],
    [{ file: 'src/model/example.ts', from: '../ingest/plan' }, 'src/model is the root of the ontology'],
    [{ file: 'src/ingest/extract/example.ts', from: '../../api/context' }, 'src/ingest sits below api'],
    [{ file: 'src/graph/read/example.ts', from: '../../http/exports' }, 'src/graph sits below api'],
    [{ file: 'src/graph/read/example.ts', from: '../../ingest/ingest' }, 'reads from ingest only'],
    [{ file: 'src/api/resolvers/example.ts', from: '../../http/exports' }, 'src/api sits below http'],
    [{ file: 'src/api/example.ts', from: 'neo4j-driver' }, 'through src/graph only'],
    [{ file: 'src/http/example.ts', from: '../cli/start' }, 'src/http sits below cli'],
    [{ file: 'src/views/example.ts', from: '../graph/driver' }, 'src/views renders model data only'],
    [{ file: 'web/src/example.ts', from: '../../src/graph/driver' }, 'web/src imports from src only'],
  ];

  const allowed: Case[] = [
    { file: 'src/model/example.ts', from: './ontology' },
    { file: 'src/ingest/example.ts', from: '../model/fold' },
    { file: 'src/ingest/example.ts', from: '../graph/driver' },
    { file: 'src/graph/read/example.ts', from: '../../model/ids' },
    { file: 'src/graph/example.ts', from: '../ingest/plan' },
    { file: 'src/api/example.ts', from: '../graph/driver' },
    { file: 'src/http/example.ts', from: '../api/auth' },
    { file: 'src/cli/example.ts', from: '../http/exports' },
    { file: 'web/src/example.ts', from: '../../src/model' },
    { file: 'web/src/example.ts', from: '../../src/views/xml' },
  ];

  it('fails on an import from a higher layer, naming the rule it breaks, and passes what the map allows', () => {
    const results = lint([...violations.map(([c]) => c), ...allowed]);
    violations.forEach(([c, reason], i) => {
      expect({ ...c, messages: results[i] }).toEqual({ ...c, messages: [expect.stringContaining(reason)] });
    });
    allowed.forEach((c, i) => {
      expect({ ...c, messages: results[violations.length + i] }).toEqual({ ...c, messages: [] });
    });
  });
});
