// Every entity id, for the keys v2 migration to walk in batches.
MATCH (e:Entity)
RETURN e.id AS id
ORDER BY id
