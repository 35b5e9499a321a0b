// Webhook deliveries due now (pending, their next attempt not in the future), oldest first.
MATCH (e:WatchEvent {status: 'PENDING'})
WHERE e.nextAttemptAt <= $now
MATCH (w:Watch)-[:DELIVERS]->(e)
RETURN e.id AS id, e.payload AS payload, e.attempts AS attempts, w.webhookUrl AS webhookUrl, w.secret AS secret
ORDER BY e.nextAttemptAt, e.id
LIMIT $limit
