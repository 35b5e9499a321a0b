// Candidates in the graph for the entities of one article: same kind, and a
// folded key that matches one of the entity's keys exactly or within one edit
// per word (full-text index over aliasKeys). Returns each candidate's keys and
// the keys of its neighbours over fact relationships, for context.
UNWIND $entities AS e
CALL (e) {
  CALL db.index.fulltext.queryNodes('entity_names', e.query, {limit: 10}) YIELD node, score
  WITH node WHERE node.kind = e.kind
  OPTIONAL MATCH (node)-[r]-(n:Entity)
  WHERE type(r) IN $factTypes
  RETURN node.id AS id, node.name AS name, node.aliasKeys AS keys, collect(DISTINCT n.key) AS context
}
RETURN e.localId AS localId, id, name, keys, context
