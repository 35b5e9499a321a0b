// Ends $holder's schema migration lease by deleting the lease node, so that the graph holds no lock
// node outside a migration (the next claim merges it again). A lease another process has taken
// over is left alone.
MATCH (l:SchemaMigrationLock {id: 'schema'})
WHERE l.holder = $holder
DELETE l
