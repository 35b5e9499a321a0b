// With $asOf, only facts that held on that day: the predicate of cypher/read/holders.cypher, beside r.reviewHidden IS NULL.
// Facts a reviewer rejected or replaced by a correction (r.reviewHidden; cypher/review/) are left out.
// With $reviewedOnly (reviewed: ONLY) only facts a reviewer accepted or corrected (ACCEPTED, EDITED) are kept.
// A page of INVESTS_IN facts (keyset on factId), by investor, target, and the
// place (region or country) the target is in: the place itself, or reached
// over up to $placeDepth facts of the $containment types (LOCATED_IN, PART_OF;
// src/model/ontology.ts), e.g. plant -> zone -> city -> region, or a place the
// gazetteer puts inside it ($interior: `Kind|key` of its cities, regions).
// Starts from the target or the investor when given (an index seek), else from
// every INVESTS_IN; the UNWINDs keep the planner from scanning all of them and
// filtering afterwards.
CALL () {
  MATCH (a:Entity)-[r:INVESTS_IN]->(b:Entity {id: $target})
  WHERE r.reviewHidden IS NULL AND (NOT $reviewedOnly OR r.reviewState IN ['ACCEPTED', 'EDITED']) AND ($asOf IS NULL OR CASE WHEN type(r) IN $tenureTypes THEN left($asOf, size(coalesce(r.validFrom, r.firstSeen))) >= coalesce(r.validFrom, r.firstSeen) AND (r.validTo IS NULL OR left($asOf, size(r.validTo)) <= r.validTo) AND (r.validTo IS NOT NULL OR r.endedAt IS NULL OR left($asOf, size(r.endedAt)) < r.endedAt) ELSE left($asOf, size(coalesce(r.date, r.firstSeen))) >= coalesce(r.date, r.firstSeen) END)
  RETURN a, r, b
  UNION
  UNWIND CASE WHEN $target IS NULL THEN [true] ELSE [] END AS byInvestor
  MATCH (a:Entity {id: $investor})-[r:INVESTS_IN]->(b:Entity)
  WHERE r.reviewHidden IS NULL AND (NOT $reviewedOnly OR r.reviewState IN ['ACCEPTED', 'EDITED']) AND ($asOf IS NULL OR CASE WHEN type(r) IN $tenureTypes THEN left($asOf, size(coalesce(r.validFrom, r.firstSeen))) >= coalesce(r.validFrom, r.firstSeen) AND (r.validTo IS NULL OR left($asOf, size(r.validTo)) <= r.validTo) AND (r.validTo IS NOT NULL OR r.endedAt IS NULL OR left($asOf, size(r.endedAt)) < r.endedAt) ELSE left($asOf, size(coalesce(r.date, r.firstSeen))) >= coalesce(r.date, r.firstSeen) END)
  RETURN a, r, b
  UNION
  UNWIND CASE WHEN $target IS NULL AND $investor IS NULL THEN [true] ELSE [] END AS everything
  MATCH (a:Entity)-[r:INVESTS_IN]->(b:Entity)
  WHERE r.reviewHidden IS NULL AND (NOT $reviewedOnly OR r.reviewState IN ['ACCEPTED', 'EDITED']) AND ($asOf IS NULL OR CASE WHEN type(r) IN $tenureTypes THEN left($asOf, size(coalesce(r.validFrom, r.firstSeen))) >= coalesce(r.validFrom, r.firstSeen) AND (r.validTo IS NULL OR left($asOf, size(r.validTo)) <= r.validTo) AND (r.validTo IS NOT NULL OR r.endedAt IS NULL OR left($asOf, size(r.endedAt)) < r.endedAt) ELSE left($asOf, size(coalesce(r.date, r.firstSeen))) >= coalesce(r.date, r.firstSeen) END)
  RETURN a, r, b
}
WITH a, r, b
WHERE ($investor IS NULL OR a.id = $investor)
  AND ($target IS NULL OR b.id = $target)
  AND ($place IS NULL OR b.id = $place OR b.kind + '|' + b.key IN $interior OR EXISTS {
    MATCH chain = (b)(()-[c]->() WHERE type(c) IN $containment AND c.reviewHidden IS NULL){1,4}(x:Entity)
    WHERE length(chain) <= $placeDepth AND (x.id = $place OR x.kind + '|' + x.key IN $interior)
  })
  AND ($after IS NULL OR r.factId > $after)
WITH r, a, b ORDER BY r.factId LIMIT $first + 1
WITH collect({
  type: type(r), props: properties(r), from: a {.id, .kind, .name, .roles}, to: b {.id, .kind, .name, .roles},
  evidence: CASE WHEN $evidenceLimit > 0 THEN COLLECT {
    MATCH (v:Evidence {factId: r.factId})-[:FROM]->(s:Sentence)-[:IN]->(d:Document)
    WHERE $evidenceAfter IS NULL OR v.id > $evidenceAfter
    RETURN v {.id, .quote, .start, .end, .extractor, .rule, .confidence,
              sentence: s {.index, .text, .start, .end}, document: d {.id, .title, .url, .publishedAt, .language}}
    ORDER BY v.id LIMIT $evidenceLimit
  } ELSE [] END,
  evidenceTotal: CASE WHEN $evidenceTotal THEN COUNT { (:Evidence {factId: r.factId})-[:FROM]->(:Sentence)-[:IN]->(:Document) } END
}) AS page
RETURN page,
  CASE WHEN $withTotal THEN COUNT {
    MATCH (a:Entity)-[r:INVESTS_IN]->(b:Entity)
    WHERE r.reviewHidden IS NULL AND (NOT $reviewedOnly OR r.reviewState IN ['ACCEPTED', 'EDITED']) AND ($asOf IS NULL OR CASE WHEN type(r) IN $tenureTypes THEN left($asOf, size(coalesce(r.validFrom, r.firstSeen))) >= coalesce(r.validFrom, r.firstSeen) AND (r.validTo IS NULL OR left($asOf, size(r.validTo)) <= r.validTo) AND (r.validTo IS NOT NULL OR r.endedAt IS NULL OR left($asOf, size(r.endedAt)) < r.endedAt) ELSE left($asOf, size(coalesce(r.date, r.firstSeen))) >= coalesce(r.date, r.firstSeen) END)
      AND ($investor IS NULL OR a.id = $investor)
      AND ($target IS NULL OR b.id = $target)
      AND ($place IS NULL OR b.id = $place OR b.kind + '|' + b.key IN $interior OR EXISTS {
        MATCH chain = (b)(()-[c]->() WHERE type(c) IN $containment AND c.reviewHidden IS NULL){1,4}(x:Entity)
        WHERE length(chain) <= $placeDepth AND (x.id = $place OR x.kind + '|' + x.key IN $interior)
      })
  } END AS totalCount
