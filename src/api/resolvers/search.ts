import type { EntityKind } from '../../model';
import { search } from '../../graph/read/search';
import { filterText, pageWindow } from '../arguments';
import type { Context } from '../context';

interface SearchArgs {
  text: string;
  kinds?: EntityKind[] | null;
  first: number;
  after?: string | null;
}

export const searchQueries = {
  search: (_: unknown, args: SearchArgs, { graph }: Context) =>
    search(graph, filterText('text', args.text).text, args.kinds ?? undefined, pageWindow('Query.search', args, 10)),
};
