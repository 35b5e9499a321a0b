// The facts this document ended (cypher/ingest/end-earlier-holders.cypher) lose
// that inferred end, as if the document had never been ingested. Only the
// relation types of single-holder offices can carry one.
MATCH (:Entity)-[r]->(:Entity)
WHERE type(r) IN $types AND r.endedBy = $id
REMOVE r.endedAt, r.endedBy
RETURN collect(r.factId) AS factIds
