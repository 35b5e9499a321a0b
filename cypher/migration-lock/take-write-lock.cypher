// First half of claiming the schema migration lease: takes the lease node's write lock (held to
// the end of the transaction), so that claim.cypher, the next statement, reads the lease as it is
// once any other process's claim has committed.
MERGE (l:SchemaMigrationLock {id: 'schema'})
SET l.claimLock = true
REMOVE l.claimLock
RETURN l.id AS id
