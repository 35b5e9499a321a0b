// Resolution judgements are looked up by the content they apply to.
CREATE CONSTRAINT resolution_judgement_id IF NOT EXISTS
FOR (j:ResolutionJudgement) REQUIRE j.id IS UNIQUE;

CREATE INDEX resolution_judgement_content IF NOT EXISTS
FOR (j:ResolutionJudgement) ON (j.contentHash);
