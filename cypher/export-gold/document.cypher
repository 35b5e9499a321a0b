// One document as gold. Its text as stored (and its sentences with their
// offsets, to rebuild the text of a document stored without one); the
// entities its sentences mention, in order of first mention; and the facts its
// evidence states that a reviewer accepted or corrected, or with
// $includeUnreviewed also those nobody judged yet. A fact an edit replaced
// by another fact is given as that correction (found by the editor's
// statement, whose factId follows merges), with the original's quote: the
// sentence is what the reviewer corrected. Rejected facts, and corrections
// rejected in turn, are left out (reviewHidden). Each fact once, with the
// first of its quotes in the document. `unreviewed` counts the facts it
// states that nobody judged yet: gold of a document reviewed in part.
MATCH (d:Document {id: $documentId})
CALL (d) {
  MATCH (d)<-[:IN]-(:Sentence)<-[:FROM]-(v:Evidence)
  MATCH (:Entity {id: v.fromId})-[r:$(v.type) {factId: v.factId}]->(:Entity {id: v.toId})
  OPTIONAL MATCH (j:FactJudgement {factId: r.factId, current: true})
  OPTIONAL CALL (j) {
    MATCH (statement:Evidence {id: j.correctedFactId + ':editor'})
    MATCH (:Entity {id: statement.fromId})-[c:$(statement.type) {factId: statement.factId}]->(:Entity {id: statement.toId})
    RETURN c
  }
  WITH v, CASE WHEN j.correctedFactId IS NULL THEN r ELSE c END AS f
  WHERE f IS NOT NULL AND f.reviewHidden IS NULL
    AND (f.reviewState IN ['ACCEPTED', 'EDITED'] OR ($includeUnreviewed AND f.reviewState IS NULL))
  WITH f, v ORDER BY v.start, v.id
  WITH f, head(collect(v)) AS v
  WITH f, v, startNode(f) AS a, endNode(f) AS b
  ORDER BY v.start, type(f), f.factId
  RETURN collect({
    factId: f.factId, type: type(f), props: properties(f), reviewState: f.reviewState, quote: v.quote,
    from: a {.id, .kind, .name, .aliases, .roles}, to: b {.id, .kind, .name, .aliases, .roles}
  }) AS relations
}
RETURN d {.id, .title, .url, .language, .text} AS document,
  CASE WHEN d.text IS NULL THEN COLLECT {
    MATCH (d)<-[:IN]-(s:Sentence)
    RETURN s {.text, .start, .end} AS sentence ORDER BY sentence.start
  } ELSE [] END AS sentences,
  COLLECT {
    MATCH (d)<-[:IN]-(:Sentence)-[m:MENTIONS]->(e:Entity)
    WITH e, min(m.start) AS first
    RETURN e {.id, .kind, .name, .aliases, .roles} AS entity ORDER BY first, e.id
  } AS entities,
  relations,
  size(COLLECT {
    MATCH (d)<-[:IN]-(:Sentence)<-[:FROM]-(v:Evidence)
    MATCH (:Entity {id: v.fromId})-[r:$(v.type) {factId: v.factId}]->(:Entity {id: v.toId})
    WHERE r.reviewState IS NULL
    RETURN DISTINCT r.factId AS factId
  }) AS unreviewed
