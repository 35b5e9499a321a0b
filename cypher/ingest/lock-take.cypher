// Taken first in every transaction that resolves an article against the graph
// and writes it (ingest, rewrite after a rejected resolution). The node exists
// only inside the transaction that holds it (lock-release deletes it), so a
// second transaction's MERGE waits on the unique index entry until the first
// commits or rolls back, then reads the graph the first one wrote.
MERGE (l:IngestLock {id: 'ingest'})
RETURN l.id AS id
