// Takes or renews the schema migration lease for $holder when it is free, already $holder's, or
// past its end (its holder died without releasing it). Times are Neo4j's, so that replicas with
// different clocks agree.
MATCH (l:SchemaMigrationLock {id: 'schema'})
WITH l, l.holder IS NULL OR l.holder = $holder OR l.heldUntil < datetime() AS free
SET l.holder = CASE WHEN free THEN $holder ELSE l.holder END,
    l.heldUntil = CASE WHEN free THEN datetime() + duration({milliseconds: $leaseMs}) ELSE l.heldUntil END
RETURN free AS taken, l.holder AS holder, toString(l.heldUntil) AS heldUntil
