// Names of one entity that an old key had merged and the new keys keep apart,
// for a curator to split (unless they are the same after all).
UNWIND $collisions AS c
MERGE (k:KeyCollision {entityId: c.entityId, oldKey: c.oldKey})
  ON CREATE SET k.at = datetime()
SET k.name = c.name, k.kind = c.kind, k.names = c.names, k.keys = c.keys
