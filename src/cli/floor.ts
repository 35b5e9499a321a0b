/**
 * `npm run floor [-- --write]`: measures extraction on ../shared/corpus (seeds)
 * and ../shared/corpus/dev and prints the floor those figures support (each
 * minus 0.03, rounded down) in the shape of eval/floor.json. With --write it
 * raises eval/floor.json to it: a figure already above the proposal is kept,
 * so the floor never goes down this way. Usage errors exit 2.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { floorFile, floorFrom, measure, raise, type Floor } from '../eval/floor';
import { projectRoot } from '../paths';
import { runScript } from './script';

const usage = 'usage: npm run floor [-- --write]';

export function main(argv: string[], out: (line: string) => void, err: (line: string) => void): number {
  const unknown = argv.find((a) => a !== '--write');
  if (unknown !== undefined) {
    err(`unexpected argument ${unknown}\n${usage}`);
    return 2;
  }
  let proposed: Floor;
  try {
    proposed = floorFrom(measure());
  } catch (error) {
    err((error as Error).message);
    return 1;
  }
  if (!argv.includes('--write')) {
    out(JSON.stringify(proposed, null, 2));
    return 0;
  }
  const path = join(projectRoot, floorFile);
  const floor = existsSync(path) ? raise(JSON.parse(readFileSync(path, 'utf8')) as Floor, proposed) : proposed;
  writeFileSync(path, `${JSON.stringify(floor, null, 2)}\n`);
  out(JSON.stringify(floor, null, 2));
  err(`wrote ${floorFile}`);
  return 0;
}

if (require.main === module) runScript(main);
