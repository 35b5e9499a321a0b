// The mentions of the merged entity now name the kept one. Each moved mention
// is tagged with the merge (mergeIds, a stack) so that unmerge finds it again.
MATCH (m:Entity {id: $mergedId})
MATCH (k:Entity {id: $keepId})
MATCH (s:Sentence)-[old:MENTIONS]->(m)
CREATE (s)-[moved:MENTIONS]->(k)
SET moved = properties(old), moved.mergeIds = coalesce(old.mergeIds, []) + $mergeId
DELETE old
RETURN count(moved) AS moved
