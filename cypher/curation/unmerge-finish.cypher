// The judgement is marked undone (it stays, as history) and its archive goes.
MATCH (j:MergeJudgement {id: $mergeId})
CALL (j) {
  MATCH (j)-[:ARCHIVED]->(x:ArchivedFact)
  DETACH DELETE x
}
SET j.undoneAt = datetime()
RETURN toString(j.undoneAt) AS undoneAt
