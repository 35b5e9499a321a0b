import type { EntityKind } from '../../model';
import { search } from '../../graph/read/search';
import { bounded, filterText } from '../arguments';
import type { Context } from '../context';

export const searchQueries = {
  search: (_: unknown, args: { text: string; kinds?: EntityKind[] | null; first: number }, { graph }: Context) =>
    search(
      graph,
      filterText('text', args.text).text,
      args.kinds ?? undefined,
      bounded('Query.search(first:)', 'first', args.first),
    ),
};
