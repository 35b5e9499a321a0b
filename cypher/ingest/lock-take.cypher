// Taken first in every transaction that resolves an article against the graph
// and writes it (ingest, rewrite after a rejected resolution). The node exists
// only inside the transaction that holds it (lock-release deletes it), so a
// second transaction's MERGE waits on the unique index entry until the first
// commits or rolls back, then reads the graph the first one wrote.
// replan=skip: planned once, not again as the graph grows (each replan of the
// ingest statements cost Neo4j CPU); its plan is the same on an empty graph and
// a populated one (bench/README.md, ninth session).
CYPHER replan=skip
MERGE (l:IngestLock {id: 'ingest'})
RETURN l.id AS id
