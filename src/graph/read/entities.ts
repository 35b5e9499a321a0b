import { containmentRelations, type EntityKind, type Role } from '../../model';
import { foldKey } from '../../model/fold';
import { int, type Graph } from '../driver';
import { entityParams, toEntityRecord, type EntityRecord, type EntityShape } from './entity';
import { placeInterior } from './place-interior';
import { decodeCursor, toPage, type Page } from './shapes';

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
  first: number;
  after?: string;
  withTotal: boolean;
  shape: EntityShape;
}

export async function readEntities(graph: Graph, request: EntitiesRequest): Promise<Page<EntityRecord>> {
  const [afterName, afterId] = request.after ? (decodeCursor(request.after, 2) as string[]) : [null, null];
  const nameKey = request.where.name ? foldKey(request.where.name) : null;
  const [row] = await graph.read('read/entities', {
    ids: request.where.ids ?? null,
    kinds: request.where.kinds?.length ? request.where.kinds : null,
    roles: request.where.roles?.length ? request.where.roles : null,
    nameKey: nameKey || null,
    within: request.where.within ?? null,
    interior: request.where.within ? await placeInterior(graph, request.where.within) : [],
    containment: containmentRelations,
    descending: request.descending,
    afterName,
    afterId,
    first: int(request.first),
    withTotal: request.withTotal,
    ...entityParams(request.shape),
  });
  const records = (row!.page as Parameters<typeof toEntityRecord>[0][]).map((entity) =>
    toEntityRecord(entity, request.shape),
  );
  return toPage(records, request, (e) => [e.name, e.id], row!.totalCount === null ? null : Number(row!.totalCount));
}

/** One entity with what the request selected, or undefined. */
export async function readEntity(graph: Graph, id: string, shape: EntityShape): Promise<EntityRecord | undefined> {
  const page = await readEntities(graph, {
    where: { ids: [id] },
    descending: false,
    first: 1,
    withTotal: false,
    shape,
  });
  return page.edges[0]?.node;
}
