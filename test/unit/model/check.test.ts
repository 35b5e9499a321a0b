import {
  checkOntology,
  entityGroups,
  entityKinds,
  factProperties,
  relations,
  roles,
  type OntologyTables,
} from '../../../src/model';

function tables(change: (t: OntologyTables) => void): OntologyTables {
  const copy = structuredClone({
    entityKinds,
    roles,
    relations,
    entityGroups,
    factProperties,
  }) as unknown as OntologyTables;
  change(copy);
  return copy;
}

describe('checkOntology', () => {
  it('accepts the project ontology', () => {
    expect(() => checkOntology({ entityKinds, roles, relations, entityGroups, factProperties })).not.toThrow();
  });

  it.each<[string, (t: OntologyTables) => void, RegExp]>([
    [
      'a kind not in PascalCase',
      (t) => void (t.entityKinds.place_thing = { labels: ['place_thing'], description: '' }),
      /Entity kind "place_thing" must be a PascalCase name/,
    ],
    [
      'labels not ending with the kind',
      (t) => void (t.entityKinds.Person = { labels: ['Human'], description: '' }),
      /Entity kind "Person" must end its labels with its own name/,
    ],
    [
      'a role named like a kind',
      (t) => void (t.roles.City = { kinds: ['City'], description: '' }),
      /Role "City" has the name of an entity kind/,
    ],
    [
      'a role with an unknown kind',
      (t) => void (t.roles.Diplomat = { kinds: ['Robot' as never], description: '' }),
      /Role "Diplomat" allows unknown entity kind "Robot"/,
    ],
    [
      'a relation not in UPPER_SNAKE_CASE',
      (t) => void (t.relations.metWith = t.relations.MET_WITH!),
      /Relation "metWith" must be an UPPER_SNAKE_CASE name/,
    ],
    [
      'a relation without source kinds',
      (t) => void (t.relations.GOVERNS = { ...t.relations.GOVERNS!, from: [] }),
      /Relation "GOVERNS" allows no source kind/,
    ],
    [
      'a relation without target kinds',
      (t) => void (t.relations.GOVERNS = { ...t.relations.GOVERNS!, to: [] }),
      /Relation "GOVERNS" allows no target kind/,
    ],
    [
      'an unknown source kind',
      (t) => void (t.relations.GOVERNS = { ...t.relations.GOVERNS!, from: ['Robot' as never] }),
      /Relation "GOVERNS" has unknown source kind "Robot"/,
    ],
    [
      'an unknown target kind',
      (t) => void (t.relations.GOVERNS = { ...t.relations.GOVERNS!, to: ['Moon' as never] }),
      /Relation "GOVERNS" has unknown target kind "Moon"/,
    ],
    [
      'a key property that does not exist',
      (t) => void (t.relations.VISITED = { ...t.relations.VISITED!, keyProperties: ['weather'] }),
      /Relation "VISITED" has key property "weather" that is not one of its properties/,
    ],
    [
      'a symmetric relation with different ends',
      (t) => void (t.relations.MET_WITH = { ...t.relations.MET_WITH!, to: ['Person'] }),
      /Symmetric relation "MET_WITH" must allow the same kinds at both ends/,
    ],
    [
      'a relation property that is not a fact property',
      (t) =>
        void (t.relations.VISITED = {
          ...t.relations.VISITED!,
          properties: { ...t.relations.VISITED!.properties, weather: { type: 'text', description: '' } } as never,
        }),
      /Relation "VISITED" has property "weather", which is not a fact property/,
    ],
    [
      'a relation property of another type than the fact property',
      (t) =>
        void (t.relations.INVESTS_IN = {
          ...t.relations.INVESTS_IN!,
          properties: { stake: { type: 'text', description: '' } },
        }),
      /Relation "INVESTS_IN" gives property "stake" type text; as a fact property it is percent/,
    ],
    [
      'a kind whose group label is not an entity group',
      (t) => void (t.entityKinds.City = { labels: ['Settlement', 'City'], description: '' }),
      /Entity kind "City" has label "Settlement", which is not an entity group/,
    ],
    [
      'a fact list of an unknown relation',
      (t) =>
        void (t.entityGroups.Place = {
          description: '',
          factLists: { buyers: { relation: 'BUYS', direction: 'in', description: '' } },
        }),
      /Fact list "Place.buyers" has unknown relation "BUYS"/,
    ],
    [
      'a kind repeating a fact list of its group',
      (t) =>
        void (t.entityKinds.Region = {
          ...t.entityKinds.Region!,
          factLists: { investors: { relation: 'INVESTS_IN', direction: 'in', description: '' } },
        }),
      /Entity kind "Region" has fact list "investors" that its group has already/,
    ],
  ])('rejects %s', (_name, change, message) => {
    expect(() => checkOntology(tables(change))).toThrow(message);
  });
});
