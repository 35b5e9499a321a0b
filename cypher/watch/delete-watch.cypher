// Deletes a watch of this key and its delivery log (pending deliveries stop).
MATCH (w:Watch {id: $id, owner: $owner})
WITH w, w {.id, .name, .owner, .entityIds, .relationTypes, .minConfidence, .webhookUrl, .createdAt} AS watch
OPTIONAL MATCH (w)-[:DELIVERS]->(e:WatchEvent)
DETACH DELETE e
WITH DISTINCT w, watch
DETACH DELETE w
RETURN watch
