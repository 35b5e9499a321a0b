// Records a judgement on a fact and puts the fact in its state. The judgement
// is its own node, keyed to the fact's identity (factId: type, endpoints, key
// properties) and keeping the quotes and sentences it was made on; it becomes
// the fact's current judgement, following the one that was (previousId), so
// undo can go back to it. A REJECT, or an EDIT whose correction is another
// fact, hides the fact from every read (reviewHidden) but keeps it stored.
MATCH (a:Entity {id: $fromId})-[r:$($type) {factId: $factId}]->(b:Entity {id: $toId})
OPTIONAL MATCH (previous:FactJudgement {factId: $factId, current: true})
SET previous.current = false
WITH a, b, r, previous
CREATE (j:FactJudgement {
  id: $judgementId, factId: $factId, type: $type, fromId: $fromId, toId: $toId,
  verdict: $verdict, state: $state, by: $by, at: $at, note: $note, correctedFactId: $correctedFactId,
  current: true, previousId: previous.id,
  quotes: COLLECT { MATCH (v:Evidence {factId: $factId})-[:FROM]->(:Sentence) RETURN v.quote ORDER BY v.id },
  sentences: COLLECT { MATCH (:Evidence {factId: $factId})-[:FROM]->(s:Sentence) RETURN DISTINCT s.text }
})
SET r.reviewState = $state, r.reviewedBy = $by, r.reviewedAt = $at,
    r.reviewHidden = CASE WHEN $verdict = 'REJECT' OR $correctedFactId IS NOT NULL THEN true END
RETURN j {.id, .factId, .verdict, .state, reviewedBy: j.by, reviewedAt: j.at, .note, .correctedFactId, .quotes} AS judgement, {
  type: type(r), props: properties(r), from: a {.id, .kind, .name, .roles}, to: b {.id, .kind, .name, .roles},
  evidence: CASE WHEN $evidenceLimit > 0 THEN COLLECT {
    MATCH (v:Evidence {factId: r.factId})-[:FROM]->(s:Sentence)-[:IN]->(d:Document)
    WHERE $evidenceAfter IS NULL OR v.id > $evidenceAfter
    RETURN v {.id, .quote, .start, .end, .extractor, .rule, .confidence,
              sentence: s {.index, .text, .start, .end}, document: d {.id, .title, .url, .publishedAt, .language}}
    ORDER BY v.id LIMIT $evidenceLimit
  } ELSE [] END,
  evidenceTotal: CASE WHEN $evidenceTotal THEN COUNT { (:Evidence {factId: r.factId})-[:FROM]->(:Sentence)-[:IN]->(:Document) } END
} AS fact
