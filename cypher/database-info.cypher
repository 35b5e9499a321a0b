// What the service is connected to: the Neo4j edition and version, and the applied migrations.
CALL dbms.components() YIELD versions, edition
WITH versions[0] AS version, edition
OPTIONAL MATCH (m:SchemaMigration)
WITH version, edition, m ORDER BY m.name
RETURN version, edition, collect(m.name) AS migrations
