// Which sentence names which entity, with the surface form, its offsets, the
// rule that found it and how it was resolved against the graph; for one
// article or a group's (their entities merged before).
// replan=skip: planned once, not again as the graph grows (each replan of the
// ingest statements cost Neo4j CPU); its plan is the same on an empty graph and
// a populated one (bench/README.md, ninth session).
CYPHER replan=skip
UNWIND $documents AS written
UNWIND written.mentions AS m
MATCH (s:Sentence {id: m.sentenceId})
MATCH (e:Entity {id: m.entityId})
CREATE (s)-[:MENTIONS {
  surface: m.surface, key: m.key, start: m.start, end: m.end, documentId: written.documentId, rule: m.rule,
  extractor: m.extractor, confidence: m.confidence, method: m.method, score: m.score, roles: m.roles
}]->(e)
