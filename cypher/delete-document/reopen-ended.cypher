// The facts this document ended (cypher/ingest/end-earlier-holders.cypher) lose
// that inferred end, as if the document had never been ingested. Only the
// relation types of single-holder offices can carry one.
// Fact patterns name the fact types (the ontology's relationTypes; test/unit/graph/fact-type-patterns.test.ts
// keeps the lists equal to it) besides testing a $types list: Neo4j then reads no MENTIONS of an entity.
MATCH (:Entity)-[r:GOVERNS|HOLDS_POSITION|REPRESENTS|ACCREDITED_TO|VISITED|MET_WITH|INVESTS_IN|LOCATED_IN|PARTICIPATED_IN|AGREEMENT_WITH|TRADE_WITH|PART_OF]->(:Entity)
WHERE type(r) IN $types AND r.endedBy = $id
REMOVE r.endedAt, r.endedBy
RETURN collect(r.factId) AS factIds
