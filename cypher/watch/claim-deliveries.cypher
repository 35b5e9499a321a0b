// Second half of claiming deliveries: those of the locked ones still due (another replica may
// have claimed some meanwhile) are leased until $leaseUntil, so no other drainer sends them
// while this one does; the attempt's outcome (record-attempt.cypher) replaces the lease.
// A drainer that dies holding a lease leaves its deliveries due again when the lease ends.
MATCH (e:WatchEvent)
WHERE e.id IN $ids AND e.status = 'PENDING' AND e.nextAttemptAt <= $now
MATCH (w:Watch)-[:DELIVERS]->(e)
WITH e, w
ORDER BY e.nextAttemptAt, e.id
SET e.nextAttemptAt = $leaseUntil
RETURN e.id AS id, e.payload AS payload, e.attempts AS attempts, w.webhookUrl AS webhookUrl, w.secret AS secret
