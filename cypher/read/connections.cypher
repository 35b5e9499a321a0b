// With $asOf, only facts that held on that day: the predicate of cypher/read/holders.cypher, beside r.reviewHidden IS NULL.
// Facts a reviewer rejected or replaced by a correction (r.reviewHidden; cypher/review/) are left out.
// With $reviewedOnly (reviewed: ONLY) only facts a reviewer accepted or corrected (ACCEPTED, EDITED) are kept.
// The shortest simple paths between two entities over fact relationships of
// $types only (so never through documents, sentences or evidence), through no
// intermediate entity of the $excludeKinds; at most $maxHops long. SHORTEST
// needs a literal count: 10 candidates, of which $first are kept. Also tells
// whether each endpoint exists.
// The pattern names every fact type (ANY_FACT_TYPE, written out from the model when the statement is
// loaded: src/graph/cypher.ts) besides testing $types: Neo4j then reads only those relationships of a
// node, so a hub's MENTIONS (often more than its facts) are never expanded. A third fewer dbHits on the
// bench's 100k pairs.
OPTIONAL MATCH (a:Entity {id: $from})
OPTIONAL MATCH (b:Entity {id: $to})
CALL (a, b) {
  // The search starts from the endpoint that reaches more within two hops (swap when $from reaches less),
  // estimated as its facts times the mean degree (every relationship, one lookup each) of its first 16
  // neighbours that may be crossed: Neo4j's shortest-path search costs much less that way round. Counting
  // the endpoints' own facts alone, as before, picks the costlier side when the endpoint with fewer facts
  // sits next to a hub (the bench's 100k pairs: mean dbHits 2,748 → 2,465, p95 17,480 → 11,173, the
  // estimate's own ~150 included). The paths are turned back to run from a to b before they are
  // filtered, ordered and returned.
  CALL (a, b) {
    UNWIND [e IN [a, b] WHERE e IS NOT NULL] AS e
    CALL (e) {
      MATCH (e)-[:ANY_FACT_TYPE]-(x:Entity)
      WHERE NOT x.kind IN $excludeKinds
      WITH x LIMIT 16
      RETURN avg(COUNT { (x)--() }) AS meanDegree
    }
    RETURN collect({end: e, reach: COUNT { (e)-[:ANY_FACT_TYPE]-() } * coalesce(meanDegree, 0.0)}) AS ends
  }
  WITH a, b, a IS NOT NULL AND b IS NOT NULL AND [e IN ends WHERE e.end = a][0].reach < [e IN ends WHERE e.end = b][0].reach AS swap
  WITH a, b, swap, CASE WHEN swap THEN b ELSE a END AS s, CASE WHEN swap THEN a ELSE b END AS t
  // A walk never comes back to s nor goes on from t (n <> t, x <> s): such a walk is not simple, and going
  // on from a hub endpoint made SHORTEST expand its whole neighbourhood, its non-simple candidates taking
  // the places of simple paths (a pair next to a 2,151-fact hub: 62,184 dbHits → 10,953, and a third path).
  // Quantifiers must be literals: the search stops at 2, 4 or 6 hops, whichever
  // is the first at least $maxHops, so a pair with no path is not searched deeper.
  CALL (s, t) {
    WITH s, t WHERE s IS NOT NULL AND t IS NOT NULL AND $maxHops <= 2
    MATCH p = SHORTEST 10 (s)((n)-[r:ANY_FACT_TYPE]-(x:Entity) WHERE n <> t AND x <> s AND type(r) IN $types AND r.reviewHidden IS NULL AND (NOT $reviewedOnly OR r.reviewState IN ['ACCEPTED', 'EDITED']) AND ($asOf IS NULL OR CASE WHEN type(r) IN $tenureTypes THEN left($asOf, size(coalesce(r.validFrom, r.firstSeen))) >= coalesce(r.validFrom, r.firstSeen) AND (r.validTo IS NULL OR left($asOf, size(r.validTo)) <= r.validTo) AND (r.validTo IS NOT NULL OR r.endedAt IS NULL OR left($asOf, size(r.endedAt)) < r.endedAt) ELSE left($asOf, size(coalesce(r.date, r.firstSeen))) >= coalesce(r.date, r.firstSeen) END) AND (x = t OR NOT x.kind IN $excludeKinds)){1,2}(t)
    RETURN p
    UNION
    WITH s, t WHERE s IS NOT NULL AND t IS NOT NULL AND $maxHops IN [3, 4]
    MATCH p = SHORTEST 10 (s)((n)-[r:ANY_FACT_TYPE]-(x:Entity) WHERE n <> t AND x <> s AND type(r) IN $types AND r.reviewHidden IS NULL AND (NOT $reviewedOnly OR r.reviewState IN ['ACCEPTED', 'EDITED']) AND ($asOf IS NULL OR CASE WHEN type(r) IN $tenureTypes THEN left($asOf, size(coalesce(r.validFrom, r.firstSeen))) >= coalesce(r.validFrom, r.firstSeen) AND (r.validTo IS NULL OR left($asOf, size(r.validTo)) <= r.validTo) AND (r.validTo IS NOT NULL OR r.endedAt IS NULL OR left($asOf, size(r.endedAt)) < r.endedAt) ELSE left($asOf, size(coalesce(r.date, r.firstSeen))) >= coalesce(r.date, r.firstSeen) END) AND (x = t OR NOT x.kind IN $excludeKinds)){1,4}(t)
    RETURN p
    UNION
    WITH s, t WHERE s IS NOT NULL AND t IS NOT NULL AND $maxHops >= 5
    MATCH p = SHORTEST 10 (s)((n)-[r:ANY_FACT_TYPE]-(x:Entity) WHERE n <> t AND x <> s AND type(r) IN $types AND r.reviewHidden IS NULL AND (NOT $reviewedOnly OR r.reviewState IN ['ACCEPTED', 'EDITED']) AND ($asOf IS NULL OR CASE WHEN type(r) IN $tenureTypes THEN left($asOf, size(coalesce(r.validFrom, r.firstSeen))) >= coalesce(r.validFrom, r.firstSeen) AND (r.validTo IS NULL OR left($asOf, size(r.validTo)) <= r.validTo) AND (r.validTo IS NOT NULL OR r.endedAt IS NULL OR left($asOf, size(r.endedAt)) < r.endedAt) ELSE left($asOf, size(coalesce(r.date, r.firstSeen))) >= coalesce(r.date, r.firstSeen) END) AND (x = t OR NOT x.kind IN $excludeKinds)){1,6}(t)
    RETURN p
  }
  WITH p, length(p) AS hops, CASE WHEN swap THEN reverse(nodes(p)) ELSE nodes(p) END AS ns,
    CASE WHEN swap THEN reverse(relationships(p)) ELSE relationships(p) END AS rs
  WHERE hops <= $maxHops AND all(i IN range(0, hops) WHERE NOT ns[i] IN ns[i + 1..])
  // Shortest first; among equally long paths, by their facts' ids (from a to b), so that the same graph
  // gives the same paths (of the 10 candidates SHORTEST returns).
  WITH hops, ns, rs ORDER BY hops, [r IN rs | r.factId] LIMIT $first
  // A hop's from/to are its fact's endpoints as stated; forward says whether
  // the walk from a to b crosses the fact in that direction.
  RETURN collect({length: hops, hops: [i IN range(0, hops - 1) | {
    forward: startNode(rs[i]) = ns[i],
    fact: {
      type: type(rs[i]), props: properties(rs[i]),
      from: {id: startNode(rs[i]).id, kind: startNode(rs[i]).kind, name: startNode(rs[i]).name, roles: startNode(rs[i]).roles},
      to: {id: endNode(rs[i]).id, kind: endNode(rs[i]).kind, name: endNode(rs[i]).name, roles: endNode(rs[i]).roles},
      evidence: CASE WHEN $evidenceLimit > 0 THEN COLLECT {
        MATCH (v:Evidence {factId: rs[i].factId})-[:FROM]->(s:Sentence)-[:IN]->(d:Document)
        WHERE $evidenceAfter IS NULL OR v.id > $evidenceAfter
        RETURN v {.id, .quote, .start, .end, .extractor, .rule, .confidence,
                  sentence: s {.index, .text, .start, .end}, document: d {.id, .title, .url, .publishedAt, .language}}
        ORDER BY v.id LIMIT $evidenceLimit
      } ELSE [] END,
      evidenceTotal: CASE WHEN $evidenceTotal THEN COUNT { (:Evidence {factId: rs[i].factId})-[:FROM]->(:Sentence)-[:IN]->(:Document) } END
    }
  }]}) AS paths
}
RETURN a IS NOT NULL AS fromFound, b IS NOT NULL AS toFound, paths
