// The watches of one API key, oldest first; with $id, that one watch only (if it is the key's).
MATCH (w:Watch {owner: $owner})
WHERE $id IS NULL OR w.id = $id
RETURN w {.id, .name, .owner, .entityIds, .relationTypes, .minConfidence, .webhookUrl, .createdAt} AS watch
ORDER BY w.createdAt, w.id
