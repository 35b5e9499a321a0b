// Undoes a fact's current judgement: the judgement goes, the one it followed
// (if any) is current again and the fact takes its state, or none (UNREVIEWED).
// An edit made in place is reverted from its snapshot.
// (An EDIT's correction is removed before: review/undo-correction.)
MATCH (j:FactJudgement {id: $judgementId, current: true})
OPTIONAL MATCH (previous:FactJudgement {id: j.previousId})
SET previous.current = true
WITH j, previous
OPTIONAL MATCH (a:Entity {id: j.fromId})-[r:$(j.type) {factId: j.factId}]->(b:Entity {id: j.toId})
// An edit made in place: the fact gets back what it was (its snapshot's map has no judgementId).
OPTIONAL MATCH (before:FactSnapshot {judgementId: j.id})
FOREACH (_ IN CASE WHEN before IS NOT NULL AND r IS NOT NULL THEN [1] ELSE [] END |
  SET r = before {.*, judgementId: null})
SET r.reviewState = previous.state, r.reviewedBy = previous.by, r.reviewedAt = previous.at,
    r.reviewHidden = CASE WHEN previous.verdict = 'REJECT' OR previous.correctedFactId IS NOT NULL THEN true END
WITH j, previous, a, b, r, before
OPTIONAL MATCH (edit:FactEdit {judgementId: j.id})
DELETE before, edit
WITH j, previous, a, b, r
DETACH DELETE j
WITH previous, a, b, r
RETURN previous {.id, .factId, .verdict, .state, reviewedBy: previous.by, reviewedAt: previous.at, .note, .correctedFactId, .quotes} AS judgement,
  CASE WHEN r IS NULL THEN null ELSE {
    type: type(r), props: properties(r), from: a {.id, .kind, .name, .roles}, to: b {.id, .kind, .name, .roles},
    evidence: CASE WHEN $evidenceLimit > 0 THEN COLLECT {
      MATCH (v:Evidence {factId: r.factId})-[:FROM]->(s:Sentence)-[:IN]->(d:Document)
      WHERE $evidenceAfter IS NULL OR v.id > $evidenceAfter
      RETURN v {.id, .quote, .start, .end, .extractor, .rule, .confidence,
                sentence: s {.index, .text, .start, .end}, document: d {.id, .title, .url, .publishedAt, .language}}
      ORDER BY v.id LIMIT $evidenceLimit
    } ELSE [] END,
    evidenceTotal: CASE WHEN $evidenceTotal THEN COUNT { (:Evidence {factId: r.factId})-[:FROM]->(:Sentence)-[:IN]->(:Document) } END
  } END AS fact
