// A watch's delivery log, newest first.
MATCH (:Watch {id: $id})-[:DELIVERS]->(e:WatchEvent)
RETURN e {.id, .changeId, .status, .attempts, .statusCode, .error, .createdAt, .lastAttemptAt, .nextAttemptAt,
          .deliveredAt} AS delivery
ORDER BY e.seq DESC, e.id DESC
LIMIT $limit
