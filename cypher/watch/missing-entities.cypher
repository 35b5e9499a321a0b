// The ids of a new watch that name no entity.
RETURN [id IN $ids WHERE NOT EXISTS { MATCH (:Entity {id: id}) }] AS missing
