// For each content hash of a group of articles: the document already ingested
// with it, if any, and the resolution judgements recorded for that content.
// One round trip for the group (the folder ingest's resume check, and its
// check under the ingest lock).
UNWIND $contentHashes AS contentHash
OPTIONAL MATCH (d:Document {contentHash: contentHash})
RETURN contentHash, d.id AS id,
  COLLECT { MATCH (j:ResolutionJudgement {contentHash: contentHash}) RETURN j {.entityId, .keys} } AS rejected
