// The review queue: facts in the asked review $states (UNREVIEWED when never judged), and fuzzy
// resolutions (a document's names resolved to a known entity by similarity, not exactly), most helpful
// first: lowest confidence (a resolution's: its lowest match score), then highest impact (the endpoints'
// visible facts, plus $amountWeight for an investment with an amount; a resolution's: its entity's visible
// facts), then id (a fact's id, 'resolution:<document id>:<entity id>') so that the order is total and
// paging stable. $kinds: FACT, RESOLUTION or both. A resolution is UNREVIEWED while one of its fuzzy
// mentions is not confirmed (reviewResolution CONFIRM), ACCEPTED once all are; a SPLIT rewrites the
// document, so the resolution is gone. It has no relation type: a $types filter leaves resolutions out.
// A rejected fact with evidence its judgement did not cover is listed again (newEvidenceSinceJudgement).
// Keyset paging on [confidence, impact, id] ($after); totalCount counts the whole filtered queue.
// ANY_FACT_TYPE in a pattern is written out as every fact type of the model when the statement is loaded
// (src/graph/cypher.ts): besides testing $types, it makes Neo4j read no MENTIONS of an entity.
CALL () {
  MATCH (a:Entity)-[r:ANY_FACT_TYPE]->(b:Entity)
  WHERE 'FACT' IN $kinds
    AND type(r) IN $factTypes
    AND ($types IS NULL OR type(r) IN $types)
    AND ($minConfidence IS NULL OR coalesce(r.confidence, 0.0) >= $minConfidence)
    AND ($maxConfidence IS NULL OR coalesce(r.confidence, 0.0) <= $maxConfidence)
    AND ($entityId IS NULL OR a.id = $entityId OR b.id = $entityId)
    AND ($documentId IS NULL OR EXISTS { MATCH (:Evidence {factId: r.factId, documentId: $documentId}) })
    AND ($language IS NULL OR EXISTS {
      MATCH (:Evidence {factId: r.factId})-[:FROM]->(:Sentence)-[:IN]->(:Document {language: $language})
    })
  // A rejected fact stated since by a sentence its judgement did not cover (the judgement keeps the
  // sentences it was made on) waits for a judgement again: listed with the UNREVIEWED ones, still REJECTED.
  // The same sentence written again (a re-ingest, another article repeating it) is covered.
  WITH a, r, b, coalesce(r.reviewState = 'REJECTED', false) AND EXISTS {
    MATCH (j:FactJudgement {factId: r.factId, current: true})
    MATCH (:Evidence {factId: r.factId})-[:FROM]->(s:Sentence)
    WHERE NOT s.text IN coalesce(j.sentences, [])
  } AS newEvidence
  WHERE coalesce(r.reviewState, 'UNREVIEWED') IN $states OR (newEvidence AND 'UNREVIEWED' IN $states)
  RETURN 'FACT' AS kind, r.factId AS id, toFloat(coalesce(r.confidence, 0.0)) AS confidence,
    COUNT { (a)-[x:ANY_FACT_TYPE]-(:Entity) WHERE type(x) IN $factTypes AND x.reviewHidden IS NULL }
    + COUNT { (b)-[y:ANY_FACT_TYPE]-(:Entity) WHERE type(y) IN $factTypes AND y.reviewHidden IS NULL }
    + CASE WHEN type(r) = 'INVESTS_IN' AND r.amount IS NOT NULL THEN $amountWeight ELSE 0 END AS impact,
    a, r, b, null AS d, newEvidence
  UNION
  MATCH (d:Document)<-[:IN]-(:Sentence)-[m:MENTIONS]->(a:Entity)
  WHERE 'RESOLUTION' IN $kinds AND $types IS NULL AND m.method = 'fuzzy'
    AND ($documentId IS NULL OR d.id = $documentId)
    AND ($entityId IS NULL OR a.id = $entityId)
    AND ($language IS NULL OR d.language = $language)
  WITH d, a, min(toFloat(coalesce(m.score, 0.0))) AS confidence,
    CASE WHEN count(m.reviewState) = count(m) THEN 'ACCEPTED' ELSE 'UNREVIEWED' END AS state
  WHERE state IN $states
    AND ($minConfidence IS NULL OR confidence >= $minConfidence)
    AND ($maxConfidence IS NULL OR confidence <= $maxConfidence)
  RETURN 'RESOLUTION' AS kind, 'resolution:' + d.id + ':' + a.id AS id, confidence,
    COUNT { (a)-[x:ANY_FACT_TYPE]-(:Entity) WHERE type(x) IN $factTypes AND x.reviewHidden IS NULL } AS impact,
    a, null AS r, null AS b, d, false AS newEvidence
}
WITH kind, id, confidence, impact, a, r, b, d, newEvidence
ORDER BY confidence, impact DESC, id
WITH collect({kind: kind, id: id, a: a, r: r, b: b, d: d, confidence: confidence, impact: impact, newEvidence: newEvidence}) AS queue
WITH size(queue) AS totalCount,
     [i IN queue WHERE $after IS NULL
        OR i.confidence > $after[0]
        OR (i.confidence = $after[0] AND (i.impact < $after[1] OR (i.impact = $after[1] AND i.id > $after[2])))
     ][..$limit] AS page
// One row even for an empty page, so totalCount is returned (collect leaves out the null).
UNWIND CASE WHEN size(page) = 0 THEN [null] ELSE page END AS i
// The document of a resolution is `doc`: `d` is the fact branch's evidence document.
WITH totalCount, i, i.a AS a, i.r AS r, i.b AS b, i.d AS doc
OPTIONAL CALL (i, a, r, b, doc) {
  WITH i, a, r, b WHERE i IS NOT NULL AND i.kind = 'FACT'
  RETURN {
    kind: i.kind,
    impact: i.impact,
    newEvidenceSinceJudgement: i.newEvidence,
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
    },
    resolution: null
  } AS item
  UNION
  WITH i, a, doc WHERE i IS NOT NULL AND i.kind = 'RESOLUTION'
  // The document's fuzzily resolved mentions of the entity: the sentences with where in each they stand,
  // and the names as written (in order of first mention).
  CALL (a, doc) {
    MATCH (doc)<-[:IN]-(s:Sentence)-[m:MENTIONS]->(a) WHERE m.method = 'fuzzy'
    WITH s, m ORDER BY m.start
    WITH s, collect(m) AS ms ORDER BY s.index
    RETURN sum(size(ms)) AS mentions, sum(size([x IN ms WHERE x.reviewState IS NULL])) = 0 AS confirmed,
      collect({sentence: s {.index, .text, .start, .end},
               spans: [x IN ms | {surface: x.surface, start: x.start - s.start, end: x.end - s.start}]})[..$sentenceLimit] AS sentences
  }
  CALL (a, doc) {
    MATCH (doc)<-[:IN]-(:Sentence)-[m:MENTIONS]->(a) WHERE m.method = 'fuzzy'
    WITH m.surface AS surface, min(m.start) AS first ORDER BY first
    RETURN collect(surface) AS writtenNames
  }
  RETURN {
    kind: i.kind,
    impact: i.impact,
    newEvidenceSinceJudgement: false,
    fact: null,
    sentences: [],
    resolution: {
      document: doc {.id, .title, .url, .publishedAt, .language},
      entity: a {.id, .kind, .name, .roles},
      entityName: a.name,
      score: i.confidence,
      confirmed: confirmed,
      mentions: mentions,
      writtenNames: writtenNames,
      sentences: sentences
    }
  } AS item
}
RETURN totalCount, collect(item) AS items
