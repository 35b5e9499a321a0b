// An editor confirms that the document's fuzzily resolved names are the
// entity: its mentions say so (reviewState CONFIRMED, who, when), and the
// confirmation is recorded for the content (contentHash) and the entity, so an
// ingest of the same content confirms them again (ingest/apply-resolution-reviews).
MATCH (d:Document {id: $documentId})
MATCH (d)<-[:IN]-(:Sentence)-[m:MENTIONS]->(:Entity {id: $entityId})
WHERE m.method = 'fuzzy'
SET m.reviewState = 'CONFIRMED', m.reviewedBy = $by, m.reviewedAt = $at
WITH d, collect(DISTINCT m.key) AS keys, count(m) AS confirmed
MERGE (j:ResolutionConfirmation {contentHash: d.contentHash, entityId: $entityId})
  ON CREATE SET j.id = $judgementId
SET j.documentId = d.id, j.keys = keys, j.by = $by, j.at = $at, j.note = $note
RETURN confirmed
