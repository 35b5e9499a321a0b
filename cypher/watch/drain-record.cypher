// Moves the watch's cursor past the entries it read, and queues the webhook
// deliveries of the events they produced (its delivery log), in the same
// transaction: an entry is either read and queued, or neither.
MATCH (w:Watch {id: $id})
SET w.cursor = $cursor
WITH w
UNWIND $events AS event
CREATE (w)-[:DELIVERS]->(:WatchEvent {
  id: event.id,
  watchId: w.id,
  changeId: event.changeId,
  seq: event.seq,
  payload: event.payload,
  createdAt: $now,
  status: 'PENDING',
  attempts: 0,
  nextAttemptAt: $now
})
RETURN count(*) AS queued
