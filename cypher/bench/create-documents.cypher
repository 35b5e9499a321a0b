// Bench loading only: many documents, each with its sentences and, on each
// sentence, the evidence that quotes it and the mentions it makes (the shape of
// cypher/ingest/create-document, create-evidence and create-mentions). One
// statement, so a sentence is linked as it is made rather than found again by
// id: the load needs no index on Sentence or Evidence (see bench/generate/deferred-schema.ts).
UNWIND $documents AS doc
CREATE (d:Document {
  id: doc.id, contentHash: doc.contentHash, title: doc.title, url: doc.url,
  publishedAt: doc.publishedAt, language: doc.language, text: doc.text, ingestedAt: datetime()
})
WITH d, doc
UNWIND doc.sentences AS s
CREATE (sentence:Sentence {id: s.id, index: s.index, text: s.text, start: s.start, end: s.end})-[:IN]->(d)
WITH sentence, s
CALL (sentence, s) {
  UNWIND s.evidence AS v
  CREATE (:Evidence {
    id: v.id, factId: v.factId, type: v.type, fromId: v.fromId, toId: v.toId, documentId: v.documentId,
    quote: v.quote, start: v.start, end: v.end, extractor: v.extractor, rule: v.rule, confidence: v.confidence,
    status: v.status, seen: v.seen
  })-[:FROM]->(sentence)
}
CALL (sentence, s) {
  UNWIND s.mentions AS m
  MATCH (e:Entity {id: m.entityId})
  CREATE (sentence)-[:MENTIONS {
    surface: m.surface, key: m.key, start: m.start, end: m.end, documentId: m.documentId, rule: m.rule,
    extractor: m.extractor, confidence: m.confidence, method: m.method, score: m.score, roles: m.roles
  }]->(e)
}
