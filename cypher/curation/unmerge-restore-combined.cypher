// Facts that were combined with a fact of the kept entity come apart: the
// kept fact gets back its archived properties, the absorbed one is created
// again from its archive. A combined fact retracted since stays retracted.
MATCH (j:MergeJudgement {id: $mergeId})
UNWIND $moves AS mv
MATCH (j)-[:ARCHIVED {role: 'kept', factId: mv.newFactId}]->(kept:ArchivedFact)
MATCH (j)-[:ARCHIVED {role: 'absorbed', factId: mv.factId}]->(absorbed:ArchivedFact)
MATCH (:Entity {id: mv.newFromId})-[s:$(mv.type) {factId: mv.newFactId}]-(:Entity {id: mv.newToId})
MATCH (a:Entity {id: mv.fromId})
MATCH (b:Entity {id: mv.toId})
SET s = properties(kept)
CREATE (a)-[n:$(mv.type)]->(b)
SET n = properties(absorbed)
RETURN count(n) AS restored
