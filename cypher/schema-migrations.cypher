// The schema migrations recorded as applied; objects: what a repeatable file has created.
MATCH (m:SchemaMigration)
RETURN m.name AS name, m.checksum AS checksum, m.appliedAt AS appliedAt, m.objects AS objects
ORDER BY m.name
