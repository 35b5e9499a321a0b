// The kind and name of a place an investments or entities filter names, so
// that the gazetteer can say which places lie inside it
// (src/ingest/languages/shared/place-hierarchy.ts).
MATCH (e:Entity {id: $id})
RETURN e.kind AS kind, e.name AS name
