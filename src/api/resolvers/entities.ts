import type { GraphQLResolveInfo } from 'graphql';
import { notFound } from '../../errors';
import { readEntities, readEntity, type EntityFilter } from '../../graph/read/entities';
import { filterText, pageSize } from '../arguments';
import type { Context } from '../context';
import { child, path, rootTree } from '../lookahead';
import { entityShape } from './entity-shape';

interface EntitiesArgs {
  where?: EntityFilter | null;
  orderBy: 'NAME_ASC' | 'NAME_DESC';
  first: number;
  after?: string | null;
}

export const entityQueries = {
  entity: async (_: unknown, { id }: { id: string }, { graph }: Context, info: GraphQLResolveInfo) => {
    const entity = await readEntity(graph, id, entityShape(rootTree(info)));
    if (!entity) throw notFound('entity', id);
    return entity;
  },
  entities: (_: unknown, args: EntitiesArgs, { graph }: Context, info: GraphQLResolveInfo) => {
    const tree = rootTree(info);
    const where = args.where ?? {};
    return readEntities(graph, {
      where: where.name == null ? where : { ...where, name: filterText('where.name', where.name).text },
      descending: args.orderBy === 'NAME_DESC',
      first: pageSize('first', args.first),
      after: args.after ?? undefined,
      withTotal: child(tree, 'totalCount') !== undefined,
      shape: entityShape(path(tree, 'edges', 'node')),
    });
  },
};
