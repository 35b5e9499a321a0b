// Resolution judgements with the names their keys stand for: the surfaces of
// their document's mentions under those keys (keys v2 migration).
MATCH (j:ResolutionJudgement)
RETURN j.id AS id, j.keys AS keys,
  COLLECT {
    MATCH (:Document {id: j.documentId})<-[:IN]-(:Sentence)-[m:MENTIONS]->(:Entity)
    WHERE m.key IN j.keys
    RETURN DISTINCT m.surface
  } AS surfaces
