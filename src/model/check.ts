/**
 * Invariants of the ontology tables, checked when the model loads. Each broken
 * invariant has its own message.
 */
import type { EntityKindSpec, RelationSpec, RoleSpec } from './ontology';

export class OntologyError extends Error {
  override name = 'OntologyError';
}

export interface OntologyTables {
  entityKinds: Record<string, EntityKindSpec>;
  roles: Record<string, RoleSpec>;
  relations: Record<string, RelationSpec>;
}

const constantName = /^[A-Z][A-Z_]*$/;
const pascalName = /^[A-Z][A-Za-z]*$/;

export function checkOntology({ entityKinds, roles, relations }: OntologyTables): void {
  for (const kind of Object.keys(entityKinds)) {
    if (!pascalName.test(kind)) throw new OntologyError(`Entity kind "${kind}" must be a PascalCase name`);
    const labels = entityKinds[kind]!.labels;
    if (labels[labels.length - 1] !== kind)
      throw new OntologyError(`Entity kind "${kind}" must end its labels with its own name`);
  }
  for (const [role, spec] of Object.entries(roles)) {
    if (!pascalName.test(role)) throw new OntologyError(`Role "${role}" must be a PascalCase name`);
    if (Object.hasOwn(entityKinds, role)) throw new OntologyError(`Role "${role}" has the name of an entity kind`);
    for (const kind of spec.kinds) {
      if (!Object.hasOwn(entityKinds, kind))
        throw new OntologyError(`Role "${role}" allows unknown entity kind "${kind}"`);
    }
  }
  for (const [type, spec] of Object.entries(relations)) {
    if (!constantName.test(type)) throw new OntologyError(`Relation "${type}" must be an UPPER_SNAKE_CASE name`);
    if (spec.from.length === 0) throw new OntologyError(`Relation "${type}" allows no source kind`);
    if (spec.to.length === 0) throw new OntologyError(`Relation "${type}" allows no target kind`);
    for (const kind of spec.from) {
      if (!Object.hasOwn(entityKinds, kind))
        throw new OntologyError(`Relation "${type}" has unknown source kind "${kind}"`);
    }
    for (const kind of spec.to) {
      if (!Object.hasOwn(entityKinds, kind))
        throw new OntologyError(`Relation "${type}" has unknown target kind "${kind}"`);
    }
    for (const key of spec.keyProperties) {
      if (!Object.hasOwn(spec.properties, key)) {
        throw new OntologyError(`Relation "${type}" has key property "${key}" that is not one of its properties`);
      }
    }
    if (spec.symmetric && spec.from.join() !== spec.to.join()) {
      throw new OntologyError(`Symmetric relation "${type}" must allow the same kinds at both ends`);
    }
  }
}
