// Full-text candidates for a search over folded names and aliases: $query
// (exact and prefix words) first; $fuzzyQuery (words within edits, the costly
// part) only when $query found nothing. Ranking and the matched alias are
// decided by the caller.
CALL db.index.fulltext.queryNodes('entity_names', $query, {limit: $candidates}) YIELD node, score
WHERE $kinds IS NULL OR node.kind IN $kinds
WITH collect({entity: node {.id, .kind, .name, .roles, .aliases}, score: score}) AS direct
CALL (direct) {
  UNWIND CASE WHEN direct = [] AND $fuzzyQuery IS NOT NULL THEN [$fuzzyQuery] ELSE [] END AS fuzzyQuery
  CALL db.index.fulltext.queryNodes('entity_names', fuzzyQuery, {limit: $candidates}) YIELD node, score
  WHERE $kinds IS NULL OR node.kind IN $kinds
  RETURN collect({entity: node {.id, .kind, .name, .roles, .aliases}, score: score}) AS fuzzy
}
UNWIND direct + fuzzy AS hit
RETURN hit.entity AS entity, hit.score AS score
