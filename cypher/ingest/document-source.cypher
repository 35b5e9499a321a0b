// What re-reading a document needs: its text and metadata, the folded keys of
// its mentions of one entity, and the judgements already recorded for it.
MATCH (d:Document {id: $documentId})
OPTIONAL MATCH (j:ResolutionJudgement {contentHash: d.contentHash})
WITH d, collect(j {.entityId, .keys}) AS rejected
RETURN d {.id, .text, .title, .url, .publishedAt, .language, .contentHash} AS document, rejected,
  COLLECT { MATCH (d)<-[:IN]-(:Sentence)-[m:MENTIONS]->(:Entity {id: $entityId}) RETURN DISTINCT m.key } AS keys
