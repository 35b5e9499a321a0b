// Facts a reviewer rejected or replaced by a correction (r.reviewHidden; cypher/review/) are left out.
// With $reviewedOnly (reviewed: ONLY) only facts a reviewer accepted or corrected (ACCEPTED, EDITED) are kept.
// The dated facts of one entity ($types: visits, meetings, events,
// agreements) in date order; a fact without a date of its own is placed at
// its first source, one without either last (sortDate '~' follows every
// date). $from/$to compare by prefix, so 2024-02 covers the month.
// The page: items strictly between the keys $after and $before
// ([sortDate, factId] or null), read from the end when $backward, at most
// $limit of them. Also tells whether the entity exists, and counts every
// item between $from and $to when $withTotal.
// ANY_FACT_TYPE in a pattern is written out as every fact type of the model when the statement is loaded
// (src/graph/cypher.ts): besides testing $types, it makes Neo4j read no MENTIONS of an entity.
OPTIONAL MATCH (e:Entity {id: $id})
CALL (e) {
  MATCH (e)-[r:ANY_FACT_TYPE]-(:Entity)
  WHERE type(r) IN $types AND r.reviewHidden IS NULL AND (NOT $reviewedOnly OR r.reviewState IN ['ACCEPTED', 'EDITED'])
  WITH DISTINCT r, coalesce(r.date, r.firstSeen) AS date
  WHERE ($from IS NULL OR left(date, size($from)) >= $from)
    AND ($to IS NULL OR left(date, size($to)) <= $to)
  WITH r, date, coalesce(date, '~') AS sortDate
  WHERE ($after IS NULL OR sortDate > $after[0] OR (sortDate = $after[0] AND r.factId > $after[1]))
    AND ($before IS NULL OR sortDate < $before[0] OR (sortDate = $before[0] AND r.factId < $before[1]))
  WITH r, date, sortDate ORDER BY CASE WHEN $backward THEN null ELSE sortDate END ASC,
    CASE WHEN $backward THEN sortDate END DESC, CASE WHEN $backward THEN null ELSE r.factId END ASC,
    CASE WHEN $backward THEN r.factId END DESC
  LIMIT $limit
  RETURN collect({date: date, sortDate: sortDate, fact: {
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
  }}) AS items
}
RETURN e IS NOT NULL AS found, items,
  CASE WHEN $withTotal AND e IS NOT NULL THEN size(COLLECT {
    MATCH (e)-[r:ANY_FACT_TYPE]-(:Entity)
    WHERE type(r) IN $types AND r.reviewHidden IS NULL AND (NOT $reviewedOnly OR r.reviewState IN ['ACCEPTED', 'EDITED'])
    WITH DISTINCT r, coalesce(r.date, r.firstSeen) AS date
    WHERE ($from IS NULL OR left(date, size($from)) >= $from)
      AND ($to IS NULL OR left(date, size($to)) <= $to)
    RETURN r
  }) END AS totalCount
