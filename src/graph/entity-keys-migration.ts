/**
 * The data part of migration 008 (keys v2, src/model/fold.ts): every stored
 * folded key is recomputed from the names it stands for (entity key, alias
 * keys, curated alias keys, mention keys, resolution judgement keys). An entity
 * whose id hashed its old key gets the id of its new key, with its facts'
 * factIds and their evidence, so that the graph is the one a fresh ingest
 * gives — except an entity a merge judgement refers to (the judgement's
 * snapshot holds its id for unmergeEntities): it keeps its id, and the report
 * says so. Names of one entity that an old key had merged but the new keys keep
 * apart are not silently kept together: each group is recorded as a
 * (:KeyCollision) node and listed in the report, for a curator to split.
 *
 * Each batch is its own transaction under the ingest lock, and everything is
 * recomputed from names, so a run cut short is simply run again; the
 * migration is recorded only after the last batch.
 */
import { foldKey } from '../model/fold';
import { entityId, factId } from '../model/ids';
import { matchKeys } from '../ingest/match-keys';
import { relations, relationTypes } from '../model';
import type { Graph, Transaction } from './driver';
import type { KeyCollision, KeysEntityRow } from './statements';
import { underIngestLock } from './ingest-document';

const batchSize = 500;

export interface EntityKeysReport {
  entitiesRekeyed: number;
  idsChanged: { from: string; to: string; name: string }[];
  /** Entities whose key changed but whose id stays, because a merge judgement refers to it. */
  idsKept: { id: string; name: string }[];
  collisions: KeyCollision[];
}

const unique = <T>(items: T[]): T[] => [...new Set(items)];

export async function migrateEntityKeys(graph: Graph): Promise<EntityKeysReport> {
  const report: EntityKeysReport = { entitiesRekeyed: 0, idsChanged: [], idsKept: [], collisions: [] };
  // Judgements first: their keys are found again through the mentions' old keys.
  await graph.writeTransaction((tx) => underIngestLock(tx, () => migrateJudgements(tx)));
  const ids = (await graph.read('migration/entity-ids')).map((row) => row.id);
  for (let start = 0; start < ids.length; start += batchSize) {
    const batch = ids.slice(start, start + batchSize);
    const part = await graph.writeTransaction((tx) => underIngestLock(tx, () => migrateEntities(tx, batch)));
    report.entitiesRekeyed += part.entitiesRekeyed;
    report.idsChanged.push(...part.idsChanged);
    report.idsKept.push(...part.idsKept);
    report.collisions.push(...part.collisions);
  }
  return report;
}

async function migrateJudgements(tx: Transaction): Promise<void> {
  const rows = await tx.run('migration/entity-keys-judgements');
  const judgements = rows
    .filter((row) => row.surfaces.length > 0)
    .map((row) => ({ id: row.id, keys: unique(row.surfaces.map(foldKey)).filter((k) => k !== '') }));
  if (judgements.length > 0) await tx.run('migration/entity-keys-set-judgements', { judgements });
}

async function migrateEntities(tx: Transaction, ids: string[]): Promise<EntityKeysReport> {
  const report: EntityKeysReport = { entitiesRekeyed: 0, idsChanged: [], idsKept: [], collisions: [] };
  const rows = await tx.run('migration/entity-keys-entities', { ids });
  const updates = rows.map((entity) => {
    const key = foldKey(entity.name);
    const surfaces = entity.mentions.map(([surface]) => surface);
    const curated = entity.curatedAliases ?? [];
    const names = unique([entity.name, ...entity.aliases, ...curated, ...surfaces]);
    // The id hashed the old key when the entity was named: it moves with the key, unless a merge holds it.
    const derived = entity.id === entityId(entity.kind, entity.key);
    const newId = derived && key !== entity.key && !entity.inMerge ? entityId(entity.kind, key) : entity.id;
    if (key !== entity.key) {
      report.entitiesRekeyed++;
      if (newId !== entity.id) report.idsChanged.push({ from: entity.id, to: newId, name: entity.name });
      else if (derived) report.idsKept.push({ id: entity.id, name: entity.name });
    }
    report.collisions.push(...collisions(entity, newId, key));
    return {
      id: entity.id,
      newId,
      key,
      aliasKeys: unique([key, ...names.flatMap(matchKeys)]),
      curatedAliasKeys: unique(curated.map(foldKey)).filter((k) => k !== ''),
      mentionKeys: Object.fromEntries(surfaces.map((surface) => [surface, foldKey(surface)])),
    };
  });
  await tx.run('migration/entity-keys-set-entities', { entities: updates });
  const moved = new Map(updates.filter((u) => u.newId !== u.id).map((u) => [u.newId, u.id]));
  if (moved.size > 0) await refreshFactIds(tx, [...moved.keys()]);
  if (report.collisions.length > 0)
    await tx.run('migration/entity-keys-record-collision', { collisions: report.collisions });
  return report;
}

/** Names with the same stored (old) key whose new keys differ: what the old key had merged. */
function collisions(entity: KeysEntityRow, newId: string, newKey: string): KeyCollision[] {
  const groups = new Map<string, Map<string, string>>();
  for (const [name, oldKey] of [[entity.name, entity.key] as [string, string], ...entity.mentions]) {
    const group = groups.get(oldKey) ?? new Map<string, string>();
    group.set(name, name === entity.name ? newKey : foldKey(name));
    groups.set(oldKey, group);
  }
  return [...groups].flatMap(([oldKey, group]) => {
    const keys = unique([...group.values()]).sort();
    if (keys.length < 2) return [];
    const names = [...group.keys()].sort();
    return [{ entityId: newId, name: entity.name, kind: entity.kind, oldKey, names, keys }];
  });
}

/** Facts of entities with new ids get the factIds those ids give (turned round when symmetric). */
async function refreshFactIds(tx: Transaction, ids: string[]): Promise<void> {
  const rows = await tx.run('migration/entity-keys-facts', { ids, factTypes: relationTypes });
  const facts = rows.flatMap((row) => {
    const type = row.type;
    const { status: _status, ...properties } = row.props;
    let [fromId, toId] = [row.fromId, row.toId];
    const reverse = relations[type].symmetric && toId < fromId;
    if (reverse) [fromId, toId] = [toId, fromId];
    const id = factId(type, fromId, toId, properties);
    if (id === row.factId && !reverse) return [];
    return [{ rel: row.rel, type, oldFactId: row.factId, factId: id, fromId, toId, reverse }];
  });
  if (facts.length > 0) await tx.run('migration/entity-keys-set-facts', { facts });
}

/** One line per finding, for the start-up log and `npm run db -- migrate`. */
export function describeEntityKeysReport(report: EntityKeysReport): string[] {
  return [
    `keys v2: ${report.entitiesRekeyed} entities re-keyed, ${report.idsChanged.length} of them with a new id`,
    ...report.idsKept.map(
      (e) => `keys v2: ${e.id} (${JSON.stringify(e.name)}) keeps its id because a merge judgement refers to it`,
    ),
    ...report.collisions.map(
      (c) =>
        `keys v2: key collision on ${c.kind} ${c.entityId} (${JSON.stringify(c.name)}): the old key ` +
        `${JSON.stringify(c.oldKey)} had merged ${c.names.map((n) => JSON.stringify(n)).join(', ')}, ` +
        `which the new keys (${c.keys.join(', ')}) keep apart; recorded as (:KeyCollision)`,
    ),
  ];
}
