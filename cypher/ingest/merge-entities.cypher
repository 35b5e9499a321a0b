// Entities of one article, merged on their stable id. Labels come from the
// model's allow-list (src/model), never from article text. New aliases, keys
// and roles are added; nothing is removed.
UNWIND $entities AS e
MERGE (n:Entity {id: e.id})
  ON CREATE SET n.kind = e.kind, n.name = e.name, n.key = e.key, n.aliases = [], n.aliasKeys = [], n.roles = [],
    n.createdBy = $documentId, n.createdAt = datetime()
SET n:$(e.labels)
SET n.aliases = n.aliases + [a IN e.aliases WHERE NOT a IN n.aliases AND a <> n.name],
    n.aliasKeys = n.aliasKeys + [k IN e.keys WHERE NOT k IN n.aliasKeys],
    n.roles = n.roles + [r IN e.roles WHERE NOT r IN n.roles]
RETURN e.id AS id, n.createdBy = $documentId AS created
