// The two entities a curator wants to link, to check the fact against the model.
OPTIONAL MATCH (a:Entity {id: $fromId})
OPTIONAL MATCH (b:Entity {id: $toId})
RETURN a {.id, .kind, .name, .roles} AS from, b {.id, .kind, .name, .roles} AS to
