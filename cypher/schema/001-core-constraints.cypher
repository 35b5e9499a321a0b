// Uniqueness for everything that is merged on a stable key.
CREATE CONSTRAINT schema_migration_name IF NOT EXISTS
FOR (m:SchemaMigration) REQUIRE m.name IS UNIQUE;

CREATE CONSTRAINT entity_id IF NOT EXISTS
FOR (e:Entity) REQUIRE e.id IS UNIQUE;

CREATE CONSTRAINT document_id IF NOT EXISTS
FOR (d:Document) REQUIRE d.id IS UNIQUE;

CREATE CONSTRAINT document_content_hash IF NOT EXISTS
FOR (d:Document) REQUIRE d.contentHash IS UNIQUE;

CREATE CONSTRAINT sentence_id IF NOT EXISTS
FOR (s:Sentence) REQUIRE s.id IS UNIQUE;

CREATE CONSTRAINT evidence_id IF NOT EXISTS
FOR (v:Evidence) REQUIRE v.id IS UNIQUE;
