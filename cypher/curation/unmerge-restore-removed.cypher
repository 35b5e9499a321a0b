// Facts the merge removed (they would have been loops) are created again
// from their archive; their evidence never moved.
MATCH (j:MergeJudgement {id: $mergeId})
UNWIND $removed AS f
MATCH (j)-[:ARCHIVED {role: 'removed', factId: f.factId}]->(x:ArchivedFact)
MATCH (a:Entity {id: f.fromId})
MATCH (b:Entity {id: f.toId})
CREATE (a)-[n:$(f.type)]->(b)
SET n = properties(x)
RETURN count(n) AS restored
