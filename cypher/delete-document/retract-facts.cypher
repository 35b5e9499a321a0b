// Each fact this document supported loses this source. A fact left with none is
// removed; the others get source count, confidence, status, extractors,
// first/last seen and their stated span (validFrom, validTo) back from their
// remaining evidence, as if this document had never been ingested.
MATCH (d:Document {id: $id})<-[:IN]-(:Sentence)<-[:FROM]-(v:Evidence)
WITH DISTINCT v.factId AS factId, v.type AS type, v.fromId AS fromId, v.toId AS toId
MATCH (:Entity {id: fromId})-[r:$(type) {factId: factId}]->(:Entity {id: toId})
OPTIONAL MATCH (other:Evidence {factId: factId})
WHERE other.documentId <> $id
WITH r, collect(other) AS remaining, count(DISTINCT other.documentId) AS sources
SET r.sourceCount = sources,
    r.confidence = reduce(top = 0.0, o IN remaining | CASE WHEN o.confidence > top THEN o.confidence ELSE top END),
    r.firstSeen = reduce(first = null, o IN remaining | CASE WHEN first IS NULL OR o.seen < first THEN o.seen ELSE first END),
    r.lastSeen = reduce(last = null, o IN remaining | CASE WHEN last IS NULL OR o.seen > last THEN o.seen ELSE last END),
    r.status = CASE WHEN any(o IN remaining WHERE o.status = 'stated') THEN 'stated' ELSE 'planned' END,
    r.extractors = reduce(xs = [], o IN remaining | CASE WHEN o.extractor IN xs THEN xs ELSE xs + o.extractor END),
    r.validFrom = reduce(first = null, o IN remaining | CASE WHEN o.validFrom < coalesce(first, '~') THEN o.validFrom ELSE first END),
    r.validTo = reduce(last = null, o IN remaining | CASE WHEN o.validTo > coalesce(last, '') THEN o.validTo ELSE last END)
WITH r, sources, r.factId AS factId
FOREACH (_ IN CASE WHEN sources = 0 THEN [1] ELSE [] END | DELETE r)
RETURN count(*) AS retracted, sum(CASE WHEN sources = 0 THEN 1 ELSE 0 END) AS removed, collect(factId) AS factIds
