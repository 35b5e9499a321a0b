import { containmentRelations, placeAnchorRelations, type EntityKind, type Role } from '../../model';
import { foldKey } from '../../model/fold';
import type { Graph } from '../driver';
import { int } from '../integer';
import type { ParamsOf } from '../statements';
import { entityParams, toEntityRecord, type EntityRecord, type EntityShape } from './entity';
import { fetchSize, forward, pageKeys, toPage, type KeyedList, type Page, type PageWindow } from './paging';
import { placeInterior } from './place-interior';

export interface EntityFilter {
  ids?: string[];
  kinds?: EntityKind[];
  roles?: Role[];
  name?: string;
  within?: string;
}

export interface EntitiesRequest {
  where: EntityFilter;
  descending: boolean;
  window: PageWindow;
  withTotal: boolean;
  shape: EntityShape;
}

/** Entities by [name, id]. */
const entitiesList: KeyedList = { name: 'entities', shape: ['string', 'string'] };

/**
 * The parameters of cypher/read/entities.cypher. The statement reads between two bounds in
 * ascending (name, id) terms, in one direction: after/before are bounds in the list's order
 * (NAME_ASC or NAME_DESC), and last/before reads from the list's end. `interior` is what the
 * gazetteer puts inside the `within` place (placeInterior).
 */
export function entitiesParams(request: EntitiesRequest, interior: string[] = []): ParamsOf<'read/entities'> {
  const { after, before } = pageKeys(request.window, entitiesList);
  const nameKey = request.where.name ? foldKey(request.where.name) : null;
  return {
    ids: request.where.ids ?? null,
    kinds: request.where.kinds?.length ? request.where.kinds : null,
    roles: request.where.roles?.length ? request.where.roles : null,
    nameKey: nameKey || null,
    within: request.where.within ?? null,
    interior,
    containment: containmentRelations,
    placeAnchors: placeAnchorRelations,
    lower: request.descending ? before : after,
    upper: request.descending ? after : before,
    scanDescending: request.descending !== request.window.backward,
    limit: int(fetchSize(request.window)),
    withTotal: request.withTotal,
    ...entityParams(request.shape),
  };
}

export async function readEntities(graph: Graph, request: EntitiesRequest): Promise<Page<EntityRecord>> {
  const interior = request.where.within ? await placeInterior(graph, request.where.within) : [];
  const [row] = await graph.read('read/entities', entitiesParams(request, interior));
  const records = row!.page.map((entity) => toEntityRecord(entity, request.shape));
  return toPage(
    records,
    request.window,
    entitiesList,
    (e) => [e.name, e.id],
    row!.totalCount === null ? null : Number(row!.totalCount),
  );
}

/** One entity with what the request selected, or undefined. */
export async function readEntity(graph: Graph, id: string, shape: EntityShape): Promise<EntityRecord | undefined> {
  if (!shape.facts && !shape.documents && !shape.investors && !shape.portfolio) {
    // Own fields only: the short statement (see cypher/read/entity-fields.cypher).
    const [row] = await graph.read('read/entity-fields', { id });
    return row && { ...row, facts: null, documents: null, investors: null, portfolio: null };
  }
  const page = await readEntities(graph, {
    where: { ids: [id] },
    descending: false,
    window: forward(1),
    withTotal: false,
    shape,
  });
  return page.edges[0]?.node;
}
