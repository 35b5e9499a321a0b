/**
 * The config schema (src/config.ts) describes each setting once: .env.example is generated from it and
 * README.md's configuration table must list the same settings with the same defaults and meanings.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { envExample, readmeRow, settings } from '../../src/config-example';
import { projectRoot } from '../../src/paths';

/** The rows of README.md's configuration table, by variable name. */
function readmeTable(): Map<string, [string, string, string]> {
  const readme = readFileSync(join(projectRoot, 'README.md'), 'utf8');
  const section = readme.slice(
    readme.indexOf('## Configuration'),
    readme.indexOf('\n## ', readme.indexOf('## Configuration') + 1),
  );
  const rows = section
    .split('\n')
    .filter((line) => line.startsWith('| `'))
    .map(
      (line) =>
        line
          .split('|')
          .slice(1, -1)
          .map((cell) => cell.trim()) as [string, string, string],
    );
  return new Map(rows.map((row) => [row[0], row]));
}

describe('settings derived from the config schema', () => {
  it('.env.example is the current one (run `npm run generate` when this fails)', () => {
    expect(readFileSync(join(projectRoot, '.env.example'), 'utf8')).toBe(envExample());
  });

  it("README.md's configuration table lists every setting with the schema's default and description", () => {
    const expected = new Map(settings().map((s) => [`\`${s.name}\``, readmeRow(s)]));
    expect(readmeTable()).toEqual(expected);
  });

  it('writes each setting with its description and default, empty when unset', () => {
    const schema = z.object({
      PORT: z.coerce.number().default(4000).describe('HTTP port'),
      FLAG: z
        .enum(['true', 'false'])
        .default('false')
        .transform((v) => v === 'true')
        .describe('a switch'),
      URI: z.string().optional().describe('where it is'),
    });
    expect(envExample(schema)).toContain('# HTTP port\nPORT=4000\n\n# a switch\nFLAG=false\n\n# where it is\nURI=\n');
  });

  it('refuses a setting without a description', () => {
    expect(() => settings(z.object({ PORT: z.coerce.number().default(4000) }))).toThrow(
      'config setting PORT has no .describe() in src/config.ts',
    );
  });
});
