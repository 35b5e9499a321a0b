/**
 * The GraphQL operations the viewer sends, each with a builder for its
 * variables and the shape of its answer. Pure: no fetch here (see api.ts).
 * Field lists are spelled out once (entityFields, factFields) and reused; a fact's properties
 * come from the model, so a new one is asked for and shown with no edit here.
 */
import { factPropertyNames, type FactFields } from '../../src/model';

export interface EntityRef {
  id: string;
  kind: string;
  name: string;
  roles: string[];
}

export interface DocumentRef {
  id: string;
  title: string | null;
  url: string | null;
  publishedAt: string | null;
}

export interface Evidence {
  quote: string;
  document: DocumentRef;
}

/** A page of a connection (Relay): its items under edges[].node; hasNextPage when the list goes on. */
export interface Connection<T> {
  edges: { node: T }[];
  pageInfo: { hasNextPage: boolean };
}

/** A fact as the viewer asks for it: the fields the server shares (src/model/fact-shape.ts), with its ends and first quotes. */
export interface Fact extends FactFields {
  from: EntityRef;
  to: EntityRef;
  /** The first quotes; hasNextPage when the fact has more. */
  evidence: Connection<Evidence>;
}

export interface GraphNode extends EntityRef {
  aliases: string[];
}

export interface GraphViewAnswer {
  graphView: { truncated: boolean; nodes: GraphNode[]; edges: Fact[] };
}

export interface SearchHit {
  entity: EntityRef;
  matched: string;
  score: number;
}

export interface SearchAnswer {
  search: { edges: { node: SearchHit }[] };
}

export interface EntityProfile extends GraphNode {
  facts: { totalCount: number; edges: { node: Fact }[] };
  documents: { totalCount: number; edges: { node: DocumentRef }[] };
}

export interface EntityAnswer {
  /** null when the id is not (or no longer) an entity. */
  entity: EntityProfile | null;
}

/** A path's hops in walk order; each fact is shown in its own direction (fact.from, fact.to). */
export interface Path {
  length: number;
  hops: { fact: Fact }[];
}

export interface ConnectionsAnswer {
  connections: Path[];
}

export interface InvestmentsAnswer {
  investments: { totalCount: number; edges: { node: Fact }[] };
}

export interface Operation<V> {
  query: string;
  variables: V;
}

const entityFields = 'id kind name roles';
const documentFields = 'id title url publishedAt';
const factFields = (evidence: number) =>
  `id type label symmetric status confidence sourceCount ${factPropertyNames.join(' ')} ` +
  `from { ${entityFields} } to { ${entityFields} } ` +
  `evidence(first: ${evidence}) { edges { node { quote document { ${documentFields} } } } pageInfo { hasNextPage } }`;

/** How many quotes each fact brings along. */
export const evidencePerFact = 3;
/** Documents listed in a profile. */
export const profileDocuments = 5;
/** Suggestions shown under a search box. */
export const suggestionCount = 8;
/** Facts listed in a profile. */
export const profileFacts = 50;
/** Investors listed for one target (MAX_QUERY_COST's default, 20000, allows about 35 with their evidence pages). */
export const investorCount = 30;
/** Paths asked for between two entities. */
export const pathCount = 3;

export function searchQuery(text: string, first = suggestionCount): Operation<{ text: string; first: number }> {
  return {
    query: `query ViewerSearch($text: String!, $first: Int) { search(text: $text, first: $first) { edges { node { entity { ${entityFields} } matched score } } } }`,
    variables: { text: text.trim(), first },
  };
}

export function graphViewQuery(
  ids: readonly string[],
  depth: number,
  limit: number | null,
  asOf: string | null = null,
): Operation<{ ids: string[]; depth: number; limit: number | null; asOf: string | null }> {
  return {
    query:
      'query ViewerGraph($ids: [ID!]!, $depth: Int, $limit: Int, $asOf: String) ' +
      '{ graphView(ids: $ids, depth: $depth, limit: $limit, asOf: $asOf) ' +
      `{ truncated nodes { ${entityFields} aliases } edges { ${factFields(evidencePerFact)} } } }`,
    variables: { ids: [...new Set(ids)], depth, limit, asOf },
  };
}

export function entityQuery(
  id: string,
  asOf: string | null = null,
): Operation<{ id: string; first: number; asOf: string | null }> {
  return {
    query:
      `query ViewerEntity($id: ID!, $first: Int, $asOf: String) { entity(id: $id) { ${entityFields} aliases ` +
      `facts(first: $first, asOf: $asOf) { totalCount edges { node { ${factFields(1)} } } } ` +
      `documents(first: ${profileDocuments}) { totalCount edges { node { ${documentFields} } } } } }`,
    variables: { id, first: profileFacts, asOf },
  };
}

export function connectionsQuery(
  from: string,
  to: string,
  asOf: string | null = null,
  first = pathCount,
): Operation<{ from: string; to: string; first: number; asOf: string | null }> {
  return {
    query:
      'query ViewerPaths($from: ID!, $to: ID!, $first: Int, $asOf: String) ' +
      '{ connections(from: $from, to: $to, first: $first, asOf: $asOf) ' +
      `{ length hops { fact { ${factFields(evidencePerFact)} } } } }`,
    variables: { from, to, first, asOf },
  };
}

export function investmentsQuery(
  target: string,
  asOf: string | null = null,
): Operation<{ target: string; asOf: string | null }> {
  return {
    query:
      'query ViewerInvestors($target: ID!, $asOf: String) ' +
      `{ investments(where: { target: $target }, first: ${investorCount}, asOf: $asOf) ` +
      `{ totalCount edges { node { ${factFields(evidencePerFact)} } } } }`,
    variables: { target, asOf },
  };
}

export interface EntityRefAnswer {
  /** null when the id is not (or no longer) an entity. */
  entity: EntityRef | null;
}

export function entityRefQuery(id: string): Operation<{ id: string }> {
  return { query: `query ViewerEntityRef($id: ID!) { entity(id: $id) { ${entityFields} } }`, variables: { id } };
}
