// Watchlists (cypher/watch/, src/graph/watch/). Every change entry takes the
// next number of one ChangeSequence node (cypher/audit/record-change.cypher),
// so the log's numbers follow commit order and each watch keeps a cursor: the
// last number it has read. The sequence node must exist once only.
CREATE CONSTRAINT change_sequence_id IF NOT EXISTS
FOR (s:ChangeSequence) REQUIRE s.id IS UNIQUE;

CREATE INDEX change_seq IF NOT EXISTS
FOR (c:Change) ON (c.seq);

CREATE CONSTRAINT watch_id IF NOT EXISTS
FOR (w:Watch) REQUIRE w.id IS UNIQUE;

CREATE INDEX watch_owner IF NOT EXISTS
FOR (w:Watch) ON (w.owner);

// A watch's webhook deliveries (its delivery log), the pending ones found by
// when they are due.
CREATE CONSTRAINT watch_event_id IF NOT EXISTS
FOR (e:WatchEvent) REQUIRE e.id IS UNIQUE;

CREATE INDEX watch_event_due IF NOT EXISTS
FOR (e:WatchEvent) ON (e.status, e.nextAttemptAt);
