// Folded keys v2 (src/ingest/fold.ts): every digit kept, Roman numerals and a
// decimal mark between digits kept, a name in a script without transliteration
// keeps its own letters. The data part is code, src/graph/entity-keys-migration.ts,
// run by the migration runner after this statement: it recomputes every stored
// key (and the ids that hash them) and records as (:KeyCollision) the names an
// old key had merged that the new keys keep apart. Looked up by entity.
CREATE INDEX key_collision_entity IF NOT EXISTS
FOR (c:KeyCollision) ON (c.entityId);
