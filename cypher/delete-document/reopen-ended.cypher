// The facts this document ended (cypher/ingest/end-earlier-holders.cypher) lose
// that inferred end, as if the document had never been ingested. Only the
// relation types of single-holder offices can carry one.
// The pattern names the seat relation types of the single-holder offices (officeRelations;
// test/unit/graph/fact-type-patterns.test.ts keeps the list equal to it) besides testing $types: Neo4j then
// scans only those relationships, not every relationship of the graph.
MATCH (:Entity)-[r:GOVERNS|REPRESENTS|ACCREDITED_TO]->(:Entity)
WHERE type(r) IN $types AND r.endedBy = $id
REMOVE r.endedAt, r.endedBy
RETURN collect(r.factId) AS factIds
