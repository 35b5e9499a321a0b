// How many facts of each relation type ($factTypes) are in each review state,
// hidden ones included (a rejected fact, the original of an edit); and how many
// fuzzy resolutions (a document's names resolved to an entity by similarity,
// counted per document and entity) wait for review (a fuzzy mention not
// confirmed) or are confirmed (all of them confirmed by reviewResolution).
// ANY_FACT_TYPE in a pattern is written out as every fact type of the model when the statement is loaded
// (src/graph/cypher.ts): besides testing $types, it makes Neo4j read no MENTIONS of an entity.
CALL () {
  MATCH ()-[r:ANY_FACT_TYPE]->()
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
