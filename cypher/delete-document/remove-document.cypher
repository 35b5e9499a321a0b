// Removes the document, its sentences (with their mentions) and its evidence;
// returns the entities it mentioned.
MATCH (d:Document {id: $id})
OPTIONAL MATCH (d)<-[:IN]-(s:Sentence)
OPTIONAL MATCH (s)-[:MENTIONS]->(e:Entity)
OPTIONAL MATCH (s)<-[:FROM]-(v:Evidence)
WITH d, collect(DISTINCT s) AS sentences, collect(DISTINCT e.id) AS entityIds, collect(DISTINCT v) AS evidence
FOREACH (v IN evidence | DELETE v)
FOREACH (s IN sentences | DETACH DELETE s)
DETACH DELETE d
RETURN entityIds
