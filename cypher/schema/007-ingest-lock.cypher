// The ingest lock (cypher/ingest/lock-take.cypher) is a node merged on this
// unique id, so that concurrent transactions queue for it instead of each
// creating their own.
CREATE CONSTRAINT ingest_lock_id IF NOT EXISTS
FOR (l:IngestLock) REQUIRE l.id IS UNIQUE;
