// Facts between the two merged entities (and loops on the merged one) would
// become loops: they are removed, their properties archived under the
// judgement. Their evidence stays as it is, unused until an unmerge.
MATCH (j:MergeJudgement {id: $mergeId})
UNWIND $removed AS f
MATCH (:Entity {id: f.fromId})-[r:$(f.type) {factId: f.factId}]->(:Entity {id: f.toId})
CREATE (j)-[:ARCHIVED {role: 'removed', factId: f.factId}]->(x:ArchivedFact)
SET x = properties(r)
DELETE r
RETURN count(x) AS removed
