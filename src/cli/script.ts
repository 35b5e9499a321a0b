/** Running a CLI's `main(argv, out, err)` as a script: arguments from the process, lines to stdout and stderr. */
export type CliMain = (argv: string[], out: (line: string) => void, err: (line: string) => void) => number;

export function runScript(main: CliMain): void {
  process.exitCode = main(
    process.argv.slice(2),
    (line) => process.stdout.write(`${line}\n`),
    (line) => process.stderr.write(`${line}\n`),
  );
}
