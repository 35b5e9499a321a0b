// holders: who held a post of one entity, with the fact and its evidence: the
// facts of $types that end at it, left out when a reviewer rejected or replaced
// them (r.reviewHidden), and with $reviewedOnly (reviewed: ONLY) unless a reviewer
// accepted or corrected them. With $asOf, only those that held on that date: a fact
// of a type that holds over time ($tenureTypes) when its span includes the date
// (from validFrom, else firstSeen; to the stated validTo, else before its
// inferred end endedAt, else open), any other fact when its own date (else
// firstSeen) is on or before it. Bounds compare at their own precision, so a
// span from 2023-03 until 2024 holds all through March 2023 and the year 2024.
// Newest start first, then fact id.
// ANY_FACT_TYPE in a pattern is written out as every fact type of the model when the statement is loaded
// (src/graph/cypher.ts): besides testing $types, it makes Neo4j read no MENTIONS of an entity.
OPTIONAL MATCH (e:Entity {id: $of})
CALL (e) {
  MATCH (h:Entity)-[r:ANY_FACT_TYPE]->(e)
  WHERE type(r) IN $types AND r.reviewHidden IS NULL AND (NOT $reviewedOnly OR r.reviewState IN ['ACCEPTED', 'EDITED']) AND ($asOf IS NULL OR CASE WHEN type(r) IN $tenureTypes THEN left($asOf, size(coalesce(r.validFrom, r.firstSeen))) >= coalesce(r.validFrom, r.firstSeen) AND (r.validTo IS NULL OR left($asOf, size(r.validTo)) <= r.validTo) AND (r.validTo IS NOT NULL OR r.endedAt IS NULL OR left($asOf, size(r.endedAt)) < r.endedAt) ELSE left($asOf, size(coalesce(r.date, r.firstSeen))) >= coalesce(r.date, r.firstSeen) END)
  WITH h, r ORDER BY coalesce(r.validFrom, r.firstSeen) DESC, r.factId ASC
  LIMIT $limit
  RETURN collect({
    type: type(r), props: properties(r),
    from: {id: h.id, kind: h.kind, name: h.name, roles: h.roles},
    to: {id: e.id, kind: e.kind, name: e.name, roles: e.roles},
    evidence: CASE WHEN $evidenceLimit > 0 THEN COLLECT {
      MATCH (v:Evidence {factId: r.factId})-[:FROM]->(s:Sentence)-[:IN]->(d:Document)
      WHERE $evidenceAfter IS NULL OR v.id > $evidenceAfter
      RETURN v {.id, .quote, .start, .end, .extractor, .rule, .confidence,
                sentence: s {.index, .text, .start, .end}, document: d {.id, .title, .url, .publishedAt, .language}}
      ORDER BY v.id LIMIT $evidenceLimit
    } ELSE [] END,
    evidenceTotal: CASE WHEN $evidenceTotal THEN COUNT { (:Evidence {factId: r.factId})-[:FROM]->(:Sentence)-[:IN]->(:Document) } END
  }) AS facts
}
RETURN e IS NOT NULL AS found, facts
