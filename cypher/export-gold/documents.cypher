// The documents export-gold may write: all of them, or those asked for
// ($documentIds), in one language or any ($language), each with whether a
// reviewer has judged one of the facts its sentences state (a current
// FactJudgement on a fact of its evidence) and how many of those facts nobody
// judged yet, so that only reviewed documents become gold unless asked.
MATCH (d:Document)
WHERE ($documentIds IS NULL OR d.id IN $documentIds)
  AND ($language IS NULL OR d.language = $language)
RETURN d.id AS id, d.title AS title, d.language AS language,
  EXISTS {
    MATCH (d)<-[:IN]-(:Sentence)<-[:FROM]-(v:Evidence)
    MATCH (:FactJudgement {factId: v.factId, current: true})
  } AS judged,
  size(COLLECT {
    MATCH (d)<-[:IN]-(:Sentence)<-[:FROM]-(v:Evidence)
    MATCH (:Entity {id: v.fromId})-[r:$(v.type) {factId: v.factId}]->(:Entity {id: v.toId})
    WHERE r.reviewState IS NULL
    RETURN DISTINCT r.factId AS factId
  }) AS unreviewed
ORDER BY d.id
