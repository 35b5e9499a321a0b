// First half of claiming the webhook deliveries due now: takes the write lock of each one
// (held to the end of the transaction), so that claim-deliveries.cypher, the next statement,
// reads them as they are once any other replica's claim has committed.
MATCH (e:WatchEvent {status: 'PENDING'})
WHERE e.nextAttemptAt <= $now
WITH e
ORDER BY e.nextAttemptAt, e.id
LIMIT $limit
SET e.claimLock = true
REMOVE e.claimLock
RETURN e.id AS id
