// What a resolution review is about: whether the document exists, how many of
// its mentions name the entity, and how many of those were resolved fuzzily
// (the ones a reviewer confirms).
OPTIONAL MATCH (d:Document {id: $documentId})
RETURN d IS NOT NULL AS found,
  COUNT { (d)<-[:IN]-(:Sentence)-[:MENTIONS]->(:Entity {id: $entityId}) } AS mentions,
  COUNT { (d)<-[:IN]-(:Sentence)-[m:MENTIONS]->(:Entity {id: $entityId}) WHERE m.method = 'fuzzy' } AS fuzzy
