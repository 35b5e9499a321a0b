import type { GraphQLResolveInfo } from 'graphql';
import { readEntities, readEntity, type EntityFilter } from '../../graph/read/entities';
import { filterText, pageWindow, type PageArgs } from '../arguments';
import type { Context } from '../context';
import { child, path, rootTree } from '../lookahead';
import { entityShape } from './entity-shape';

interface EntitiesArgs extends PageArgs {
  where?: EntityFilter | null;
  orderBy: 'NAME_ASC' | 'NAME_DESC';
}

export const entityQueries = {
  // null for an unknown id: a lookup that finds nothing is an answer, not an error, and a
  // non-null field would null the whole batch it was asked in.
  entity: async (_: unknown, { id }: { id: string }, { graph }: Context, info: GraphQLResolveInfo) =>
    (await readEntity(graph, id, entityShape(rootTree(info)))) ?? null,
  entities: (_: unknown, args: EntitiesArgs, { graph }: Context, info: GraphQLResolveInfo) => {
    const tree = rootTree(info);
    const where = args.where ?? {};
    return readEntities(graph, {
      where: where.name == null ? where : { ...where, name: filterText('where.name', where.name).text },
      descending: args.orderBy === 'NAME_DESC',
      window: pageWindow('Query.entities', args, 20),
      withTotal: child(tree, 'totalCount') !== undefined,
      shape: entityShape(path(tree, 'edges', 'node')),
    });
  },
};
