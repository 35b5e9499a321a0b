// A curator states a fact. Merged on factId like an extracted fact (the type
// comes from the model's allow-list); the curator counts as one source, once:
// a new fact, or one curated for the first time, gains a source. The curator's
// statement is kept as Evidence with documentId 'curator' (no sentence), so
// that deleting documents recounts the fact with the curator still among its
// sources. Properties the curator gives replace those the fact had.
MATCH (a:Entity {id: $fromId})
MATCH (b:Entity {id: $toId})
MERGE (a)-[r:$($type) {factId: $factId}]->(b)
  ON CREATE SET r.sourceCount = 0, r.firstSeen = $seen, r.lastSeen = $seen, r.confidence = 1.0, r.status = $status,
    r.extractors = [], r.createdBy = 'curator'
WITH a, b, r, coalesce(r.curated, false) AS wasCurated
SET r += $properties,
    r.sourceCount = r.sourceCount + CASE WHEN wasCurated THEN 0 ELSE 1 END,
    r.firstSeen = CASE WHEN r.firstSeen IS NULL OR $seen < r.firstSeen THEN $seen ELSE r.firstSeen END,
    r.lastSeen = CASE WHEN r.lastSeen IS NULL OR $seen > r.lastSeen THEN $seen ELSE r.lastSeen END,
    r.confidence = 1.0,
    r.status = CASE WHEN $status = 'stated' THEN 'stated' ELSE r.status END,
    r.extractors = coalesce(r.extractors, []) + [x IN ['curator'] WHERE NOT x IN coalesce(r.extractors, [])],
    r.curated = true,
    r.note = coalesce($note, r.note)
MERGE (statement:Evidence {id: $factId + ':curator'})
  ON CREATE SET statement.factId = $factId, statement.type = $type, statement.fromId = $fromId, statement.toId = $toId,
    statement.documentId = 'curator', statement.extractor = 'curator', statement.rule = 'curation', statement.confidence = 1.0
SET statement.status = $status,
    statement.seen = $seen,
    // The span the curator states, so that deleting a document recomputes it with the curator's.
    statement.validFrom = coalesce($properties.validFrom, statement.validFrom),
    statement.validTo = coalesce($properties.validTo, statement.validTo),
    statement.quote = coalesce($note, statement.quote)
WITH a, b, r, wasCurated
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
} AS fact, NOT wasCurated AS newSource
