// The placeholder becomes the merged entity again, with the labels it had
// (as recorded by the merge), and the kept entity gets back the names, keys
// and roles it had before the merge.
MATCH (k:Entity {id: $keepId})
MATCH (m:MergedEntity {id: $mergedId})-[same:SAME_AS {mergeId: $mergeId}]->(k)
DELETE same
REMOVE m:MergedEntity
SET m:$($labels)
SET k.aliases = $keep.aliases, k.aliasKeys = $keep.aliasKeys, k.roles = $keep.roles,
    k.curatedAliases = $keep.curatedAliases, k.curatedAliasKeys = $keep.curatedAliasKeys,
    k.curatedRoles = $keep.curatedRoles, k.curated = $keep.curated
RETURN m {.id, .kind, .name, .roles} AS merged
