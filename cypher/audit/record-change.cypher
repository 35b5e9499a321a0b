// One entry of the audit log, written in the transaction of the write it
// describes, so it exists exactly when the write committed.
CREATE (c:Change {
  id: $id,
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
