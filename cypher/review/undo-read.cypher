// A judgement to undo: the fact it is about, and whether it is still the
// fact's current judgement (only that one can be undone).
MATCH (j:FactJudgement {id: $judgementId})
RETURN j.factId AS factId, j.current AS current, j.correctedFactId AS correctedFactId
