/** The measured operations, in the order they run (writes last). */
import { connectionsOp } from './connections';
import { entityOp } from './entity';
import { graphViewOp } from './graph-view';
import { ingestOp } from './ingest';
import { investorsOp } from './investors';
import { neighbourhoodOp } from './neighbourhood';
import { searchOp } from './search';
import type { BenchOp } from './types';

export const ops: BenchOp<never>[] = [
  // entity(id): own fields
  entityOp,
  // search(text): full text over folded names and aliases, ranked in the service
  searchOp,
  // investments(where: {target}): the investors of a plant
  investorsOp,
  // connections(from, to, maxHops: 4) between two officials
  connectionsOp,
  // graphView(depth: 2, limit: 500)
  graphViewOp,
  // graphView(depth: 1): the neighbourhood, comparable with the peer
  neighbourhoodOp,
  // ingestDocument: one article (writes; last)
  ingestOp,
] as BenchOp<never>[];
