// Records one applied repeatable schema file and every constraint and index it has created.
MERGE (m:SchemaMigration {name: $name})
ON CREATE SET m.appliedAt = datetime()
SET m.checksum = $checksum, m.objects = $objects
