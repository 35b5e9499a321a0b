// The audit log: one Change node per write (src/graph/audit/record-change.ts),
// read newest first (cypher/audit/changes.cypher).
CREATE CONSTRAINT change_id IF NOT EXISTS
FOR (c:Change) REQUIRE c.id IS UNIQUE;

CREATE INDEX change_at IF NOT EXISTS
FOR (c:Change) ON (c.at);
