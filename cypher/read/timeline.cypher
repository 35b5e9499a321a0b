// The dated facts of one entity ($types: visits, meetings, events,
// agreements) in date order; a fact without a date of its own is placed at
// its first source. $from/$to compare by prefix, so 2024-02 covers the month.
// Also tells whether the entity exists.
OPTIONAL MATCH (e:Entity {id: $id})
CALL (e) {
  MATCH (e)-[r]-(:Entity)
  WHERE type(r) IN $types
  WITH DISTINCT r, coalesce(r.date, r.firstSeen) AS date
  WHERE ($from IS NULL OR left(date, size($from)) >= $from)
    AND ($to IS NULL OR left(date, size($to)) <= $to)
  WITH r, date ORDER BY date, r.factId LIMIT $first
  RETURN collect({date: date, fact: {
    type: type(r), props: properties(r),
    from: {id: startNode(r).id, kind: startNode(r).kind, name: startNode(r).name, roles: startNode(r).roles},
    to: {id: endNode(r).id, kind: endNode(r).kind, name: endNode(r).name, roles: endNode(r).roles},
    evidence: CASE WHEN $evidenceFirst > 0 THEN COLLECT {
      MATCH (v:Evidence {factId: r.factId})-[:FROM]->(s:Sentence)-[:IN]->(d:Document)
      RETURN v {.quote, .start, .end, .extractor, .rule, .confidence,
                sentence: s {.index, .text, .start, .end}, document: d {.id, .title, .url, .publishedAt, .language}}
      ORDER BY v.id LIMIT $evidenceFirst
    } ELSE [] END
  }}) AS items
}
RETURN e IS NOT NULL AS found, items
