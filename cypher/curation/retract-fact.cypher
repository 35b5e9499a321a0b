// Removes a fact and all its evidence. The fact is found through its evidence
// (indexed by factId; every fact has some: extracted or the curator's), which
// also names its type and endpoints.
MATCH (v:Evidence {factId: $id})
WITH DISTINCT v.type AS type, v.fromId AS fromId, v.toId AS toId
MATCH (a:Entity {id: fromId})-[r:$(type) {factId: $id}]->(b:Entity {id: toId})
WITH a, b, r, type(r) AS type LIMIT 1
CALL (r) {
  MATCH (v:Evidence {factId: r.factId})
  DETACH DELETE v
  RETURN count(v) AS evidenceRemoved
}
DELETE r
RETURN {id: $id, type: type, from: a {.id, .kind, .name, .roles}, to: b {.id, .kind, .name, .roles},
        evidenceRemoved: evidenceRemoved} AS retracted
