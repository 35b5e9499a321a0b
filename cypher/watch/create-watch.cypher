// A new watch. Its cursor starts at the last number of the audit log, so it
// fires for writes committed after it was made, never for older ones.
OPTIONAL MATCH (s:ChangeSequence {id: 'changes'})
CREATE (w:Watch {
  id: $id,
  name: $name,
  owner: $owner,
  entityIds: $entityIds,
  relationTypes: $relationTypes,
  minConfidence: $minConfidence,
  webhookUrl: $webhookUrl,
  secret: $secret,
  createdAt: $createdAt,
  cursor: coalesce(s.last, 0)
})
RETURN w {.id, .name, .owner, .entityIds, .relationTypes, .minConfidence, .webhookUrl, .createdAt} AS watch
