// Which of the ids an article's names would have (src/ingest/ingest.ts, ownIds)
// hold an entity of that kind with that key: such an entity is the name's exact
// match whatever else the full-text index ranks first, so the folder ingest
// asks the index nothing for that name (its fuzzy terms are resolution's costly
// part once the graph holds thousands of names: bench/README.md, ninth session).
// replan=skip: one index seek per id, the same plan on an empty graph and a large one.
CYPHER replan=skip
UNWIND $probes AS probe
MATCH (n:Entity {id: probe.id})
WHERE n.kind = probe.kind AND probe.key IN n.aliasKeys
RETURN collect(DISTINCT n.id) AS ids
