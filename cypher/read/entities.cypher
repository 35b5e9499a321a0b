// With $asOf, only facts that held on that day: the predicate of cypher/read/holders.cypher, beside r.reviewHidden IS NULL.
// Facts a reviewer rejected or replaced by a correction (r.reviewHidden; cypher/review/) are left out.
// With $factsReviewedOnly (and investors..., portfolio...: each list's reviewed: ONLY) only facts a reviewer
// accepted or corrected (ACCEPTED, EDITED) are kept in that list and its count.
// A page of entities (keyset on name, id), filtered, each with the
// collections the request selected: a collection whose <name>Limit parameter
// is 0 is not computed (the CASE keeps its subquery from running at all). Each
// collection is read forward after its cursor (<name>After), one more than
// the page to tell whether it goes on, and counted only when <name>Total.
// Facts come back as one list tagged by slot: "facts" (either direction),
// "investors", "portfolio" (each in factId order); each with its endpoints and
// up to $evidenceLimit evidence after $evidenceAfter (counted when $evidenceTotal). Documents newest first,
// undated last. The total is counted only when asked.
// The page: entities strictly between $lower and $upper ([name, id] or null),
// read in descending order when $scanDescending, at most $limit of them (the
// caller turns first/after/last/before and the list order into these).
// entity(id) is this statement with $ids = [id].
// ANY_FACT_TYPE in a pattern is written out as every fact type of the model when the statement is loaded
// (src/graph/cypher.ts): besides testing $types, it makes Neo4j read no MENTIONS of an entity.
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
    // post there ($placeAnchors), then up to 2 more containment facts ($containment;
    // both lists: the relation traits in src/model/ontology.ts),
    // to the place or to one the gazetteer puts inside it ($interior: `Kind|key`).
    MATCH (e)-[r]->()(()-[c]->() WHERE type(c) IN $containment AND c.reviewHidden IS NULL){0,2}(x:Entity)
    WHERE type(r) IN $placeAnchors AND r.reviewHidden IS NULL AND (x.id = $within OR x.kind + '|' + x.key IN $interior)
  })
WITH e
WHERE ($lower IS NULL OR e.name > $lower[0] OR (e.name = $lower[0] AND e.id > $lower[1]))
  AND ($upper IS NULL OR e.name < $upper[0] OR (e.name = $upper[0] AND e.id < $upper[1]))
WITH e ORDER BY CASE WHEN $scanDescending THEN null ELSE e.name END ASC, CASE WHEN $scanDescending THEN e.name END DESC,
  CASE WHEN $scanDescending THEN null ELSE e.id END ASC, CASE WHEN $scanDescending THEN e.id END DESC
LIMIT $limit
WITH collect(e {
  .id, .kind, .name, .aliases, .roles,
  factsTotal: CASE WHEN $factsTotal THEN COUNT { (e)-[r:ANY_FACT_TYPE]-(:Entity) WHERE type(r) IN $factTypes AND r.reviewHidden IS NULL AND (NOT $factsReviewedOnly OR r.reviewState IN ['ACCEPTED', 'EDITED']) AND ($asOf IS NULL OR CASE WHEN type(r) IN $tenureTypes THEN left($asOf, size(coalesce(r.validFrom, r.firstSeen))) >= coalesce(r.validFrom, r.firstSeen) AND (r.validTo IS NULL OR left($asOf, size(r.validTo)) <= r.validTo) AND (r.validTo IS NOT NULL OR r.endedAt IS NULL OR left($asOf, size(r.endedAt)) < r.endedAt) ELSE left($asOf, size(coalesce(r.date, r.firstSeen))) >= coalesce(r.date, r.firstSeen) END) } END,
  investorsTotal: CASE WHEN $investorsTotal THEN COUNT { (:Entity)-[r:INVESTS_IN]->(e) WHERE r.reviewHidden IS NULL AND (NOT $investorsReviewedOnly OR r.reviewState IN ['ACCEPTED', 'EDITED']) } END,
  portfolioTotal: CASE WHEN $portfolioTotal THEN COUNT { (e)-[r:INVESTS_IN]->(:Entity) WHERE r.reviewHidden IS NULL AND (NOT $portfolioReviewedOnly OR r.reviewState IN ['ACCEPTED', 'EDITED']) } END,
  documentsTotal: CASE WHEN $documentsTotal THEN size(COLLECT {
    MATCH (e)<-[:MENTIONS]-(:Sentence)-[:IN]->(d:Document)
    RETURN DISTINCT d
  }) END,
  documents: CASE WHEN $documentsLimit > 0 THEN COLLECT {
    MATCH (e)<-[:MENTIONS]-(:Sentence)-[:IN]->(d:Document)
    WITH DISTINCT d, coalesce(d.publishedAt, '') AS published
    WHERE $documentsAfter IS NULL OR published < $documentsAfter[0]
       OR (published = $documentsAfter[0] AND d.id > $documentsAfter[1])
    WITH d, published ORDER BY published DESC, d.id LIMIT $documentsLimit
    RETURN d {.id, .title, .url, .publishedAt, .language}
  } ELSE [] END,
  facts: CASE WHEN $factsLimit + $investorsLimit + $portfolioLimit > 0 THEN COLLECT {
    CALL (e) {
      MATCH (e)-[r:ANY_FACT_TYPE]-(:Entity)
      WHERE $factsLimit > 0 AND type(r) IN $factTypes AND r.reviewHidden IS NULL AND (NOT $factsReviewedOnly OR r.reviewState IN ['ACCEPTED', 'EDITED']) AND ($asOf IS NULL OR CASE WHEN type(r) IN $tenureTypes THEN left($asOf, size(coalesce(r.validFrom, r.firstSeen))) >= coalesce(r.validFrom, r.firstSeen) AND (r.validTo IS NULL OR left($asOf, size(r.validTo)) <= r.validTo) AND (r.validTo IS NOT NULL OR r.endedAt IS NULL OR left($asOf, size(r.endedAt)) < r.endedAt) ELSE left($asOf, size(coalesce(r.date, r.firstSeen))) >= coalesce(r.date, r.firstSeen) END)
        AND ($factsAfter IS NULL OR r.factId > $factsAfter)
      WITH DISTINCT r ORDER BY r.factId LIMIT $factsLimit
      RETURN 'facts' AS slot, r
      UNION
      MATCH (:Entity)-[r:INVESTS_IN]->(e)
      WHERE r.reviewHidden IS NULL AND (NOT $investorsReviewedOnly OR r.reviewState IN ['ACCEPTED', 'EDITED'])
        AND ($investorsAfter IS NULL OR r.factId > $investorsAfter)
      WITH r ORDER BY r.factId LIMIT $investorsLimit
      RETURN 'investors' AS slot, r
      UNION
      MATCH (e)-[r:INVESTS_IN]->(:Entity)
      WHERE r.reviewHidden IS NULL AND (NOT $portfolioReviewedOnly OR r.reviewState IN ['ACCEPTED', 'EDITED'])
        AND ($portfolioAfter IS NULL OR r.factId > $portfolioAfter)
      WITH r ORDER BY r.factId LIMIT $portfolioLimit
      RETURN 'portfolio' AS slot, r
    }
    WITH slot, r, startNode(r) AS a, endNode(r) AS b
    RETURN {
      slot: slot, type: type(r), props: properties(r),
      from: a {.id, .kind, .name, .roles}, to: b {.id, .kind, .name, .roles},
      evidence: CASE WHEN $evidenceLimit > 0 THEN COLLECT {
        MATCH (v:Evidence {factId: r.factId})-[:FROM]->(s:Sentence)-[:IN]->(d:Document)
        WHERE $evidenceAfter IS NULL OR v.id > $evidenceAfter
        RETURN v {.id, .quote, .start, .end, .extractor, .rule, .confidence,
                  sentence: s {.index, .text, .start, .end}, document: d {.id, .title, .url, .publishedAt, .language}}
        ORDER BY v.id LIMIT $evidenceLimit
      } ELSE [] END,
      evidenceTotal: CASE WHEN $evidenceTotal THEN COUNT { (:Evidence {factId: r.factId})-[:FROM]->(:Sentence)-[:IN]->(:Document) } END
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
        MATCH (e)-[r]->()(()-[c]->() WHERE type(c) IN $containment AND c.reviewHidden IS NULL){0,2}(x:Entity)
        WHERE type(r) IN $placeAnchors AND r.reviewHidden IS NULL AND (x.id = $within OR x.kind + '|' + x.key IN $interior)
      })
  } END AS totalCount
