/**
 * holders: who held a post of an entity (by default the posts: GOVERNS, HOLDS_POSITION,
 * REPRESENTS, ACCREDITED_TO facts that end at it), on a date when asOf is given, each with the
 * fact and its evidence (cypher/read/holders.cypher). Fact.endedBy's document is read here too.
 */
import { tenureRelations, type RelationType } from '../../model';
import type { Graph } from '../driver';
import { int } from '../integer';
import type { DocumentRef } from '../statements';
import { evidenceParams, reviewedOnly, toFact, type EvidenceRequest, type Fact, type ReviewedFilter } from './shapes';

/** At most this many holders are returned (newest start first). */
export const holdersLimit = 200;

export interface Holder {
  entity: Fact['from'];
  fact: Fact;
  /** The span the answer used: validFrom (else firstSeen) to validTo (stated or inferred; null: still holds). */
  since: string | null;
  until: string | null;
}

export interface HoldersRequest {
  of: string;
  types: readonly RelationType[];
  asOf: string | null;
  /** ONLY keeps the facts an editor accepted or corrected; INCLUDE (when not given) every fact not rejected. */
  reviewed?: ReviewedFilter;
  evidence: EvidenceRequest;
}

/** The holders, or null when there is no entity with the id. */
export async function readHolders(graph: Graph, request: HoldersRequest): Promise<Holder[] | null> {
  const [row] = await graph.read('read/holders', {
    of: request.of,
    types: request.types,
    tenureTypes: tenureRelations,
    asOf: request.asOf,
    reviewedOnly: reviewedOnly(request.reviewed),
    limit: int(holdersLimit),
    ...evidenceParams(request.evidence),
  });
  if (!row?.found) return null;
  return row.facts.map((stored) => {
    const fact = toFact(stored);
    return { entity: fact.from, fact, since: fact.validFrom ?? fact.firstSeen, until: fact.validTo };
  });
}

/** A document as a DocumentRef, or null when it is gone. */
export async function readDocumentRef(graph: Graph, id: string): Promise<DocumentRef | null> {
  const [row] = await graph.read('read/document-ref', { id });
  return row ?? null;
}
