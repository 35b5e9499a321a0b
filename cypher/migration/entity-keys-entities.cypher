// Entities with every name and the key stored for it: the name and its key,
// aliases, curated aliases, each mention's surface with its key; and whether a
// merge judgement refers to the entity (its snapshot holds the id).
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN e.id AS id, e.kind AS kind, e.name AS name, e.key AS key, coalesce(e.aliases, []) AS aliases,
  e.curatedAliases AS curatedAliases,
  COLLECT { MATCH (:Sentence)-[m:MENTIONS]->(e) RETURN DISTINCT [m.surface, m.key] } AS mentions,
  EXISTS { MATCH (j:MergeJudgement) WHERE e.id IN j.entityIds OR j.keepId = e.id OR j.mergedId = e.id }
    OR EXISTS { (e)-[:SAME_AS]-() } AS inMerge
