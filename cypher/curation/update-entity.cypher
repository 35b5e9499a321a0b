// A curator's update of an entity: a new name (the old one stays as an alias),
// and, when given, new curated aliases (with their keys) and roles, which
// replace the previous curated ones. An alias, key or role that the curator
// takes back goes unless a mention still supports it; what mentions found
// stays. A $list left null keeps the curated list as it is.
// List work is done by grouping rows (UNWIND, then aggregate by value), never
// by a reduce that tests `IN acc` for every element and copies acc: that was
// quadratic (30,000 aliases kept Neo4j busy for minutes), and Neo4j checks the
// transaction timeout between rows, not inside one expression.
MATCH (e:Entity {id: $id})
CALL (e) {
  OPTIONAL MATCH (:Sentence)-[m:MENTIONS]->(e)
  RETURN collect(DISTINCT m.surface) AS surfaces, collect(DISTINCT m.key) AS keys
}
CALL (e) {
  OPTIONAL MATCH (:Sentence)-[m:MENTIONS]->(e)
  UNWIND coalesce(m.roles, []) AS role
  RETURN collect(DISTINCT role) AS mentionRoles
}
WITH e, e.name AS oldName, e.key AS oldKey, surfaces, keys, mentionRoles,
     coalesce($aliases, e.curatedAliases, []) AS newAliases,
     coalesce($aliasKeys, e.curatedAliasKeys, []) AS newKeys,
     coalesce($roles, e.curatedRoles, []) AS newRoles
// What the curator takes back and nothing else supports: a set difference by
// grouping, so linear in the sizes of the lists. (CALL, not COLLECT {}: Neo4j
// 5.26 counts the imported lists once per row of a COLLECT {} that groups, and
// runs out of transaction memory on a few thousand values.)
CALL (e, newAliases, surfaces) {
  UNWIND [v IN coalesce(e.curatedAliases, []) | {v: v, kept: 0}] + [v IN newAliases + surfaces | {v: v, kept: 1}] AS x
  WITH x.v AS v, max(x.kept) AS kept
  WHERE kept = 0
  RETURN collect(v) AS droppedAliases
}
CALL (e, newKeys, keys) {
  UNWIND [v IN coalesce(e.curatedAliasKeys, []) | {v: v, kept: 0}] + [v IN newKeys + keys | {v: v, kept: 1}] AS x
  WITH x.v AS v, max(x.kept) AS kept
  WHERE kept = 0
  RETURN collect(v) AS droppedKeys
}
CALL (e, newRoles, mentionRoles) {
  UNWIND [v IN coalesce(e.curatedRoles, []) | {v: v, kept: 0}] + [v IN newRoles + mentionRoles | {v: v, kept: 1}] AS x
  WITH x.v AS v, max(x.kept) AS kept
  WHERE kept = 0
  RETURN collect(v) AS droppedRoles
}
// The new lists: the current values less those taken back, then the added
// ones; each value once, at its first position.
CALL (e, oldName, newAliases, droppedAliases) {
  WITH coalesce(e.aliases, []) AS current, [oldName] + newAliases AS added
  UNWIND [i IN range(0, size(current) - 1) | {v: current[i], current: i}]
       + [i IN range(0, size(added) - 1) | {v: added[i], added: size(current) + i}]
       + [v IN droppedAliases | {v: v, dropped: true}] AS x
  WITH x.v AS v, min(x.current) AS atCurrent, min(x.added) AS atAdded, count(x.dropped) > 0 AS dropped
  WITH v, CASE WHEN NOT dropped AND atCurrent IS NOT NULL THEN atCurrent ELSE atAdded END AS at
  WHERE at IS NOT NULL AND v <> $name
  WITH v ORDER BY at
  RETURN collect(v) AS aliases
}
CALL (e, oldKey, newKeys, droppedKeys) {
  WITH coalesce(e.aliasKeys, []) AS current, [$key, oldKey] + newKeys AS added
  UNWIND [i IN range(0, size(current) - 1) | {v: current[i], current: i}]
       + [i IN range(0, size(added) - 1) | {v: added[i], added: size(current) + i}]
       + [v IN droppedKeys | {v: v, dropped: true}] AS x
  WITH x.v AS v, min(x.current) AS atCurrent, min(x.added) AS atAdded, count(x.dropped) > 0 AS dropped
  WITH v, CASE WHEN NOT dropped AND atCurrent IS NOT NULL THEN atCurrent ELSE atAdded END AS at
  WHERE at IS NOT NULL AND v <> ''
  WITH v ORDER BY at
  RETURN collect(v) AS aliasKeys
}
CALL (e, newRoles, droppedRoles) {
  WITH coalesce(e.roles, []) AS current, newRoles AS added
  UNWIND [i IN range(0, size(current) - 1) | {v: current[i], current: i}]
       + [i IN range(0, size(added) - 1) | {v: added[i], added: size(current) + i}]
       + [v IN droppedRoles | {v: v, dropped: true}] AS x
  WITH x.v AS v, min(x.current) AS atCurrent, min(x.added) AS atAdded, count(x.dropped) > 0 AS dropped
  WITH v, CASE WHEN NOT dropped AND atCurrent IS NOT NULL THEN atCurrent ELSE atAdded END AS at
  WHERE at IS NOT NULL
  WITH v ORDER BY at
  RETURN collect(v) AS roles
}
SET e.name = $name,
    e.key = $key,
    e.aliases = aliases,
    e.aliasKeys = aliasKeys,
    e.roles = roles,
    e.curatedAliases = CASE WHEN $aliases IS NULL THEN e.curatedAliases ELSE $aliases END,
    e.curatedAliasKeys = CASE WHEN $aliasKeys IS NULL THEN e.curatedAliasKeys ELSE $aliasKeys END,
    e.curatedRoles = CASE WHEN $roles IS NULL THEN e.curatedRoles ELSE $roles END,
    e.curated = true
RETURN e {.id, .kind, .name, .roles} AS entity
