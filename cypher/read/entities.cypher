// A page of entities (keyset on name, id), filtered, each with the
// collections the request selected: a collection whose size parameter is 0 is
// not computed (the CASE keeps its subquery from running at all). Facts come
// back as one list tagged by slot: "facts" (either direction, keyset after
// $factsAfter), "investors", "portfolio"; each with its
// endpoints and up to $evidenceFirst evidence. The total is counted only when
// asked. $descending flips the order; $afterName/$afterId is the cursor.
// entity(id) is this statement with $ids = [id].
CALL () {
  UNWIND coalesce($ids, []) AS id
  MATCH (e:Entity {id: id})
  RETURN e
  UNION
  // Only when no ids are given; the UNWIND keeps the planner from scanning
  // every entity and filtering afterwards (a WHERE $ids IS NULL did that).
  UNWIND CASE WHEN $ids IS NULL THEN [true] ELSE [] END AS everything
  MATCH (e:Entity)
  RETURN e
}
WITH e
WHERE ($kinds IS NULL OR e.kind IN $kinds)
  AND ($roles IS NULL OR any(role IN e.roles WHERE role IN $roles))
  AND ($nameKey IS NULL OR any(key IN e.aliasKeys WHERE key CONTAINS $nameKey))
  AND ($within IS NULL OR e.kind + '|' + e.key IN $interior OR EXISTS {
    // Anchored to a place by a containment fact or by governing or holding a
    // post there, then up to 2 more containment facts ($containment: src/model/ontology.ts),
    // to the place or to one the gazetteer puts inside it ($interior: `Kind|key`).
    MATCH (e)-[r]->()(()-[c]->() WHERE type(c) IN $containment){0,2}(x:Entity)
    WHERE type(r) IN $containment + ['GOVERNS', 'HOLDS_POSITION'] AND (x.id = $within OR x.kind + '|' + x.key IN $interior)
  })
WITH e
WHERE $afterName IS NULL
   OR (NOT $descending AND (e.name > $afterName OR (e.name = $afterName AND e.id > $afterId)))
   OR ($descending AND (e.name < $afterName OR (e.name = $afterName AND e.id < $afterId)))
WITH e ORDER BY CASE WHEN $descending THEN null ELSE e.name END ASC, CASE WHEN $descending THEN e.name END DESC,
  CASE WHEN $descending THEN null ELSE e.id END ASC, CASE WHEN $descending THEN e.id END DESC
LIMIT $first + 1
WITH collect(e {
  .id, .kind, .name, .aliases, .roles,
  factsTotal: CASE WHEN $factsTotal THEN COUNT { (e)-[r]-(:Entity) WHERE type(r) IN $factTypes } END,
  documents: CASE WHEN $documentsFirst > 0 THEN COLLECT {
    MATCH (e)<-[:MENTIONS]-(:Sentence)-[:IN]->(d:Document)
    WITH DISTINCT d ORDER BY d.publishedAt DESC, d.id LIMIT $documentsFirst
    RETURN d {.id, .title, .url, .publishedAt, .language}
  } ELSE [] END,
  facts: CASE WHEN $factsFirst + $investorsFirst + $portfolioFirst > 0 THEN COLLECT {
    CALL (e) {
      MATCH (e)-[r]-(:Entity)
      WHERE $factsFirst > 0 AND type(r) IN $factTypes AND ($factsAfter IS NULL OR r.factId > $factsAfter)
      WITH DISTINCT r ORDER BY r.factId LIMIT $factsFirst + 1
      RETURN 'facts' AS slot, r
      UNION
      MATCH (:Entity)-[r:INVESTS_IN]->(e)
      WITH r ORDER BY r.factId LIMIT $investorsFirst
      RETURN 'investors' AS slot, r
      UNION
      MATCH (e)-[r:INVESTS_IN]->(:Entity)
      WITH r ORDER BY r.factId LIMIT $portfolioFirst
      RETURN 'portfolio' AS slot, r
    }
    WITH slot, r, startNode(r) AS a, endNode(r) AS b
    RETURN {
      slot: slot, type: type(r), props: properties(r),
      from: a {.id, .kind, .name, .roles}, to: b {.id, .kind, .name, .roles},
      evidence: CASE WHEN $evidenceFirst > 0 THEN COLLECT {
        MATCH (v:Evidence {factId: r.factId})-[:FROM]->(s:Sentence)-[:IN]->(d:Document)
        RETURN v {.quote, .start, .end, .extractor, .rule, .confidence,
                  sentence: s {.index, .text, .start, .end}, document: d {.id, .title, .url, .publishedAt, .language}}
        ORDER BY v.id LIMIT $evidenceFirst
      } ELSE [] END
    }
  } ELSE [] END
}) AS page
RETURN page,
  CASE WHEN $withTotal THEN COUNT {
    MATCH (e:Entity)
    WHERE ($ids IS NULL OR e.id IN $ids)
      AND ($kinds IS NULL OR e.kind IN $kinds)
      AND ($roles IS NULL OR any(role IN e.roles WHERE role IN $roles))
      AND ($nameKey IS NULL OR any(key IN e.aliasKeys WHERE key CONTAINS $nameKey))
      AND ($within IS NULL OR e.kind + '|' + e.key IN $interior OR EXISTS {
        MATCH (e)-[r]->()(()-[c]->() WHERE type(c) IN $containment){0,2}(x:Entity)
        WHERE type(r) IN $containment + ['GOVERNS', 'HOLDS_POSITION'] AND (x.id = $within OR x.kind + '|' + x.key IN $interior)
      })
  } END AS totalCount
