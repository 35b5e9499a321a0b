// Review judgements on facts (cypher/review/) are found by id (undo) and by the
// fact they judge (reviewFact, and ingest re-applying them).
CREATE CONSTRAINT fact_judgement_id IF NOT EXISTS
FOR (j:FactJudgement) REQUIRE j.id IS UNIQUE;

CREATE INDEX fact_judgement_fact IF NOT EXISTS
FOR (j:FactJudgement) ON (j.factId);

// An EDIT that keeps the fact's identity (only non-key properties change) is
// made in place: the values it set (FactEdit, re-applied by ingest) and the
// fact as it was (FactSnapshot, for undo) are found by the judgement's id.
CREATE INDEX fact_edit_judgement IF NOT EXISTS
FOR (e:FactEdit) ON (e.judgementId);

CREATE INDEX fact_snapshot_judgement IF NOT EXISTS
FOR (s:FactSnapshot) ON (s.judgementId);

// Confirmed fuzzy resolutions (review/confirm-resolution) are found by the
// content they apply to.
CREATE INDEX resolution_confirmation_content IF NOT EXISTS
FOR (j:ResolutionConfirmation) ON (j.contentHash);
