/** Running a CLI's `main(argv, out, err)` in-process and collecting what it prints. */
export type CliMain = (argv: string[], out: (line: string) => void, err: (line: string) => void) => number;

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
