// Fact relationships, merged on factId. The type comes from the model's
// allow-list. A fact seen again gains a source, keeps its highest confidence,
// widens firstSeen/lastSeen, and becomes stated once any source states it. Its
// span widens to the earliest stated start and the latest stated end, and it
// gains the single-holder offices this article says it holds (src/ingest/offices.ts).
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
    r.extractors = r.extractors + [x IN f.extractors WHERE NOT x IN r.extractors],
    r.validFrom = CASE WHEN f.properties.validFrom < coalesce(r.validFrom, '~') THEN f.properties.validFrom ELSE r.validFrom END,
    r.validTo = CASE WHEN f.properties.validTo > coalesce(r.validTo, '') THEN f.properties.validTo ELSE r.validTo END,
    r.offices = CASE WHEN size(f.offices) = 0 THEN r.offices
      ELSE coalesce(r.offices, []) + [o IN f.offices WHERE NOT o IN coalesce(r.offices, [])] END
RETURN f.factId AS factId, r.createdBy = $documentId AS created
