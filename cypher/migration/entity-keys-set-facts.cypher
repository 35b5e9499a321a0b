// New factIds of facts whose endpoints got new ids, and of their evidence; a
// symmetric fact whose ids now sort the other way is turned round (its
// relationship recreated from the lower id, with every property).
UNWIND $facts AS f
MATCH ()-[r]->() WHERE elementId(r) = f.rel
SET r.factId = f.factId
WITH r, f
CALL (r, f) {
  MATCH (v:Evidence {factId: f.oldFactId})
  SET v.factId = f.factId, v.fromId = f.fromId, v.toId = f.toId,
    v.id = CASE WHEN v.id STARTS WITH f.oldFactId THEN f.factId + substring(v.id, size(f.oldFactId)) ELSE v.id END
}
WITH r, f WHERE f.reverse
MATCH (a)-[r]->(b)
CREATE (b)-[turned:$(f.type)]->(a)
SET turned = properties(r)
DELETE r
