// Lookups by folded key (entity resolution), by fact (evidence) and by date (documents).
CREATE INDEX entity_key IF NOT EXISTS
FOR (e:Entity) ON (e.key);

CREATE INDEX entity_alias_keys IF NOT EXISTS
FOR (e:Entity) ON (e.aliasKeys);

CREATE INDEX entity_kind IF NOT EXISTS
FOR (e:Entity) ON (e.kind);

CREATE INDEX evidence_fact IF NOT EXISTS
FOR (v:Evidence) ON (v.factId);

CREATE INDEX document_published IF NOT EXISTS
FOR (d:Document) ON (d.publishedAt);
