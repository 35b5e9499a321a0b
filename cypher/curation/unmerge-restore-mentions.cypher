// Mentions this merge moved (the top of their mergeIds stack) name the
// merged entity again; the tag goes.
MATCH (k:Entity {id: $keepId})
MATCH (m:Entity {id: $mergedId})
MATCH (s:Sentence)-[moved:MENTIONS]->(k)
WHERE moved.mergeIds[-1] = $mergeId
CREATE (s)-[old:MENTIONS]->(m)
SET old = properties(moved),
    old.mergeIds = CASE WHEN size(moved.mergeIds) > 1 THEN moved.mergeIds[0..-1] END
DELETE moved
RETURN count(old) AS restored
