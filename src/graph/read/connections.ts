import { notFound } from '../../errors';
import type { EntityKind, RelationType } from '../../model';
import type { Graph } from '../driver';
import { int } from '../integer';
import type { ParamsOf } from '../statements';
import {
  asOfParams,
  evidenceParams,
  reviewedOnly,
  toFact,
  type EntityRef,
  type EvidenceRequest,
  type Fact,
  type ReviewedFilter,
} from './shapes';

export interface PathRequest {
  from: string;
  to: string;
  maxHops: number;
  types: RelationType[];
  excludeKinds: EntityKind[];
  first: number;
  evidence: EvidenceRequest;
  /** ONLY keeps the facts an editor accepted or corrected; INCLUDE (when not given) every fact not rejected. */
  reviewed?: ReviewedFilter;
  /** Only facts that held on this day (YYYY-MM-DD): see asOfParams. */
  asOf?: string | null;
}

/**
 * One step of a path. from/to are the fact's endpoints as stated (so a client
 * never reads "Fergana Region governs its khokim"); forward says whether the
 * walk crosses the fact from `from` to `to` (true) or against it (false).
 */
export interface Hop {
  from: EntityRef;
  to: EntityRef;
  forward: boolean;
  fact: Fact;
}

export interface Path {
  length: number;
  hops: Hop[];
}

/** The parameters of cypher/read/connections.cypher. */
export function connectionsParams(request: PathRequest): ParamsOf<'read/connections'> {
  return {
    from: request.from,
    to: request.to,
    maxHops: int(request.maxHops),
    types: request.types,
    excludeKinds: request.excludeKinds,
    first: int(request.first),
    reviewedOnly: reviewedOnly(request.reviewed),
    ...evidenceParams(request.evidence),
    ...asOfParams(request.asOf),
  };
}

export async function readConnections(graph: Graph, request: PathRequest): Promise<Path[]> {
  const [row] = await graph.read('read/connections', connectionsParams(request));
  if (!row!.fromFound) throw notFound('entity', request.from);
  if (!row!.toFound) throw notFound('entity', request.to);
  return row!.paths.map((path) => ({
    length: Number(path.length),
    hops: path.hops.map((hop) => {
      const fact = toFact(hop.fact);
      return { from: fact.from, to: fact.to, forward: hop.forward, fact };
    }),
  }));
}

export interface CommonConnection {
  entity: EntityRef;
  facts: Fact[];
}

export async function readCommonConnections(
  graph: Graph,
  request: {
    ids: string[];
    types: RelationType[];
    excludeKinds: EntityKind[];
    first: number;
    evidence: EvidenceRequest;
    /** ONLY keeps the facts an editor accepted or corrected; INCLUDE (when not given) every fact not rejected. */
    reviewed?: ReviewedFilter;
    asOf?: string | null;
  },
): Promise<CommonConnection[]> {
  const rows = await graph.read('read/common-connections', {
    ids: request.ids,
    types: request.types,
    excludeKinds: request.excludeKinds,
    first: int(request.first),
    reviewedOnly: reviewedOnly(request.reviewed),
    ...evidenceParams(request.evidence),
    ...asOfParams(request.asOf),
  });
  return rows.map((row) => ({ entity: row.entity, facts: row.facts.map(toFact) }));
}
