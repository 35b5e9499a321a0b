// One attempt of a webhook delivery: its outcome, and what comes next
// (status DELIVERED, PENDING with the time of the retry, or FAILED).
MATCH (e:WatchEvent {id: $id})
SET e.attempts = e.attempts + 1,
    e.lastAttemptAt = $at,
    e.statusCode = $statusCode,
    e.error = $error,
    e.status = $status,
    e.nextAttemptAt = $nextAttemptAt,
    e.deliveredAt = $deliveredAt
RETURN e.attempts AS attempts
