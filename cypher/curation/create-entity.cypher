// A curated entity. Its labels come from the model's allow-list (src/model);
// what the curator gave is kept apart in curatedAliases/curatedAliasKeys/
// curatedRoles, so that deleting a document never takes it away.
CREATE (e:Entity {
  id: $id, kind: $kind, name: $name, key: $key,
  aliases: $aliases, aliasKeys: $aliasKeys, roles: $roles,
  curatedAliases: $aliases, curatedAliasKeys: $curatedAliasKeys, curatedRoles: $roles,
  curated: true, createdBy: 'curator', createdAt: datetime()
})
SET e:$($labels)
RETURN e {.id, .kind, .name, .roles} AS entity
