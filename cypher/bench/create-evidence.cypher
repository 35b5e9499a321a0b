// Bench loading only: cypher/ingest/create-evidence with the document id on each row.
UNWIND $evidence AS v
MATCH (s:Sentence {id: v.sentenceId})
CREATE (:Evidence {
  id: v.id, factId: v.factId, type: v.type, fromId: v.fromId, toId: v.toId, documentId: v.documentId,
  quote: v.quote, start: v.start, end: v.end, extractor: v.extractor, rule: v.rule, confidence: v.confidence,
  status: v.status, seen: v.seen
})-[:FROM]->(s)
