// The judgements that followed a fact at this merge (curation/merge-move-judgements)
// go back to its old factId and endpoints; unmerge undoes the latest merge
// first, so this merge is the last one each of them remembers.
UNWIND $moves AS mv
MATCH (j:FactJudgement {factId: mv.newFactId})
WHERE last(j.mergeIds) = $mergeId
SET j.factId = mv.factId, j.fromId = mv.fromId, j.toId = mv.toId,
    j.mergeIds = CASE WHEN size(j.mergeIds) = 1 THEN null ELSE j.mergeIds[..-1] END
RETURN count(j) AS restored
