// The end of the ingest lock's transaction: the lock node goes with it, so the
// graph keeps no trace of it (the lock itself is released at commit).
MATCH (l:IngestLock {id: 'ingest'})
DELETE l
