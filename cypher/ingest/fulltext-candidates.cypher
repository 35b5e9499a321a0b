// For each Lucene query of resolution (src/ingest/resolve-graph.ts,
// lucenePerWordFuzzy: every word of a folded key, four letters or more within
// one edit), the ids of the ten entities the full-text index over names and
// keys ranks first, of any kind, best first. The folder ingest runs it once per
// group of articles, before the group writes anything, for the group's distinct
// queries: its fuzzy terms are resolution's costly part in Neo4j (each builds a
// Levenshtein automaton) and a group names the same entities again and again.
// replan=skip: planned once, not again as the graph grows (each replan of the
// ingest statements cost Neo4j CPU); its plan is the same on an empty graph and
// a populated one (bench/README.md, ninth session).
CYPHER replan=skip
UNWIND $queries AS query
CALL (query) {
  CALL db.index.fulltext.queryNodes('entity_names', query, {limit: 10}) YIELD node
  RETURN collect(node.id) AS ids
}
RETURN query, ids
