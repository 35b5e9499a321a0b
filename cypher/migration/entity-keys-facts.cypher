// The facts of entities whose id changed, with what their factId is made of.
UNWIND $ids AS id
MATCH (:Entity {id: id})-[r]-(:Entity)
WHERE type(r) IN $factTypes
WITH DISTINCT r
RETURN elementId(r) AS rel, type(r) AS type, r.factId AS factId, startNode(r).id AS fromId, endNode(r).id AS toId,
  properties(r) AS props
