// With $asOf, only facts that held on that day: the predicate of cypher/read/holders.cypher, beside r.reviewHidden IS NULL.
// Facts a reviewer rejected or replaced by a correction (r.reviewHidden; cypher/review/) are left out.
// With $reviewedOnly (reviewed: ONLY) only facts a reviewer accepted or corrected (ACCEPTED, EDITED) are kept.
// Entities linked by a fact of $types to every one of $ids (not themselves
// one of them, not of $excludeKinds), with the linking facts.
// ANY_FACT_TYPE in a pattern is written out as every fact type of the model when the statement is loaded
// (src/graph/cypher.ts): besides testing $types, it makes Neo4j read no MENTIONS of an entity.
UNWIND $ids AS id
MATCH (s:Entity {id: id})-[r:ANY_FACT_TYPE]-(c:Entity)
WHERE type(r) IN $types AND r.reviewHidden IS NULL AND (NOT $reviewedOnly OR r.reviewState IN ['ACCEPTED', 'EDITED']) AND ($asOf IS NULL OR CASE WHEN type(r) IN $tenureTypes THEN left($asOf, size(coalesce(r.validFrom, r.firstSeen))) >= coalesce(r.validFrom, r.firstSeen) AND (r.validTo IS NULL OR left($asOf, size(r.validTo)) <= r.validTo) AND (r.validTo IS NOT NULL OR r.endedAt IS NULL OR left($asOf, size(r.endedAt)) < r.endedAt) ELSE left($asOf, size(coalesce(r.date, r.firstSeen))) >= coalesce(r.date, r.firstSeen) END)
  AND NOT c.id IN $ids AND NOT c.kind IN $excludeKinds
WITH c, collect(DISTINCT s.id) AS linked, collect(DISTINCT r) AS rels
WHERE size(linked) = size($ids)
WITH c, rels ORDER BY size(rels) DESC, c.name, c.id LIMIT $first
RETURN c {.id, .kind, .name, .roles} AS entity, [r IN rels | {
  type: type(r), props: properties(r),
  from: {id: startNode(r).id, kind: startNode(r).kind, name: startNode(r).name, roles: startNode(r).roles},
  to: {id: endNode(r).id, kind: endNode(r).kind, name: endNode(r).name, roles: endNode(r).roles},
  evidence: CASE WHEN $evidenceLimit > 0 THEN COLLECT {
    MATCH (v:Evidence {factId: r.factId})-[:FROM]->(s:Sentence)-[:IN]->(d:Document)
    WHERE $evidenceAfter IS NULL OR v.id > $evidenceAfter
    RETURN v {.id, .quote, .start, .end, .extractor, .rule, .confidence,
              sentence: s {.index, .text, .start, .end}, document: d {.id, .title, .url, .publishedAt, .language}}
    ORDER BY v.id LIMIT $evidenceLimit
  } ELSE [] END,
  evidenceTotal: CASE WHEN $evidenceTotal THEN COUNT { (:Evidence {factId: r.factId})-[:FROM]->(:Sentence)-[:IN]->(:Document) } END
}] AS facts
