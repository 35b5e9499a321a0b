// After a document is gone: the aliases, keys and roles of the entities it
// mentioned are rebuilt from their remaining mentions (plus what curators
// added); an entity left with no mention, no fact and no curation is removed.
UNWIND $entityIds AS entityId
MATCH (e:Entity {id: entityId})
OPTIONAL MATCH (:Sentence)-[m:MENTIONS]->(e)
WITH e, collect(DISTINCT m.surface) AS surfaces, collect(DISTINCT m.key) AS keys, collect(m.roles) AS roleLists,
     count(m) AS mentions
WITH e, surfaces, keys, mentions,
     reduce(acc = [], role IN reduce(all = [], roles IN roleLists | all + roles) |
       CASE WHEN role IN acc THEN acc ELSE acc + role END) AS roles
SET e.aliases = [a IN surfaces WHERE a <> e.name] + [a IN coalesce(e.curatedAliases, []) WHERE NOT a IN surfaces],
    e.aliasKeys = reduce(acc = [], k IN [e.key] + keys + coalesce(e.curatedAliasKeys, []) |
      CASE WHEN k IS NULL OR k IN acc THEN acc ELSE acc + k END),
    e.roles = roles + [r IN coalesce(e.curatedRoles, []) WHERE NOT r IN roles]
WITH e, mentions
WHERE mentions = 0 AND NOT coalesce(e.curated, false) AND NOT EXISTS { (e)-[r]-(:Entity) WHERE type(r) IN $factTypes }
DETACH DELETE e
RETURN count(*) AS removedEntities
