// For each Lucene query of resolution (src/ingest/resolve-graph.ts,
// lucenePerWordFuzzy: every word of a folded key, four letters or more within
// one edit), the ids of the ten entities the full-text index over names and
// keys ranks first, of any kind, best first. The folder ingest runs it once per
// group of articles, before the group writes anything, for the group's distinct
// queries: its fuzzy terms are resolution's costly part in Neo4j (each builds a
// Levenshtein automaton) and a group names the same entities again and again.
UNWIND $queries AS query
CALL (query) {
  CALL db.index.fulltext.queryNodes('entity_names', query, {limit: 10}) YIELD node
  RETURN collect(node.id) AS ids
}
RETURN query, ids
