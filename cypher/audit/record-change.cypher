// One entry of the audit log, written in the transaction of the write it
// describes, so it exists exactly when the write committed. It takes the next
// number of the log (seq): the lock on the sequence node is held until this
// transaction ends, so numbers are handed out in commit order and a watch's
// cursor (cypher/watch/) never skips an entry that commits later with a lower
// number. (The lock is taken before the number is read: no lost update.)
MERGE (s:ChangeSequence {id: 'changes'})
  ON CREATE SET s.last = 0
SET s.locked = true
WITH s
SET s.last = s.last + 1
REMOVE s.locked
CREATE (c:Change {
  id: $id,
  seq: s.last,
  at: $at,
  by: $by,
  operation: $operation,
  entityIds: $entityIds,
  factIds: $factIds,
  documentIds: $documentIds,
  before: $before,
  after: $after
})
RETURN c.id AS id
