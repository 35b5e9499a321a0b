// Undoing an EDIT that stored a correction: the correction goes with the
// editor's statement; were it stated since by other sources too, only the
// editor's source goes and it is a plain unreviewed fact.
MATCH (statement:Evidence {id: $correctedFactId + ':editor'})
MATCH (:Entity {id: statement.fromId})-[c:$(statement.type) {factId: statement.factId}]->(:Entity {id: statement.toId})
WITH statement, c, COUNT { (other:Evidence {factId: statement.factId}) WHERE other <> statement } AS others
DETACH DELETE statement
WITH c, others
CALL (c, others) {
  WITH c WHERE others > 0
  SET c.sourceCount = c.sourceCount - 1,
      c.extractors = [x IN c.extractors WHERE NOT x STARTS WITH 'editor:'],
      c.correctionOf = null, c.reviewState = null, c.reviewedBy = null, c.reviewedAt = null
}
CALL (c, others) {
  WITH c WHERE others = 0
  DELETE c
}
RETURN count(*) AS removed
