// The entries of several writes made in one transaction (the articles of a
// folder ingest's group, src/graph/ingest-group.ts), in their order: each as
// audit/record-change writes one, with consecutive numbers, in one statement.
// The sequence is locked before its number is read, as there; the numbers are
// worked out from the one read, not by a SET per row.
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
