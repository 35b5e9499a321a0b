// How many facts of each relation type ($factTypes) are in each review state,
// hidden ones included (a rejected fact, the original of an edit); and how many
// fuzzy resolutions (a document's names resolved to an entity by similarity,
// counted per document and entity) wait for review (a fuzzy mention not
// confirmed) or are confirmed (all of them confirmed by reviewResolution).
// Fact patterns name the fact types (the ontology's relationTypes; test/unit/graph/fact-type-patterns.test.ts
// keeps the lists equal to it) besides testing a $types list: Neo4j then reads no MENTIONS of an entity.
CALL () {
  MATCH ()-[r:GOVERNS|HOLDS_POSITION|REPRESENTS|ACCREDITED_TO|VISITED|MET_WITH|INVESTS_IN|LOCATED_IN|PARTICIPATED_IN|AGREEMENT_WITH|TRADE_WITH|PART_OF]->()
  WHERE type(r) IN $factTypes
  WITH type(r) AS type, coalesce(r.reviewState, 'UNREVIEWED') AS state, count(*) AS count
  ORDER BY type, state
  RETURN collect({type: type, state: state, count: count}) AS facts
}
CALL () {
  MATCH (d:Document)<-[:IN]-(:Sentence)-[m:MENTIONS]->(e:Entity)
  WHERE m.method = 'fuzzy'
  WITH d, e, count(m.reviewState) = count(m) AS confirmed
  RETURN {pending: count(*) - sum(CASE WHEN confirmed THEN 1 ELSE 0 END),
          confirmed: sum(CASE WHEN confirmed THEN 1 ELSE 0 END)} AS resolutions
}
RETURN facts, resolutions
