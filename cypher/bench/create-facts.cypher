// Bench loading only: generated facts, unique by factId by construction, with
// the properties cypher/ingest/write-article-graph leaves on a fact after all its sources.
// The endpoints are found by element id (bench/generate/load.ts).
UNWIND $facts AS f
MATCH (a) WHERE elementId(a) = f.from
MATCH (b) WHERE elementId(b) = f.to
CREATE (a)-[r:$(f.type) {factId: f.factId}]->(b)
SET r += f.properties, r.sourceCount = f.sourceCount, r.firstSeen = f.firstSeen, r.lastSeen = f.lastSeen,
  r.confidence = f.confidence, r.status = f.status, r.extractors = f.extractors, r.createdBy = f.createdBy
