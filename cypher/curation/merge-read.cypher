// The two entities of a merge, locked (in id order) against concurrent
// writes, with what the merge reads of them: names, keys, lists, labels, and
// every fact of the entity to be merged (either direction, with properties).
// ANY_FACT_TYPE in a pattern is written out as every fact type of the model when the statement is loaded
// (src/graph/cypher.ts): besides testing $types, it makes Neo4j read no MENTIONS of an entity.
OPTIONAL MATCH (k:Entity {id: $keepId})
OPTIONAL MATCH (m:Entity {id: $mergedId})
WITH k, m
CALL (k, m) {
  UNWIND [n IN [k, m] WHERE n IS NOT NULL] AS n
  WITH n ORDER BY n.id
  SET n.curationLock = true
  REMOVE n.curationLock
}
RETURN
  k {.id, .kind, .name, .key, .aliases, .aliasKeys, .roles, .curatedAliases, .curatedAliasKeys, .curatedRoles, .curated}
    AS keep,
  m {.id, .kind, .name, .key, .aliases, .aliasKeys, .roles, .curatedAliases, .curatedAliasKeys, .curatedRoles, .curated,
     labels: labels(m)} AS merged,
  COLLECT {
    MATCH (m)-[r:ANY_FACT_TYPE]-(:Entity)
    WHERE type(r) IN $factTypes
    WITH DISTINCT r
    RETURN {type: type(r), factId: r.factId, fromId: startNode(r).id, toId: endNode(r).id, props: properties(r)} AS fact
    ORDER BY fact.factId
  } AS facts
