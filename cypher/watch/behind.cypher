// The watches with change entries after their cursor (an index range on Change.seq).
MATCH (w:Watch)
WHERE EXISTS { MATCH (c:Change) WHERE c.seq > w.cursor }
RETURN w.id AS id
ORDER BY w.createdAt, w.id
