// Candidates in the graph for the entities of one article: same kind, and a
// folded key that matches one of the entity's keys exactly or within one edit
// per word (full-text index over aliasKeys), plus the entities whose ids its
// own names would have ($ids, a unique-constraint seek): an exact match must not
// depend on where Lucene ranks it among the top hits, whatever their kind and
// however many near spellings the graph holds. For candidates that are not exact
// matches, the keys of their neighbours over fact relationships, for context
// (an exact match needs none, and hubs have many neighbours).
UNWIND $entities AS e
CALL (e) {
  CALL (e) {
    CALL db.index.fulltext.queryNodes('entity_names', e.query, {limit: 10}) YIELD node
    RETURN node
    UNION
    MATCH (node:Entity) WHERE node.id IN e.ids
    RETURN node
  }
  WITH node WHERE node.kind = e.kind
  WITH node, any(key IN node.aliasKeys WHERE key IN e.keys) AS exact
  RETURN node.id AS id, node.name AS name, node.aliasKeys AS keys,
    CASE WHEN exact THEN [] ELSE COLLECT {
      MATCH (node)-[r]-(n:Entity) WHERE type(r) IN $factTypes RETURN DISTINCT n.key
    } END AS context
}
RETURN e.localId AS localId, id, name, keys, context
