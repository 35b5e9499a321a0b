// The document already ingested with this content, if any, and the resolution
// judgements recorded for this content (names kept apart from an entity).
OPTIONAL MATCH (d:Document {contentHash: $contentHash})
OPTIONAL MATCH (j:ResolutionJudgement {contentHash: $contentHash})
RETURN d.id AS id, collect(j {.entityId, .keys}) AS rejected
