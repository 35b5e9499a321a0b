// entity(id) when the request selects none of the entity's lists (facts, documents, investors,
// portfolio, nor their totals): its own fields only, no row for an unknown id. Every other selection
// goes to read/entities. A statement this short goes to Neo4j in one write and is cheap for it to
// read; read/entities, with every list behind a CASE, took several writes and twice the database CPU.
MATCH (e:Entity {id: $id})
RETURN e.id AS id, e.kind AS kind, e.name AS name, e.aliases AS aliases, e.roles AS roles
