// Evidence that moved with a fact points at the old fact and endpoints again.
UNWIND $moves AS mv
UNWIND mv.evidenceIds AS evidenceId
MATCH (v:Evidence {id: evidenceId})
SET v.factId = mv.factId, v.fromId = mv.fromId, v.toId = mv.toId
RETURN count(v) AS restored
