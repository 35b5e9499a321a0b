// Bench loading only: many documents with their sentences (cypher/ingest/create-document for a batch).
UNWIND $documents AS doc
CREATE (d:Document {
  id: doc.id, contentHash: doc.contentHash, title: doc.title, url: doc.url,
  publishedAt: doc.publishedAt, language: doc.language, text: doc.text, ingestedAt: datetime()
})
WITH d, doc
UNWIND doc.sentences AS s
CREATE (:Sentence {id: s.id, index: s.index, text: s.text, start: s.start, end: s.end})-[:IN]->(d)
