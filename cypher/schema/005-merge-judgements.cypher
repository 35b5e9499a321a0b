// Merge judgements are looked up by id (unmergeEntities).
CREATE CONSTRAINT merge_judgement_id IF NOT EXISTS
FOR (j:MergeJudgement) REQUIRE j.id IS UNIQUE;
