// The next change entries after the watch's cursor (read after drain-lock),
// each with the facts it touched that the watch follows: an endpoint among
// the watched entities, a watched type (null: any), confidence at least the
// watch's minimum, as they are now, with their evidence. A fact of the entry
// that no longer exists (retracted, or its last document deleted) is listed
// among removedFactIds when the entry touched a watched entity.
MATCH (w:Watch {id: $id})
MATCH (c:Change)
WHERE c.seq > w.cursor
WITH w, c ORDER BY c.seq LIMIT $limit
RETURN c {.id, .seq, .at, .by, .operation} AS change,
  COLLECT {
    UNWIND c.factIds AS factId
    MATCH (v:Evidence {factId: factId})
    WITH DISTINCT factId, v.type AS type, v.fromId AS fromId, v.toId AS toId
    MATCH (a:Entity {id: fromId})-[r:$(type) {factId: factId}]->(b:Entity {id: toId})
    WHERE (a.id IN w.entityIds OR b.id IN w.entityIds)
      AND (w.relationTypes IS NULL OR type(r) IN w.relationTypes)
      AND coalesce(r.confidence, 0) >= w.minConfidence
    WITH DISTINCT a, r, b
    RETURN {
      type: type(r), props: properties(r), from: a {.id, .kind, .name, .roles}, to: b {.id, .kind, .name, .roles},
      evidence: CASE WHEN $evidenceLimit > 0 THEN COLLECT {
        MATCH (v:Evidence {factId: r.factId})-[:FROM]->(s:Sentence)-[:IN]->(d:Document)
        WHERE $evidenceAfter IS NULL OR v.id > $evidenceAfter
        RETURN v {.id, .quote, .start, .end, .extractor, .rule, .confidence,
                  sentence: s {.index, .text, .start, .end}, document: d {.id, .title, .url, .publishedAt, .language}}
        ORDER BY v.id LIMIT $evidenceLimit
      } ELSE [] END,
      evidenceTotal: CASE WHEN $evidenceTotal THEN COUNT { (:Evidence {factId: r.factId})-[:FROM]->(:Sentence)-[:IN]->(:Document) } END
    } AS fact
  } AS facts,
  CASE WHEN any(id IN c.entityIds WHERE id IN w.entityIds)
    THEN [factId IN c.factIds WHERE NOT EXISTS { MATCH (:Evidence {factId: factId}) }]
    ELSE [] END AS removedFactIds
ORDER BY change.seq
