// The fact a judgement is about, found through its evidence (every fact has
// some), with its write lock taken: a concurrent judgement on the same fact
// waits here until this transaction ends, then reads the judgements this one
// left (each judgement names the one it follows, so there is one chain).
MATCH (v:Evidence {factId: $factId})
WITH DISTINCT v.type AS type, v.fromId AS fromId, v.toId AS toId
MATCH (:Entity {id: fromId})-[r:$(type) {factId: $factId}]->(:Entity {id: toId})
WITH r LIMIT 1
SET r.reviewLock = true
REMOVE r.reviewLock
RETURN type(r) AS type, startNode(r).id AS fromId, endNode(r).id AS toId, properties(r) AS props
