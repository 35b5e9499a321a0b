// The evidence of each fact: the quote, its offsets in the document, the
// sentence it comes from, the extractor and rule that found it, and the
// fact's status, date and span (validFrom, validTo) as this source states them;
// for one article or a group's.
// replan=skip: planned once, not again as the graph grows (each replan of the
// ingest statements cost Neo4j CPU); its plan is the same on an empty graph and
// a populated one (bench/README.md, ninth session).
CYPHER replan=skip
UNWIND $documents AS written
UNWIND written.evidence AS v
MATCH (s:Sentence {id: v.sentenceId})
CREATE (:Evidence {
  id: v.id, factId: v.factId, type: v.type, fromId: v.fromId, toId: v.toId, documentId: written.documentId,
  quote: v.quote, start: v.start, end: v.end, extractor: v.extractor, rule: v.rule, confidence: v.confidence,
  status: v.status, seen: v.seen, validFrom: v.validFrom, validTo: v.validTo
})-[:FROM]->(s)
