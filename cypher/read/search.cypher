// Full-text candidates for a search over folded names and aliases; ranking
// and the matched alias are decided by the caller.
CALL db.index.fulltext.queryNodes('entity_names', $query, {limit: $candidates}) YIELD node, score
WHERE $kinds IS NULL OR node.kind IN $kinds
RETURN node {.id, .kind, .name, .roles, .aliases} AS entity, score
