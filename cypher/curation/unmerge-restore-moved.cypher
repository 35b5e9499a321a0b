// Facts that moved to the kept entity move back under their old factId, with
// whatever properties they have now. A fact retracted since stays retracted.
UNWIND $moves AS mv
MATCH (:Entity {id: mv.newFromId})-[r:$(mv.type) {factId: mv.newFactId}]->(:Entity {id: mv.newToId})
MATCH (a:Entity {id: mv.fromId})
MATCH (b:Entity {id: mv.toId})
WITH mv, a, b, r, properties(r) AS props
DELETE r
CREATE (a)-[n:$(mv.type)]->(b)
SET n = props, n.factId = mv.factId
RETURN count(n) AS restored
