// An EDIT that keeps the fact's identity (type, endpoints and key properties
// unchanged): the fact takes the editor's properties and status and gains the
// editor as an extractor. What it was is kept (FactSnapshot, for undo) and what
// the edit set (FactEdit, for ingest to set again when the fact is written
// again), both found by the judgement's id.
MATCH (:Entity {id: $fromId})-[r:$($type) {factId: $factId}]->(:Entity {id: $toId})
CREATE (before:FactSnapshot)
SET before = properties(r), before.judgementId = $judgementId
CREATE (edit:FactEdit {judgementId: $judgementId, extractor: $extractor})
SET edit += $properties, edit.status = $status
SET r += $properties, r.status = $status,
    r.extractors = r.extractors + [x IN [$extractor] WHERE NOT x IN r.extractors]
RETURN count(r) AS edited
