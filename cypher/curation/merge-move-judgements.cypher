// The review judgements on each moved fact (FactJudgement, cypher/review/)
// follow it to its new factId, so that a rejection or an acceptance still
// holds when a document stating the fact is ingested again after the merge.
// When the kept entity's fact already has a judgement in force, that one
// decides the combined fact (as its review state does) and the moved fact's
// judgements stay where they were. Each moved judgement remembers the merge
// ($mergeId last in mergeIds); unmerge puts it back with the merge's record of
// the fact's old id and endpoints.
UNWIND $moves AS mv
CALL (mv) {
  MATCH (j:FactJudgement {factId: mv.factId})
  WITH collect(j) AS moving
  WHERE NOT EXISTS { MATCH (:FactJudgement {factId: mv.newFactId, current: true}) }
  UNWIND moving AS j
  SET j.factId = mv.newFactId, j.fromId = mv.newFromId, j.toId = mv.newToId,
      j.mergeIds = coalesce(j.mergeIds, []) + $mergeId
  RETURN count(j) AS moved
}
RETURN sum(moved) AS moved
