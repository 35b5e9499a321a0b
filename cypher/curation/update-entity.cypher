// A curator's update of an entity: a new name (the old one stays as an alias),
// and, when given, new curated aliases (with their keys) and roles, which
// replace the previous curated ones. An alias, key or role that the curator
// takes back goes unless a mention still supports it; what mentions found
// stays. A $list left null keeps the curated list as it is.
MATCH (e:Entity {id: $id})
OPTIONAL MATCH (:Sentence)-[m:MENTIONS]->(e)
WITH e, collect(DISTINCT m.surface) AS surfaces, collect(DISTINCT m.key) AS keys,
     reduce(all = [], roles IN collect(m.roles) | all + roles) AS mentionRoles
WITH e, surfaces, keys, mentionRoles, e.name AS oldName, e.key AS oldKey,
     coalesce(e.curatedAliases, []) AS oldAliases, coalesce($aliases, e.curatedAliases, []) AS newAliases,
     coalesce(e.curatedAliasKeys, []) AS oldKeys, coalesce($aliasKeys, e.curatedAliasKeys, []) AS newKeys,
     coalesce(e.curatedRoles, []) AS oldRoles, coalesce($roles, e.curatedRoles, []) AS newRoles
WITH e, oldName, newAliases, newRoles,
     [a IN coalesce(e.aliases, []) WHERE NOT (a IN oldAliases AND NOT a IN newAliases AND NOT a IN surfaces)]
       + [oldName] + newAliases AS aliases,
     [$key, oldKey] + [k IN coalesce(e.aliasKeys, []) WHERE NOT (k IN oldKeys AND NOT k IN newKeys AND NOT k IN keys)]
       + newKeys AS aliasKeys,
     [r IN coalesce(e.roles, []) WHERE NOT (r IN oldRoles AND NOT r IN newRoles AND NOT r IN mentionRoles)]
       + newRoles AS roles
SET e.name = $name,
    e.key = $key,
    e.aliases = reduce(acc = [], a IN aliases | CASE WHEN a = $name OR a IN acc THEN acc ELSE acc + a END),
    e.aliasKeys = reduce(acc = [], k IN aliasKeys | CASE WHEN k IS NULL OR k = '' OR k IN acc THEN acc ELSE acc + k END),
    e.roles = reduce(acc = [], r IN roles | CASE WHEN r IN acc THEN acc ELSE acc + r END),
    e.curatedAliases = CASE WHEN $aliases IS NULL THEN e.curatedAliases ELSE $aliases END,
    e.curatedAliasKeys = CASE WHEN $aliasKeys IS NULL THEN e.curatedAliasKeys ELSE $aliasKeys END,
    e.curatedRoles = CASE WHEN $roles IS NULL THEN e.curatedRoles ELSE $roles END,
    e.curated = true
RETURN e {.id, .kind, .name, .roles} AS entity
