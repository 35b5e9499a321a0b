// Bench loading only: generated entities, which are new and unique by id, so
// CREATE rather than the ingest path's MERGE; the same properties and labels
// as cypher/ingest/write-article-graph. Returns each one's element id, by which the
// facts and mentions find it (bench/generate/load.ts).
UNWIND $entities AS e
CREATE (n:Entity {
  id: e.id, kind: e.kind, name: e.name, key: e.key, aliases: e.aliases, aliasKeys: e.keys, roles: e.roles,
  createdBy: $createdBy, createdAt: datetime()
})
SET n:$(e.labels)
RETURN e.id AS id, elementId(n) AS node
