// Content an editor confirmed a fuzzy resolution in (review/confirm-resolution)
// is written again (deleted and ingested again, or rewritten): its fuzzily
// resolved mentions of that entity are confirmed again. One article's
// documents, or a group's.
UNWIND $documentIds AS documentId
MATCH (d:Document {id: documentId})
MATCH (j:ResolutionConfirmation {contentHash: d.contentHash})
MATCH (d)<-[:IN]-(:Sentence)-[m:MENTIONS]->(:Entity {id: j.entityId})
WHERE m.method = 'fuzzy'
SET m.reviewState = 'CONFIRMED', m.reviewedBy = j.by, m.reviewedAt = j.at
RETURN count(m) AS applied
