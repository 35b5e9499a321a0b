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
MERGE (v:Evidence {id: $factId + ':curator'})
  ON CREATE SET v.factId = $factId, v.type = $type, v.fromId = $fromId, v.toId = $toId, v.documentId = 'curator',
    v.extractor = 'curator', v.rule = 'curation', v.confidence = 1.0
SET v.status = $status,
    v.seen = $seen,
    v.quote = coalesce($note, v.quote)
RETURN {
  type: type(r), props: properties(r), from: a {.id, .kind, .name, .roles}, to: b {.id, .kind, .name, .roles},
  evidence: COLLECT {
    MATCH (e:Evidence {factId: r.factId})-[:FROM]->(s:Sentence)-[:IN]->(d:Document)
    RETURN e {.id, .quote, .start, .end, .extractor, .rule, .confidence,
              sentence: s {.index, .text, .start, .end}, document: d {.id, .title, .url, .publishedAt, .language}}
    ORDER BY e.id LIMIT $evidenceLimit
  },
  evidenceTotal: COUNT { (:Evidence {factId: r.factId})-[:FROM]->(:Sentence)-[:IN]->(:Document) }
} AS fact, NOT wasCurated AS newSource
