// New keys (and ids) of entities and the keys of their mentions (keys v2
// migration). $entities: id, newId, key, aliasKeys, curatedAliasKeys, mentionKeys
// (a map from surface to key).
UNWIND $entities AS row
MATCH (e:Entity {id: row.id})
SET e.id = row.newId, e.key = row.key, e.aliasKeys = row.aliasKeys,
    e.curatedAliasKeys = CASE WHEN e.curatedAliasKeys IS NULL THEN null ELSE row.curatedAliasKeys END
WITH e, row
CALL (e, row) {
  MATCH (:Sentence)-[m:MENTIONS]->(e)
  SET m.key = row.mentionKeys[m.surface]
}
WITH row WHERE row.newId <> row.id
MATCH (j:ResolutionJudgement {entityId: row.id})
SET j.entityId = row.newId
