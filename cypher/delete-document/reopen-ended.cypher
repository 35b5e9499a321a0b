// The facts this document ended (cypher/ingest/write-article-graph.cypher) lose
// that inferred end, as if the document had never been ingested. Only the
// relation types of single-holder offices can carry one.
// The pattern names the seat relation types of the single-holder offices (OFFICE_SEAT_TYPE, written out
// from the model's officeRelations when the statement is loaded: src/graph/cypher.ts) besides testing
// $types: Neo4j then scans only those relationships, not every relationship of the graph.
MATCH (:Entity)-[r:OFFICE_SEAT_TYPE]->(:Entity)
WHERE type(r) IN $types AND r.endedBy = $id
REMOVE r.endedAt, r.endedBy
RETURN collect(r.factId) AS factIds
