// The review queue: facts in the asked review $states (UNREVIEWED when never judged), most helpful
// first: lowest confidence, then highest impact (the endpoints' visible facts, plus $amountWeight
// for an investment with an amount), then fact id so that the order is total and paging stable.
// Keyset paging on [confidence, impact, factId] ($after); totalCount counts the whole filtered queue.
MATCH (a:Entity)-[r]->(b:Entity)
WHERE type(r) IN $factTypes
  AND coalesce(r.reviewState, 'UNREVIEWED') IN $states
  AND ($types IS NULL OR type(r) IN $types)
  AND ($minConfidence IS NULL OR coalesce(r.confidence, 0.0) >= $minConfidence)
  AND ($maxConfidence IS NULL OR coalesce(r.confidence, 0.0) <= $maxConfidence)
  AND ($entityId IS NULL OR a.id = $entityId OR b.id = $entityId)
  AND ($documentId IS NULL OR EXISTS { MATCH (:Evidence {factId: r.factId, documentId: $documentId}) })
  AND ($language IS NULL OR EXISTS {
    MATCH (:Evidence {factId: r.factId})-[:FROM]->(:Sentence)-[:IN]->(:Document {language: $language})
  })
WITH a, r, b, toFloat(coalesce(r.confidence, 0.0)) AS confidence,
     COUNT { (a)-[x]-(:Entity) WHERE type(x) IN $factTypes AND x.reviewHidden IS NULL }
     + COUNT { (b)-[y]-(:Entity) WHERE type(y) IN $factTypes AND y.reviewHidden IS NULL }
     + CASE WHEN type(r) = 'INVESTS_IN' AND r.amount IS NOT NULL THEN $amountWeight ELSE 0 END AS impact
ORDER BY confidence, impact DESC, r.factId
WITH collect({a: a, r: r, b: b, confidence: confidence, impact: impact}) AS queue
WITH size(queue) AS totalCount,
     [i IN queue WHERE $after IS NULL
        OR i.confidence > $after[0]
        OR (i.confidence = $after[0] AND (i.impact < $after[1] OR (i.impact = $after[1] AND i.r.factId > $after[2])))
     ][..$limit] AS page
// One row even for an empty page, so totalCount is returned (collect leaves out the null).
UNWIND CASE WHEN size(page) = 0 THEN [null] ELSE page END AS i
WITH totalCount, i, i.a AS a, i.r AS r, i.b AS b
OPTIONAL CALL (i, a, r, b) {
  WITH i WHERE i IS NOT NULL
  RETURN {
    impact: i.impact,
    fact: {
      type: type(r), props: properties(r),
      from: a {.id, .kind, .name, .roles}, to: b {.id, .kind, .name, .roles},
      evidence: CASE WHEN $evidenceLimit > 0 THEN COLLECT {
        MATCH (v:Evidence {factId: r.factId})-[:FROM]->(s:Sentence)-[:IN]->(d:Document)
        WHERE $evidenceAfter IS NULL OR v.id > $evidenceAfter
        RETURN v {.id, .quote, .start, .end, .extractor, .rule, .confidence,
                  sentence: s {.index, .text, .start, .end}, document: d {.id, .title, .url, .publishedAt, .language}}
        ORDER BY v.id LIMIT $evidenceLimit
      } ELSE [] END,
      evidenceTotal: CASE WHEN $evidenceTotal THEN COUNT { (:Evidence {factId: r.factId})-[:FROM]->(:Sentence)-[:IN]->(:Document) } END
    },
    // The sentences that state the fact, with where in each (offsets within the sentence) it names
    // either endpoint: what a reviewer reads to judge it.
    sentences: COLLECT {
      MATCH (v:Evidence {factId: r.factId})-[:FROM]->(s:Sentence)-[:IN]->(d:Document)
      RETURN {
        quote: v.quote, extractor: v.extractor, rule: v.rule, confidence: v.confidence,
        sentence: s {.index, .text, .start, .end}, document: d {.id, .title, .url, .publishedAt, .language},
        fromSpans: COLLECT {
          MATCH (s)-[m:MENTIONS]->(a)
          RETURN {surface: m.surface, start: m.start - s.start, end: m.end - s.start} AS span ORDER BY span.start
        },
        toSpans: COLLECT {
          MATCH (s)-[m:MENTIONS]->(b)
          RETURN {surface: m.surface, start: m.start - s.start, end: m.end - s.start} AS span ORDER BY span.start
        }
      } AS sentence
      ORDER BY v.id LIMIT $sentenceLimit
    }
  } AS item
}
RETURN totalCount, collect(item) AS items
