/**
 * The folder ingest matches each article's names against the entities its group's earlier articles wrote
 * (src/ingest/ingest-group.ts). Those articles write the same entities again and again: `distinct` keeps
 * one copy of each entity with the same keys, in the order they were written, and every copy with other keys.
 */
import { distinct } from '../../../src/ingest/ingest-group';

const entity = (id: string, keys: string[]) => ({ id, kind: 'Person' as const, keys });

describe('distinct written entities', () => {
  it('keeps one copy of an entity written again with the same keys, first-written order', () => {
    const written = [
      entity('a', ['anna pavlova']),
      entity('b', ['boris ivanov']),
      entity('a', ['anna pavlova']),
      entity('b', ['boris ivanov']),
    ];
    expect(distinct(written).map((e) => e.id)).toEqual(['a', 'b']);
  });

  it('keeps a copy with other keys, which may match where the first does not', () => {
    const written = [entity('a', ['anna pavlova']), entity('a', ['anna pavlova', 'a pavlova'])];
    expect(distinct(written)).toEqual(written);
  });
});
