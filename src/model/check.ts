/**
 * Invariants of the ontology tables, checked when the model loads. Each broken
 * invariant has its own message.
 */
import type { EntityGroupSpec, EntityKindSpec, PropertySpec, RelationSpec, RoleSpec } from './ontology';

export class OntologyError extends Error {
  override name = 'OntologyError';
}

export interface OntologyTables {
  entityKinds: Record<string, EntityKindSpec>;
  roles: Record<string, RoleSpec>;
  relations: Record<string, RelationSpec>;
  entityGroups: Record<string, EntityGroupSpec>;
  factProperties: Record<string, PropertySpec>;
}

const constantName = /^[A-Z][A-Z_]*$/;
const pascalName = /^[A-Z][A-Za-z]*$/;

export function checkOntology({ entityKinds, roles, relations, entityGroups, factProperties }: OntologyTables): void {
  for (const kind of Object.keys(entityKinds)) {
    if (!pascalName.test(kind)) throw new OntologyError(`Entity kind "${kind}" must be a PascalCase name`);
    const labels = entityKinds[kind]!.labels;
    if (labels[labels.length - 1] !== kind)
      throw new OntologyError(`Entity kind "${kind}" must end its labels with its own name`);
    const groupLists: Record<string, unknown> = {};
    for (const group of labels.slice(0, -1)) {
      if (!Object.hasOwn(entityGroups, group))
        throw new OntologyError(`Entity kind "${kind}" has label "${group}", which is not an entity group`);
      Object.assign(groupLists, entityGroups[group]!.factLists);
    }
    for (const [name, list] of Object.entries(entityKinds[kind]!.factLists ?? {})) {
      if (Object.hasOwn(groupLists, name))
        throw new OntologyError(`Entity kind "${kind}" has fact list "${name}" that its group has already`);
      if (!Object.hasOwn(relations, list.relation))
        throw new OntologyError(`Fact list "${kind}.${name}" has unknown relation "${list.relation}"`);
    }
  }
  for (const [group, spec] of Object.entries(entityGroups)) {
    for (const [name, list] of Object.entries(spec.factLists)) {
      if (!Object.hasOwn(relations, list.relation))
        throw new OntologyError(`Fact list "${group}.${name}" has unknown relation "${list.relation}"`);
    }
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
    for (const [name, property] of Object.entries(spec.properties)) {
      if (name === 'status') continue;
      const declared = factProperties[name];
      if (!declared) throw new OntologyError(`Relation "${type}" has property "${name}", which is not a fact property`);
      if (declared.type !== property.type)
        throw new OntologyError(
          `Relation "${type}" gives property "${name}" type ${property.type}; as a fact property it is ${declared.type}`,
        );
    }
    if (spec.symmetric && spec.from.join() !== spec.to.join()) {
      throw new OntologyError(`Symmetric relation "${type}" must allow the same kinds at both ends`);
    }
  }
}
