// The audit log's entries of one or more writes (recordChange: one; a folder
// ingest's group, src/graph/ingest-group.ts: one per article, in their order),
// written in the transaction of the writes they describe, so they exist exactly
// when the writes committed. They take the next numbers of the log (seq): the
// lock on the sequence node is held until this transaction ends, so numbers are
// handed out in commit order and a watch's cursor (cypher/watch/) never skips an
// entry that commits later with a lower number. (The lock is taken before the
// number is read: no lost update.) The numbers are worked out from the one read,
// not by a SET per row.
MERGE (s:ChangeSequence {id: 'changes'})
  ON CREATE SET s.last = 0
SET s.locked = true
WITH s, s.last AS before
SET s.last = before + size($entries)
REMOVE s.locked
WITH before
UNWIND range(0, size($entries) - 1) AS i
WITH before + i + 1 AS seq, $entries[i] AS e
CREATE (c:Change {
  id: e.id,
  seq: seq,
  at: e.at,
  by: e.by,
  operation: e.operation,
  entityIds: e.entityIds,
  factIds: e.factIds,
  documentIds: e.documentIds,
  before: e.before,
  after: e.after
})
RETURN c.id AS id
