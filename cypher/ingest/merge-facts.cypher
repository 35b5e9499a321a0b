// Fact relationships, merged on factId. The type comes from the model's
// allow-list. A fact seen again gains a source, keeps its highest confidence,
// widens firstSeen/lastSeen, and becomes stated once any source states it.
UNWIND $facts AS f
MATCH (a:Entity {id: f.fromId})
MATCH (b:Entity {id: f.toId})
MERGE (a)-[r:$(f.type) {factId: f.factId}]->(b)
  ON CREATE SET r += f.properties, r.sourceCount = 0, r.firstSeen = f.seen, r.lastSeen = f.seen,
    r.confidence = f.confidence, r.status = f.status, r.extractors = [], r.createdBy = $documentId
SET r.sourceCount = r.sourceCount + 1,
    r.firstSeen = CASE WHEN f.seen < r.firstSeen THEN f.seen ELSE r.firstSeen END,
    r.lastSeen = CASE WHEN f.seen > r.lastSeen THEN f.seen ELSE r.lastSeen END,
    r.confidence = CASE WHEN f.confidence > r.confidence THEN f.confidence ELSE r.confidence END,
    r.status = CASE WHEN f.status = 'stated' THEN 'stated' ELSE r.status END,
    r.extractors = r.extractors + [x IN f.extractors WHERE NOT x IN r.extractors]
RETURN f.factId AS factId, r.createdBy = $documentId AS created
