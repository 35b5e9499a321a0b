// Records that the names with these keys in this content are not this entity.
MERGE (j:ResolutionJudgement {contentHash: $contentHash, entityId: $entityId})
  ON CREATE SET j.id = $id, j.at = datetime()
SET j.keys = $keys, j.documentId = $documentId
