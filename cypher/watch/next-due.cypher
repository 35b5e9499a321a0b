// When the next pending webhook delivery is due (null: none pending).
MATCH (e:WatchEvent {status: 'PENDING'})
RETURN min(e.nextAttemptAt) AS nextAttemptAt
