// Review judgements outlive the facts they judge (deleting the documents of a
// fact removes it, not its judgement): a fact written again, by the same
// document or another stating it, takes its current judgement's state again,
// so a rejected fact stays hidden and an accepted one stays accepted.
UNWIND $factIds AS factId
MATCH (j:FactJudgement {factId: factId, current: true})
MATCH (:Entity {id: j.fromId})-[r:$(j.type) {factId: factId}]->(:Entity {id: j.toId})
OPTIONAL MATCH (edit:FactEdit {judgementId: j.id})
SET r.reviewState = j.state, r.reviewedBy = j.by, r.reviewedAt = j.at,
    r.reviewHidden = CASE WHEN j.verdict = 'REJECT' OR j.correctedFactId IS NOT NULL THEN true END
// An edit made in place sets its values again (the map's nulls set nothing).
SET r += CASE WHEN edit IS NULL THEN {} ELSE edit {.*, judgementId: null, extractor: null} END,
    r.extractors = r.extractors + [x IN [edit.extractor] WHERE x IS NOT NULL AND NOT x IN r.extractors]
RETURN count(r) AS applied
