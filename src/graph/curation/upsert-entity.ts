/**
 * A curator creates an entity (no id) or updates one (with id): name, aliases
 * and roles. What the curator gives is kept in curatedAliases, curatedAliasKeys
 * and curatedRoles (document deletion keeps it) and merged into the entity's
 * aliases, aliasKeys and roles; the entity becomes curated, so it is never
 * removed automatically. One write transaction.
 */
import { badInput, notFound, SilkgraphError } from '../../errors';
import { foldKey } from '../../model/fold';
import { entityId } from '../../model/ids';
import { entityKinds, isEntityKind, roles as roleTable, type EntityKind, type Role } from '../../model';
import { recordChange, systemAuthor } from '../audit/record-change';
import type { Graph } from '../driver';
import { boundedList, inputLimits, nameText } from '../../input-limits';
import { unique, type EntityRef } from './input';

export interface UpsertEntityInput {
  id?: string | null;
  name: string;
  kind: string;
  aliases?: string[] | null;
  roles?: string[] | null;
}

function checkRoles(kind: EntityKind, given: string[]): Role[] {
  for (const role of given) {
    const spec = (roleTable as Record<string, { kinds: readonly string[] }>)[role];
    if (!spec) throw badInput('input.roles', `unknown role ${JSON.stringify(role)}`);
    if (!spec.kinds.includes(kind)) {
      throw badInput('input.roles', `a ${kind} cannot have the role ${role} (allowed for: ${spec.kinds.join(', ')})`);
    }
  }
  return unique(given) as Role[];
}

/** The name, its key, and the curated aliases (without the name) with their keys. */
function names(input: UpsertEntityInput) {
  const name = nameText('input.name', input.name, inputLimits.name);
  const key = foldKey(name);
  if (key === '') throw badInput('input.name', 'must contain letters or digits');
  const aliases =
    input.aliases == null
      ? null
      : unique(
          boundedList('input.aliases', input.aliases, inputLimits.aliases).map((alias, i) =>
            nameText(`input.aliases[${i}]`, alias, inputLimits.alias),
          ),
        ).filter((a) => a !== name);
  const aliasKeys = aliases === null ? null : unique(aliases.map(foldKey)).filter((k) => k !== '');
  return { name, key, aliases, aliasKeys };
}

/** `by`: who the audit log records as writing it (an API key's name, or "system"). */
export async function upsertEntity(graph: Graph, input: UpsertEntityInput, by = systemAuthor): Promise<EntityRef> {
  if (!isEntityKind(input.kind)) throw badInput('input.kind', `unknown entity kind ${JSON.stringify(input.kind)}`);
  const kind = input.kind;
  const { name, key, aliases, aliasKeys } = names(input);
  const roles = input.roles == null ? null : checkRoles(kind, input.roles);

  return graph
    .writeTransaction(async (tx) => {
      if (input.id == null) {
        const id = entityId(kind, key);
        const [state] = await tx.run('curation/entity-state', { id });
        const existing = state?.entity;
        if (existing) {
          throw badInput(
            'input.id',
            `an entity with this name and kind exists (id ${JSON.stringify(id)}, ${existing.name}); pass its id to update it`,
          );
        }
        if (state?.mergedInto) {
          throw badInput(
            'input.id',
            `the entity ${JSON.stringify(id)} was merged into ${JSON.stringify(state.mergedInto)}; update that one, or unmerge`,
          );
        }
        const [row] = await tx.run('curation/create-entity', {
          id,
          kind,
          name,
          key,
          labels: [...entityKinds[kind].labels],
          aliases: aliases ?? [],
          aliasKeys: unique([key, ...(aliasKeys ?? [])]),
          curatedAliasKeys: aliasKeys ?? [],
          roles: roles ?? [],
        });
        await recordChange(tx, {
          by,
          operation: 'UPSERT_ENTITY',
          entityIds: [id],
          after: { kind, name, aliases: aliases ?? [], roles: roles ?? [] },
        });
        return row!.entity;
      }

      const [state] = await tx.run('curation/entity-state', { id: input.id });
      const existing = state?.entity;
      if (!existing) {
        if (state?.mergedInto) {
          throw new SilkgraphError(
            'NOT_FOUND',
            `The entity ${JSON.stringify(input.id)} was merged into ${JSON.stringify(state.mergedInto)}; update that one, or unmerge`,
            { id: input.id, mergedInto: state.mergedInto },
          );
        }
        throw notFound('entity', input.id);
      }
      if (existing.kind !== kind) {
        throw badInput(
          'input.kind',
          `cannot change the kind of an entity (${existing.kind}); create a new entity instead`,
        );
      }
      const [row] = await tx.run('curation/update-entity', { id: input.id, name, key, aliases, aliasKeys, roles });
      // The curator's own fields (null: left as they were).
      await recordChange(tx, {
        by,
        operation: 'UPSERT_ENTITY',
        entityIds: [input.id],
        before: { name: existing.name, roles: existing.roles },
        after: { name, aliases, roles },
      });
      return row!.entity;
    })
    .catch((error: unknown) => {
      // Another transaction created the same entity between the check and the write.
      if ((error as { code?: string }).code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
        throw badInput('input.id', 'an entity with this name and kind was just created; pass its id to update it');
      }
      throw error;
    });
}
