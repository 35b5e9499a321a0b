/**
 * A page and its totalCount filter the same rows, but Cypher makes the count a subquery of its
 * own, so the filter is written twice in these statements. This test keeps the two copies the
 * same (comments and whitespace aside), so that a filter changed in one place fails here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cypherDir } from '../../../src/paths';

const squeeze = (text: string) =>
  text
    .replace(/\/\/.*$/gm, '')
    .replace(/\s+/g, ' ')
    .trim();

/** Every stretch from `first` to the end of the `(...$last...)` condition that `last` opens. */
function copies(text: string, first: string, last: RegExp): string[] {
  const found: string[] = [];
  for (let at = text.indexOf(first); at >= 0; at = text.indexOf(first, at + 1)) {
    const end = last.exec(text.slice(at));
    if (end) found.push(squeeze(text.slice(at, at + end.index + end[0].length)));
  }
  return found;
}

describe.each([
  ['read/entities.cypher', '($kinds IS NULL', /\$within IS NULL[\s\S]*?\}\)/],
  ['read/investments.cypher', '($investor IS NULL', /\$place IS NULL[\s\S]*?\}\)/],
])('the filter of %s', (file, first, last) => {
  const text = readFileSync(join(cypherDir, file), 'utf8');

  it('is the same in the page and in its totalCount', () => {
    const found = copies(text, first, last);
    expect(found).toHaveLength(2);
    expect(found[1]).toBe(found[0]);
  });
});
