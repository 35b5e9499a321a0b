// The range index on Entity.aliasKeys indexed each whole list as one value:
// no statement looks a list up by equality (keys are matched through the
// entity_names full-text index and entity_key), and a list of more than about
// 8 KB (50 curated aliases of 200 characters, or an entity that ingest gave
// many spellings) could not be written at all ("Property value is too large
// to index"). Lists are bounded by the API instead (src/input-limits.ts).
DROP INDEX entity_alias_keys IF EXISTS;
