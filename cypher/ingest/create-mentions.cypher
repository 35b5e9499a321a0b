// Which sentence names which entity, with the surface form, its offsets, the
// rule that found it and how it was resolved against the graph; for one
// article or a group's (their entities merged before).
UNWIND $documents AS written
UNWIND written.mentions AS m
MATCH (s:Sentence {id: m.sentenceId})
MATCH (e:Entity {id: m.entityId})
CREATE (s)-[:MENTIONS {
  surface: m.surface, key: m.key, start: m.start, end: m.end, documentId: written.documentId, rule: m.rule,
  extractor: m.extractor, confidence: m.confidence, method: m.method, score: m.score, roles: m.roles
}]->(e)
