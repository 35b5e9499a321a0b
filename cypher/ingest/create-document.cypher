// The document and its sentences. Fails on the content-hash constraint when a
// concurrent ingest of the same content won the race.
CREATE (d:Document {
  id: $document.id, contentHash: $document.contentHash, title: $document.title, url: $document.url,
  publishedAt: $document.publishedAt, language: $document.language, text: $document.text, ingestedAt: datetime()
})
WITH d
UNWIND $sentences AS s
CREATE (:Sentence {id: s.id, index: s.index, text: s.text, start: s.start, end: s.end})-[:IN]->(d)
