// One document by id, as a DocumentRef (Fact.endedBy); no row when it is gone.
MATCH (d:Document {id: $id})
RETURN d.id AS id, d.title AS title, d.url AS url, d.publishedAt AS publishedAt, d.language AS language
