// The documents export-gold may write: all of them, or those asked for
// ($documentIds), in one language or any ($language), each with whether a
// reviewer has judged one of the facts its sentences state (a current
// FactJudgement on a fact of its evidence), so that only reviewed documents
// become gold unless every document is asked for.
MATCH (d:Document)
WHERE ($documentIds IS NULL OR d.id IN $documentIds)
  AND ($language IS NULL OR d.language = $language)
RETURN d.id AS id, d.title AS title, d.language AS language,
  EXISTS {
    MATCH (d)<-[:IN]-(:Sentence)<-[:FROM]-(v:Evidence)
    MATCH (:FactJudgement {factId: v.factId, current: true})
  } AS judged
ORDER BY d.id
