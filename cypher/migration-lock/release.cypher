// Ends $holder's schema migration lease (a lease another process has taken over is left alone).
MATCH (l:SchemaMigrationLock {id: 'schema'})
WHERE l.holder = $holder
REMOVE l.holder, l.heldUntil
