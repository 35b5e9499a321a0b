/**
 * Every Cypher statement the service runs lives in cypher/NAME.cypher. This
 * loader reads one by name (cached); statements take values only as $parameters.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cypherDir } from '../paths';
import type { StatementName } from './statements';

const cache = new Map<string, string>();

export function cypher(name: StatementName): string {
  let text = cache.get(name);
  if (text === undefined) {
    if (!/^[a-z0-9-]+(\/[a-z0-9-]+)*$/.test(name)) throw new Error(`Invalid Cypher statement name ${name}`);
    text = stripComments(readFileSync(join(cypherDir, `${name}.cypher`), 'utf8'));
    cache.set(name, text);
  }
  return text;
}

/** Drops whole-line // comments so that logs and PROFILE output show the statement itself. */
export function stripComments(text: string): string {
  return text
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('//'))
    .join('\n')
    .trim();
}
