// Locks a watch for draining (held until the transaction ends), so that two
// drainers never read the same entries for it.
MATCH (w:Watch {id: $id})
SET w.drainedAt = $now
RETURN w {.id, .name, .owner, .entityIds, .relationTypes, .minConfidence, .webhookUrl, .createdAt} AS watch
