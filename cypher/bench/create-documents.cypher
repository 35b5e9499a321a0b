// Bench loading only: many documents, each with its sentences and, on each
// sentence, the evidence that quotes it and the mentions it makes (the shape of
// cypher/ingest/create-documents, create-evidence and create-mentions). One
// statement, so a sentence is linked as it is made rather than found again by
// id: the load needs no index on Sentence or Evidence (see bench/generate/deferred-schema.ts).
// What an evidence shares with its sentence (quote, span) and document (id, date),
// and what the generator writes alike on every row (extractor, rule, scores), is
// not sent per row but taken from there (bench/generate/batches.ts). Mentioned
// entities are found by element id (bench/generate/load.ts).
UNWIND $documents AS doc
CREATE (d:Document {
  id: doc.id, contentHash: doc.contentHash, title: doc.title, url: doc.url,
  publishedAt: doc.publishedAt, language: doc.language, text: doc.text, ingestedAt: datetime()
})
WITH d, doc
UNWIND doc.sentences AS s
CREATE (sentence:Sentence {id: s.id, index: s.index, text: s.text, start: s.start, end: s.end})-[:IN]->(d)
WITH sentence, s, doc.id AS documentId, doc.publishedAt AS published
CALL (sentence, s, documentId, published) {
  UNWIND s.evidence AS v
  CREATE (:Evidence {
    id: v.id, factId: v.factId, type: v.type, fromId: v.fromId, toId: v.toId, documentId: documentId,
    quote: s.text, start: s.start, end: s.end, extractor: 'rules', rule: 'bench.' + toLower(v.type),
    confidence: v.confidence, status: v.status, seen: published
  })-[:FROM]->(sentence)
}
CALL (sentence, s, documentId) {
  UNWIND s.mentions AS m
  MATCH (e) WHERE elementId(e) = m.node
  CREATE (sentence)-[:MENTIONS {
    surface: m.surface, key: m.key, start: m.start, end: m.end, documentId: documentId, rule: 'bench.name',
    extractor: 'rules', confidence: 0.9, method: 'exact', score: 1.0, roles: m.roles
  }]->(e)
}
