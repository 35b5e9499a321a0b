// Each other fact of the merged entity moves to the kept one under its new
// factId, with its evidence. When the kept entity already has that fact, the
// two become one: the existing fact keeps its values and takes over missing
// ones, sources are added up less the documents both share, confidence and
// lastSeen are the highest, firstSeen the lowest, status stated if either is,
// extractors and curation combined. Both facts are archived first, so that
// unmerge can put them back exactly.
MATCH (j:MergeJudgement {id: $mergeId})
UNWIND $moves AS mv
MATCH (:Entity {id: mv.fromId})-[r:$(mv.type) {factId: mv.factId}]->(:Entity {id: mv.toId})
MATCH (a:Entity {id: mv.newFromId})
MATCH (b:Entity {id: mv.newToId})
OPTIONAL MATCH (a)-[s:$(mv.type) {factId: mv.newFactId}]-(b)
WITH j, mv, r, a, b, s,
  COLLECT { MATCH (v:Evidence {factId: mv.factId}) RETURN v ORDER BY v.id } AS evidence,
  COLLECT { MATCH (v:Evidence {factId: mv.newFactId}) RETURN DISTINCT v.documentId } AS keptDocuments
WITH j, mv, r, a, b, s, evidence,
  size([d IN keptDocuments WHERE d IN [v IN evidence | v.documentId]]) AS shared
WITH j, mv, r, a, b, s, evidence, shared, properties(r) AS moved
FOREACH (v IN evidence | SET v.factId = mv.newFactId, v.fromId = mv.newFromId, v.toId = mv.newToId)
// Gone before its properties land anywhere: factIds are unique per type at every write.
DELETE r
WITH *
CALL (mv, a, b, s, moved) {
  WITH * WHERE s IS NULL
  CREATE (a)-[n:$(mv.type)]->(b)
  SET n = moved, n.factId = mv.newFactId
}
CALL (j, mv, s, moved, shared) {
  WITH * WHERE s IS NOT NULL
  CREATE (j)-[:ARCHIVED {role: 'kept', factId: mv.newFactId}]->(ks:ArchivedFact)
  SET ks = properties(s)
  CREATE (j)-[:ARCHIVED {role: 'absorbed', factId: mv.factId}]->(rs:ArchivedFact)
  SET rs = moved
  WITH s, moved, shared, properties(s) AS kept
  SET s += moved
  SET s += kept
  SET s.sourceCount = coalesce(kept.sourceCount, 0) + coalesce(moved.sourceCount, 0) - shared,
      s.confidence = CASE WHEN moved.confidence > kept.confidence THEN moved.confidence ELSE kept.confidence END,
      s.firstSeen = CASE WHEN kept.firstSeen IS NULL OR moved.firstSeen < kept.firstSeen THEN moved.firstSeen ELSE kept.firstSeen END,
      s.lastSeen = CASE WHEN kept.lastSeen IS NULL OR moved.lastSeen > kept.lastSeen THEN moved.lastSeen ELSE kept.lastSeen END,
      s.status = CASE WHEN moved.status = 'stated' THEN 'stated' ELSE kept.status END,
      s.extractors = coalesce(kept.extractors, []) + [x IN coalesce(moved.extractors, []) WHERE NOT x IN coalesce(kept.extractors, [])]
}
RETURN mv.factId AS factId, s IS NOT NULL AS combined, [v IN evidence | v.id] AS evidenceIds
