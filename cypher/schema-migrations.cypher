// The schema migrations recorded as applied.
MATCH (m:SchemaMigration)
RETURN m.name AS name, m.checksum AS checksum, m.appliedAt AS appliedAt
ORDER BY m.name
