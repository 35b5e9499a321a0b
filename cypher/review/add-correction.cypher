// The corrected fact of an EDIT: a new fact (none if one with its identity
// exists already: the caller refuses the edit then), found by the editor
// ('editor:<key name>' its only extractor and source), in state EDITED and
// naming the fact it corrects. Its evidence is the editor's statement
// (documentId 'editor', the note as quote), so deleting documents keeps it.
MATCH (a:Entity {id: $fromId})
MATCH (b:Entity {id: $toId})
OPTIONAL MATCH (a)-[existing:$($type) {factId: $factId}]->(b)
WITH a, b, existing
WHERE existing IS NULL
CREATE (a)-[r:$($type) {factId: $factId}]->(b)
SET r += $properties,
    r.sourceCount = 1, r.firstSeen = $seen, r.lastSeen = $seen, r.confidence = 1.0, r.status = $status,
    r.extractors = [$extractor], r.createdBy = $extractor, r.correctionOf = $originalId,
    r.reviewState = 'EDITED', r.reviewedBy = $by, r.reviewedAt = $at
CREATE (:Evidence {
  id: $factId + ':editor', factId: $factId, type: $type, fromId: $fromId, toId: $toId, documentId: 'editor',
  extractor: $extractor, rule: 'review', confidence: 1.0, status: $status, seen: $seen, quote: $note
})
RETURN {
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
