// The judgement that two entities are the same. Its snapshot (set last, as
// JSON) and its archived facts are what unmergeEntities needs to undo it.
CREATE (j:MergeJudgement {id: $mergeId, keepId: $keepId, mergedId: $mergedId, at: datetime(), entityIds: $entityIds})
RETURN toString(j.at) AS at
