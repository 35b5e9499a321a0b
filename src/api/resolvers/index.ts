/**
 * Resolvers are thin: arguments in, one src/graph or src/ingest function, result out.
 * One file per area, listed here.
 */
import type { Context } from '../context';
import { scalars } from '../scalars';
import { databaseInfo } from '../../graph/database-info';
import { documentMutations } from './documents';

export const resolvers = {
  ...scalars,
  Query: {
    databaseInfo: (_: unknown, __: unknown, { graph }: Context) => databaseInfo(graph),
  },
  Mutation: documentMutations,
};
