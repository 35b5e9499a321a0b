// A merge judgement and whether it can be undone: the kept entity and the
// placeholder must still be there, no entity may have taken the merged id
// since, and no later merge that is still in force may involve any entity
// this merge touched (those must be undone first, latest first). Locks the
// kept entity and the placeholder.
OPTIONAL MATCH (j:MergeJudgement {id: $mergeId})
OPTIONAL MATCH (k:Entity {id: j.keepId})
OPTIONAL MATCH (m:MergedEntity {id: j.mergedId})-[:SAME_AS {mergeId: j.id}]->(k)
CALL (k, m) {
  UNWIND [n IN [k, m] WHERE n IS NOT NULL] AS n
  WITH n ORDER BY n.id
  SET n.curationLock = true
  REMOVE n.curationLock
}
RETURN j IS NOT NULL AS found, j.undoneAt IS NOT NULL AS undone, j.keepId AS keepId, j.mergedId AS mergedId,
  j.snapshot AS snapshot, k IS NOT NULL AS keepFound, m IS NOT NULL AS placeholderFound,
  EXISTS { MATCH (:Entity {id: j.mergedId}) } AS idTaken,
  COLLECT {
    MATCH (later:MergeJudgement)
    WHERE later.undoneAt IS NULL AND later.at > j.at
      AND (later.keepId IN j.entityIds OR later.mergedId IN j.entityIds)
    RETURN later.id ORDER BY later.at DESC
  } AS laterMerges
