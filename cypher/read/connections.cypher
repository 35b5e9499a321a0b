// With $asOf, only facts that held on that day: the predicate of cypher/read/holders.cypher, beside r.reviewHidden IS NULL.
// Facts a reviewer rejected or replaced by a correction (r.reviewHidden; cypher/review/) are left out.
// With $reviewedOnly (reviewed: ONLY) only facts a reviewer accepted or corrected (ACCEPTED, EDITED) are kept.
// The shortest simple paths between two entities over fact relationships of
// $types only (so never through documents, sentences or evidence), through no
// intermediate entity of the $excludeKinds; at most $maxHops long, shortest
// first and equally long ones by their facts' ids. Also tells whether each
// endpoint exists.
// The pattern names every fact type (ANY_FACT_TYPE, written out from the model when the statement is
// loaded: src/graph/cypher.ts) besides testing $types: Neo4j then reads only those relationships of a
// node, so a hub's MENTIONS (often more than its facts) are never expanded. A third fewer dbHits on the
// bench's 100k pairs.
OPTIONAL MATCH (a:Entity {id: $from})
OPTIONAL MATCH (b:Entity {id: $to})
CALL (a, b) {
  // Which endpoint reaches more within two hops (s; the other is t), estimated as its facts times the
  // mean degree (every relationship, one lookup each) of its first 16 neighbours that may be crossed
  // (about 150 dbHits for both). Counting the endpoints' own facts alone picks the wrong side when the
  // endpoint with fewer facts sits next to a hub.
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
  WITH a, b, [e IN ends WHERE e.end = a][0].reach AS aReach, [e IN ends WHERE e.end = b][0].reach AS bReach
  WITH a, b, aReach < bReach AS swap, CASE WHEN aReach < bReach THEN bReach ELSE aReach END AS sReach,
    CASE WHEN aReach < bReach THEN aReach ELSE bReach END AS tReach
  WITH a, b, swap, sReach, tReach, CASE WHEN swap THEN b ELSE a END AS s, CASE WHEN swap THEN a ELSE b END AS t
  // Each way gives the paths as their nodes and facts from s to t, turned to run from a to b below.
  CALL (s, t, sReach, tReach) {
    // Up to 4 hops: every path, found by meeting in the middle. Neo4j's SHORTEST searches from one end
    // only and, when there are fewer than its count of paths, walks everything within the bound: on the
    // bench's pairs at 4 hops, every node 3 hops from one end. Here walks from t (l, the side that
    // reaches less) meet walks from s (h) on a node m, joined by hash (USING JOIN ON m): 2 + 2 hops, or
    // 3 + 1 when three hops from t cost less than two from s (t's two-hop neighbours' degrees summed
    // against s's estimate; summed only when t reaches far less than s), so that a hub endpoint is
    // expanded one hop, not two. A path is found once: its first hops from l as far as the split allows,
    // the rest from h. The walks from h carry no predicate, so that a hub's facts are read once and
    // not their properties; every predicate is checked on the joined paths (the walks from l test
    // theirs as they go, so that they stop at excluded kinds and hidden facts). Up to 2 hops: the walks
    // from l alone. No node but the first is l and none but the last is h, as in the SHORTEST below.
    WITH s, t, sReach, tReach WHERE s IS NOT NULL AND t IS NOT NULL AND $maxHops <= 4
    CALL (s, t, sReach, tReach) {
      WITH s, t WHERE $maxHops >= 3 AND tReach * 3 < sReach
      MATCH (t)-[:ANY_FACT_TYPE]-(x1:Entity)-[:ANY_FACT_TYPE]-(x2)
      WHERE x1 <> s AND NOT x1.kind IN $excludeKinds
      RETURN sum(COUNT { (x2)--() }) AS third
    }
    WITH s, t, sReach, CASE WHEN $maxHops >= 3 AND tReach * 3 < sReach THEN third ELSE sReach END AS third
    CALL (s, t, sReach, third) {
      WITH s AS h, t AS l WHERE $maxHops <= 2
      MATCH p = (l)((n1)-[r:ANY_FACT_TYPE]-(x1) WHERE n1 <> h AND x1 <> l AND type(r) IN $types AND r.reviewHidden IS NULL AND (NOT $reviewedOnly OR r.reviewState IN ['ACCEPTED', 'EDITED']) AND ($asOf IS NULL OR CASE WHEN type(r) IN $tenureTypes THEN left($asOf, size(coalesce(r.validFrom, r.firstSeen))) >= coalesce(r.validFrom, r.firstSeen) AND (r.validTo IS NULL OR left($asOf, size(r.validTo)) <= r.validTo) AND (r.validTo IS NOT NULL OR r.endedAt IS NULL OR left($asOf, size(r.endedAt)) < r.endedAt) ELSE left($asOf, size(coalesce(r.date, r.firstSeen))) >= coalesce(r.date, r.firstSeen) END) AND (n1 = l OR NOT n1.kind IN $excludeKinds)){1,2}(h)
      RETURN p, l, h
      UNION
      WITH s AS h, t AS l WHERE $maxHops >= 3 AND third < sReach
      MATCH p = (l)((n1)-[r:ANY_FACT_TYPE]-(x1) WHERE n1 <> h AND x1 <> l AND type(r) IN $types AND r.reviewHidden IS NULL AND (NOT $reviewedOnly OR r.reviewState IN ['ACCEPTED', 'EDITED']) AND ($asOf IS NULL OR CASE WHEN type(r) IN $tenureTypes THEN left($asOf, size(coalesce(r.validFrom, r.firstSeen))) >= coalesce(r.validFrom, r.firstSeen) AND (r.validTo IS NULL OR left($asOf, size(r.validTo)) <= r.validTo) AND (r.validTo IS NOT NULL OR r.endedAt IS NULL OR left($asOf, size(r.endedAt)) < r.endedAt) ELSE left($asOf, size(coalesce(r.date, r.firstSeen))) >= coalesce(r.date, r.firstSeen) END) AND (n1 = l OR NOT n1.kind IN $excludeKinds)){1,3}(m)(()-[r2:ANY_FACT_TYPE]-()){0,1}(h)
      USING JOIN ON m
      WHERE size(r2) = 0 OR size(r) = 3
      RETURN p, l, h
      UNION
      WITH s AS h, t AS l WHERE $maxHops >= 3 AND third >= sReach
      MATCH p = (l)((n1)-[r:ANY_FACT_TYPE]-(x1) WHERE n1 <> h AND x1 <> l AND type(r) IN $types AND r.reviewHidden IS NULL AND (NOT $reviewedOnly OR r.reviewState IN ['ACCEPTED', 'EDITED']) AND ($asOf IS NULL OR CASE WHEN type(r) IN $tenureTypes THEN left($asOf, size(coalesce(r.validFrom, r.firstSeen))) >= coalesce(r.validFrom, r.firstSeen) AND (r.validTo IS NULL OR left($asOf, size(r.validTo)) <= r.validTo) AND (r.validTo IS NOT NULL OR r.endedAt IS NULL OR left($asOf, size(r.endedAt)) < r.endedAt) ELSE left($asOf, size(coalesce(r.date, r.firstSeen))) >= coalesce(r.date, r.firstSeen) END) AND (n1 = l OR NOT n1.kind IN $excludeKinds)){1,2}(m)(()-[r2:ANY_FACT_TYPE]-()){0,2}(h)
      USING JOIN ON m
      WHERE size(r) - size(r2) IN [0, 1]
      RETURN p, l, h
    }
    WITH p, l, h
    WHERE all(r IN relationships(p) WHERE type(r) IN $types AND r.reviewHidden IS NULL AND (NOT $reviewedOnly OR r.reviewState IN ['ACCEPTED', 'EDITED']) AND ($asOf IS NULL OR CASE WHEN type(r) IN $tenureTypes THEN left($asOf, size(coalesce(r.validFrom, r.firstSeen))) >= coalesce(r.validFrom, r.firstSeen) AND (r.validTo IS NULL OR left($asOf, size(r.validTo)) <= r.validTo) AND (r.validTo IS NOT NULL OR r.endedAt IS NULL OR left($asOf, size(r.endedAt)) < r.endedAt) ELSE left($asOf, size(coalesce(r.date, r.firstSeen))) >= coalesce(r.date, r.firstSeen) END))
      AND all(x IN nodes(p)[1..-1] WHERE x:Entity AND x <> l AND x <> h AND NOT x.kind IN $excludeKinds)
    RETURN reverse(nodes(p)) AS ns, reverse(relationships(p)) AS rs
    UNION
    // 5 or 6 hops: Neo4j's SHORTEST from s, whose search stops at 6 hops. It needs a literal count: 10
    // candidates, the shortest walks it meets first (not simple ones only, and equally long walks
    // beyond the 10th left out as they come). A walk never comes back to s nor goes on from t (n <> t,
    // x <> s): such a walk is not simple, and going on from a hub endpoint made SHORTEST expand its
    // whole neighbourhood, its non-simple candidates taking the places of simple paths.
    WITH s, t WHERE s IS NOT NULL AND t IS NOT NULL AND $maxHops >= 5
    MATCH p = SHORTEST 10 (s)((n)-[r:ANY_FACT_TYPE]-(x:Entity) WHERE n <> t AND x <> s AND type(r) IN $types AND r.reviewHidden IS NULL AND (NOT $reviewedOnly OR r.reviewState IN ['ACCEPTED', 'EDITED']) AND ($asOf IS NULL OR CASE WHEN type(r) IN $tenureTypes THEN left($asOf, size(coalesce(r.validFrom, r.firstSeen))) >= coalesce(r.validFrom, r.firstSeen) AND (r.validTo IS NULL OR left($asOf, size(r.validTo)) <= r.validTo) AND (r.validTo IS NOT NULL OR r.endedAt IS NULL OR left($asOf, size(r.endedAt)) < r.endedAt) ELSE left($asOf, size(coalesce(r.date, r.firstSeen))) >= coalesce(r.date, r.firstSeen) END) AND (x = t OR NOT x.kind IN $excludeKinds)){1,6}(t)
    RETURN nodes(p) AS ns, relationships(p) AS rs
  }
  WITH size(rs) AS hops, CASE WHEN swap THEN reverse(ns) ELSE ns END AS ns, CASE WHEN swap THEN reverse(rs) ELSE rs END AS rs
  WHERE hops <= $maxHops AND all(i IN range(0, hops) WHERE NOT ns[i] IN ns[i + 1..])
  // Shortest first; among equally long paths, by their facts' ids (from a to b), so that the same graph
  // gives the same paths.
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
