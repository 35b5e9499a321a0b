// With $asOf, only facts that held on that day: the predicate of cypher/read/holders.cypher, beside r.reviewHidden IS NULL.
// Facts a reviewer rejected or replaced by a correction (r.reviewHidden; cypher/review/) are left out.
// With $reviewedOnly (reviewed: ONLY) only facts a reviewer accepted or corrected (ACCEPTED, EDITED) are kept.
// The subgraph around $ids: breadth first up to $depth (at most 3) levels over
// fact relationships of $types, keeping neighbours of $kinds (all when null).
// Entities of $stopKinds (countries) are shown but not expanded: they would
// connect everything. At most $limit nodes; truncated says whether more were
// reachable. Edges are the facts among the kept nodes, their endpoints given
// by id only (both are in nodes), their properties only when $factProperties:
// decoding a large view costs more than finding it.
// ANY_FACT_TYPE in a pattern is written out as every fact type of the model when the statement is loaded
// (src/graph/cypher.ts): besides testing $types, it makes Neo4j read no MENTIONS of an entity.
MATCH (s:Entity) WHERE s.id IN $ids
WITH collect(s) AS seeds
CALL (seeds) {
  UNWIND [n IN seeds WHERE $depth >= 1] AS f
  MATCH (f)-[r:ANY_FACT_TYPE]-(n:Entity)
  WHERE type(r) IN $types AND r.reviewHidden IS NULL AND (NOT $reviewedOnly OR r.reviewState IN ['ACCEPTED', 'EDITED']) AND ($asOf IS NULL OR CASE WHEN type(r) IN $tenureTypes THEN left($asOf, size(coalesce(r.validFrom, r.firstSeen))) >= coalesce(r.validFrom, r.firstSeen) AND (r.validTo IS NULL OR left($asOf, size(r.validTo)) <= r.validTo) AND (r.validTo IS NOT NULL OR r.endedAt IS NULL OR left($asOf, size(r.endedAt)) < r.endedAt) ELSE left($asOf, size(coalesce(r.date, r.firstSeen))) >= coalesce(r.date, r.firstSeen) END)
    AND ($kinds IS NULL OR n.kind IN $kinds) AND NOT n IN seeds
  RETURN collect(DISTINCT n)[..$limit + 1] AS level1
}
CALL (seeds, level1) {
  UNWIND [n IN level1 WHERE $depth >= 2 AND NOT n.kind IN $stopKinds] AS f
  MATCH (f)-[r:ANY_FACT_TYPE]-(n:Entity)
  WHERE type(r) IN $types AND r.reviewHidden IS NULL AND (NOT $reviewedOnly OR r.reviewState IN ['ACCEPTED', 'EDITED']) AND ($asOf IS NULL OR CASE WHEN type(r) IN $tenureTypes THEN left($asOf, size(coalesce(r.validFrom, r.firstSeen))) >= coalesce(r.validFrom, r.firstSeen) AND (r.validTo IS NULL OR left($asOf, size(r.validTo)) <= r.validTo) AND (r.validTo IS NOT NULL OR r.endedAt IS NULL OR left($asOf, size(r.endedAt)) < r.endedAt) ELSE left($asOf, size(coalesce(r.date, r.firstSeen))) >= coalesce(r.date, r.firstSeen) END)
    AND ($kinds IS NULL OR n.kind IN $kinds) AND NOT n IN seeds AND NOT n IN level1
  RETURN collect(DISTINCT n)[..$limit + 1] AS level2
}
CALL (seeds, level1, level2) {
  UNWIND [n IN level2 WHERE $depth >= 3 AND NOT n.kind IN $stopKinds] AS f
  MATCH (f)-[r:ANY_FACT_TYPE]-(n:Entity)
  WHERE type(r) IN $types AND r.reviewHidden IS NULL AND (NOT $reviewedOnly OR r.reviewState IN ['ACCEPTED', 'EDITED']) AND ($asOf IS NULL OR CASE WHEN type(r) IN $tenureTypes THEN left($asOf, size(coalesce(r.validFrom, r.firstSeen))) >= coalesce(r.validFrom, r.firstSeen) AND (r.validTo IS NULL OR left($asOf, size(r.validTo)) <= r.validTo) AND (r.validTo IS NOT NULL OR r.endedAt IS NULL OR left($asOf, size(r.endedAt)) < r.endedAt) ELSE left($asOf, size(coalesce(r.date, r.firstSeen))) >= coalesce(r.date, r.firstSeen) END)
    AND ($kinds IS NULL OR n.kind IN $kinds)
    AND NOT n IN seeds AND NOT n IN level1 AND NOT n IN level2
  RETURN collect(DISTINCT n)[..$limit + 1] AS level3
}
WITH seeds + level1 + level2 + level3 AS reached
WITH reached[..$limit] AS nodes, size(reached) > $limit AS truncated
CALL (nodes) {
  UNWIND nodes AS a
  MATCH (a)-[r:ANY_FACT_TYPE]->(b:Entity)
  WHERE type(r) IN $types AND r.reviewHidden IS NULL AND (NOT $reviewedOnly OR r.reviewState IN ['ACCEPTED', 'EDITED']) AND ($asOf IS NULL OR CASE WHEN type(r) IN $tenureTypes THEN left($asOf, size(coalesce(r.validFrom, r.firstSeen))) >= coalesce(r.validFrom, r.firstSeen) AND (r.validTo IS NULL OR left($asOf, size(r.validTo)) <= r.validTo) AND (r.validTo IS NOT NULL OR r.endedAt IS NULL OR left($asOf, size(r.endedAt)) < r.endedAt) ELSE left($asOf, size(coalesce(r.date, r.firstSeen))) >= coalesce(r.date, r.firstSeen) END) AND b IN nodes
  RETURN collect({
    type: type(r), props: CASE WHEN $factProperties THEN properties(r) ELSE r {.factId} END, from: a.id, to: b.id,
    evidence: CASE WHEN $evidenceLimit > 0 THEN COLLECT {
      MATCH (v:Evidence {factId: r.factId})-[:FROM]->(s:Sentence)-[:IN]->(d:Document)
      WHERE $evidenceAfter IS NULL OR v.id > $evidenceAfter
      RETURN v {.id, .quote, .start, .end, .extractor, .rule, .confidence,
                sentence: s {.index, .text, .start, .end}, document: d {.id, .title, .url, .publishedAt, .language}}
      ORDER BY v.id LIMIT $evidenceLimit
    } ELSE [] END,
    evidenceTotal: CASE WHEN $evidenceTotal THEN COUNT { (:Evidence {factId: r.factId})-[:FROM]->(:Sentence)-[:IN]->(:Document) } END
  }) AS edges
}
RETURN [n IN nodes | n {.id, .kind, .name, .roles, .aliases}] AS nodes, edges, truncated
