import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { main as evalMain } from '../../../src/cli/eval';
import { main as extractMain } from '../../../src/cli/extract';
import { runCli } from '../../support/cli';
import { tempDir } from '../../support/temp-dir';

describe('CLIs', () => {
  it('eval --json prints one object with overall and per-file scores, above a regression floor', () => {
    const { code, out } = runCli(evalMain, [join(__dirname, '../../../corpus'), '--json']);
    expect(code).toBe(0);
    const report = JSON.parse(out);
    expect(Object.keys(report.overall.entities)).toEqual(['precision', 'recall', 'f1']);
    expect(report.files).toHaveLength(14);
    expect(report.overall.entities.f1).toBeGreaterThan(0.97);
    expect(report.overall.relations.f1).toBeGreaterThan(0.89);
  });

  it('usage errors exit 2, malformed gold names the file', () => {
    expect(runCli(evalMain, []).code).toBe(2);
    expect(runCli(extractMain, ['--language', 'fr']).code).toBe(2);
    const dir = tempDir('gold');
    writeFileSync(join(dir, 'a.txt'), 'text');
    writeFileSync(join(dir, 'a.gold.json'), '{"language":"en"}');
    const bad = runCli(evalMain, [dir]);
    expect(bad.code).toBe(1);
    expect(bad.err).toContain('a.gold.json');
  });

  it('extract prints the gold shape with rules and mentions', () => {
    const { code, out } = runCli(extractMain, [join(__dirname, '../../../corpus/en-sughd-turkey-ambassador.txt')]);
    expect(code).toBe(0);
    const shape = JSON.parse(out);
    expect(shape.entities[0]).toEqual(
      expect.objectContaining({
        name: expect.any(String),
        type: expect.any(String),
        roles: expect.any(Array),
        aliases: expect.any(Array),
        rule: expect.any(String),
        confidence: expect.any(Number),
        mentions: expect.any(Array),
      }),
    );
    expect(shape.relations[0]).toEqual(
      expect.objectContaining({
        from: expect.any(String),
        type: expect.any(String),
        to: expect.any(String),
        properties: expect.any(Object),
        evidence: expect.any(String),
        rule: expect.any(String),
      }),
    );
  });
});
