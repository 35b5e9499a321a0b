// The audit log, newest first (at, then id), filtered; keyset paging on
// (at, id): $after is the [at, id] of the last entry of the previous page.
MATCH (c:Change)
WHERE ($since IS NULL OR c.at >= $since)
  AND ($by IS NULL OR c.by = $by)
  AND ($entityId IS NULL OR $entityId IN c.entityIds)
  AND ($factId IS NULL OR $factId IN c.factIds)
  AND ($operations IS NULL OR c.operation IN $operations)
  AND ($after IS NULL OR c.at < $after[0] OR (c.at = $after[0] AND c.id < $after[1]))
RETURN c {.id, .at, .by, .operation, .entityIds, .factIds, .documentIds, .before, .after} AS change
ORDER BY c.at DESC, c.id DESC
LIMIT $limit
