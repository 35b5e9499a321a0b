// What an upsert finds at an entity id: the entity, and whether a merge turned
// an entity of this id into a placeholder (and into which entity).
OPTIONAL MATCH (e:Entity {id: $id})
RETURN e {.id, .kind, .name, .roles} AS entity,
  head(COLLECT { MATCH (:MergedEntity {id: $id})-[:SAME_AS]->(k) RETURN k.id AS keepId }) AS mergedInto
