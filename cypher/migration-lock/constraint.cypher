// The schema migration lock (take-write-lock.cypher) is a node merged on this unique id, so that
// replicas starting at once queue for it instead of each creating their own. Created before the
// migrations, which run under the lock, and safe to run again.
CREATE CONSTRAINT schema_migration_lock_id IF NOT EXISTS
FOR (l:SchemaMigrationLock) REQUIRE l.id IS UNIQUE
