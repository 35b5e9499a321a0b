// The kept entity takes the names, keys and roles of the merged one (given
// as lists, computed by the caller); the merged entity becomes a placeholder,
// :MergedEntity instead of its entity labels ($labels, from the model's
// allow-list), its properties untouched, that is SAME_AS the kept one; the
// judgement gets its snapshot.
MATCH (j:MergeJudgement {id: $mergeId})
MATCH (k:Entity {id: $keepId})
MATCH (m:Entity {id: $mergedId})
SET k.aliases = $keep.aliases, k.aliasKeys = $keep.aliasKeys, k.roles = $keep.roles,
    k.curatedAliases = $keep.curatedAliases, k.curatedAliasKeys = $keep.curatedAliasKeys,
    k.curatedRoles = $keep.curatedRoles, k.curated = $keep.curated
REMOVE m:$($labels)
SET m:MergedEntity
CREATE (m)-[:SAME_AS {mergeId: j.id, at: j.at}]->(k)
SET j.snapshot = $snapshot
RETURN k {.id, .kind, .name, .roles} AS keep
