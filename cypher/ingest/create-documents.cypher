// Documents and their sentences: one article's, or a group's written in one
// transaction (src/graph/ingest-group.ts). Fails on the content-hash constraint
// when a concurrent ingest of the same content won the race.
// replan=skip: planned once, not again as the graph grows (each replan of the
// ingest statements cost Neo4j CPU); its plan is the same on an empty graph and
// a populated one (bench/README.md, ninth session).
CYPHER replan=skip
UNWIND $documents AS written
CREATE (d:Document {
  id: written.document.id, contentHash: written.document.contentHash, title: written.document.title,
  url: written.document.url, publishedAt: written.document.publishedAt, language: written.document.language,
  text: written.document.text, ingestedAt: datetime()
})
WITH d, written
UNWIND written.sentences AS s
CREATE (:Sentence {id: s.id, index: s.index, text: s.text, start: s.start, end: s.end})-[:IN]->(d)
