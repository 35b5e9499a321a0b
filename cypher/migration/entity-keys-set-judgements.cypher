// New keys of resolution judgements (keys v2 migration).
UNWIND $judgements AS row
MATCH (j:ResolutionJudgement {id: row.id})
SET j.keys = row.keys
