/** Running a CLI's `main(argv, out, err)` in-process and collecting what it prints. */
import type { CliMain } from '../../src/cli/script';

export function runCli(main: CliMain, argv: string[]): { code: number; out: string; err: string } {
  const out: string[] = [];
  const err: string[] = [];
  const code = main(
    argv,
    (line) => out.push(line),
    (line) => err.push(line),
  );
  return { code, out: out.join('\n'), err: err.join('\n') };
}
