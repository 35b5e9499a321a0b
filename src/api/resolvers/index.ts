/**
 * Resolvers are thin: arguments in, one src/graph function, result out.
 * One file per root field area, listed here.
 */
import type { Context } from '../context';
import { databaseInfo } from '../../graph/database-info';

export const resolvers = {
  Query: {
    databaseInfo: (_: unknown, __: unknown, { graph }: Context) => databaseInfo(graph),
  },
};
