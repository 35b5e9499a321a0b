// Candidates in the graph for the entities of one article, read as the
// transaction sees them: for each entity, the entities with the ids it lists,
// in that order, of its kind. The ids are what the full-text index found for
// its keys (ingest/fulltext-candidates), the ids its own names would have (an
// exact match must not depend on where Lucene ranks it among the top hits,
// whatever their kind and however many near spellings the graph holds), and
// what the transaction wrote that its keys match. For candidates that are not
// exact matches, the keys of their neighbours over fact relationships, for
// context (an exact match needs none, and hubs have many neighbours). The pattern
// names every fact type (ANY_FACT_TYPE, written out from the model when the
// statement is loaded: src/graph/cypher.ts) besides testing $factTypes: Neo4j then
// reads only those relationships of a candidate, not its MENTIONS, which grow
// with every article that names it.
// replan=skip: planned once, not again as the graph grows (each replan of the
// ingest statements cost Neo4j CPU); its plan is the same on an empty graph and
// a populated one (bench/README.md, ninth session).
CYPHER replan=skip
UNWIND $entities AS e
CALL (e) {
  UNWIND e.ids AS candidateId
  MATCH (node:Entity {id: candidateId})
  WITH node WHERE node.kind = e.kind
  WITH node, any(key IN node.aliasKeys WHERE key IN e.keys) AS exact
  RETURN node.id AS id, node.name AS name, node.aliasKeys AS keys,
    CASE WHEN exact THEN [] ELSE COLLECT {
      MATCH (node)-[r:ANY_FACT_TYPE]-(n:Entity)
      WHERE type(r) IN $factTypes RETURN DISTINCT n.key
    } END AS context
}
RETURN e.localId AS localId, id, name, keys, context
