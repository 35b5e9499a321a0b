// Records one applied schema migration.
MERGE (m:SchemaMigration {name: $name})
ON CREATE SET m.appliedAt = datetime()
SET m.checksum = $checksum
