// After a document is gone: the aliases, keys and roles of the entities it
// mentioned are rebuilt from their remaining mentions (plus what curators
// added); an entity left with no mention, no fact and no curation is removed.
// Lists are deduplicated by DISTINCT over rows, not by a reduce that tests
// `IN acc` per element (quadratic in an entity's mentions).
// ANY_FACT_TYPE in a pattern is written out as every fact type of the model when the statement is loaded
// (src/graph/cypher.ts): besides testing $types, it makes Neo4j read no MENTIONS of an entity.
UNWIND $entityIds AS entityId
MATCH (e:Entity {id: entityId})
CALL (e) {
  OPTIONAL MATCH (:Sentence)-[m:MENTIONS]->(e)
  RETURN collect(DISTINCT m.surface) AS surfaces, collect(DISTINCT m.key) AS keys, count(m) AS mentions
}
CALL (e) {
  OPTIONAL MATCH (:Sentence)-[m:MENTIONS]->(e)
  UNWIND coalesce(m.roles, []) AS role
  RETURN collect(DISTINCT role) AS roles
}
SET e.aliases = [a IN surfaces WHERE a <> e.name] + [a IN coalesce(e.curatedAliases, []) WHERE NOT a IN surfaces],
    e.aliasKeys = [e.key] + [k IN keys WHERE k <> e.key]
      + [k IN coalesce(e.curatedAliasKeys, []) WHERE k <> e.key AND NOT k IN keys],
    e.roles = roles + [r IN coalesce(e.curatedRoles, []) WHERE NOT r IN roles]
WITH e, mentions
WHERE mentions = 0 AND NOT coalesce(e.curated, false) AND NOT EXISTS { (e)-[r:ANY_FACT_TYPE]-(:Entity) WHERE type(r) IN $factTypes }
DETACH DELETE e
RETURN count(*) AS removedEntities
