// How many facts of each relation type ($factTypes) are in each review state,
// hidden ones included (a rejected fact, the original of an edit).
MATCH ()-[r]->()
WHERE type(r) IN $factTypes
WITH type(r) AS type, coalesce(r.reviewState, 'UNREVIEWED') AS state, count(*) AS count
ORDER BY type, state
RETURN type, state, count
