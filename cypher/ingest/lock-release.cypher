// The end of the ingest lock's transaction: the lock node goes with it, so the
// graph keeps no trace of it (the lock itself is released at commit).
// replan=skip: planned once, not again as the graph grows (each replan of the
// ingest statements cost Neo4j CPU); its plan is the same on an empty graph and
// a populated one (bench/README.md, ninth session).
CYPHER replan=skip
MATCH (l:IngestLock {id: 'ingest'})
DELETE l
