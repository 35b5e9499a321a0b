// Bench loading only: cypher/ingest/create-mentions with the document id on each row.
UNWIND $mentions AS m
MATCH (s:Sentence {id: m.sentenceId})
MATCH (e:Entity {id: m.entityId})
CREATE (s)-[:MENTIONS {
  surface: m.surface, key: m.key, start: m.start, end: m.end, documentId: m.documentId, rule: m.rule,
  extractor: m.extractor, confidence: m.confidence, method: m.method, score: m.score, roles: m.roles
}]->(e)
