// The document already ingested with this content, if any.
MATCH (d:Document {contentHash: $contentHash})
RETURN d.id AS id
