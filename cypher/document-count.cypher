// How many documents the graph holds.
MATCH (d:Document)
RETURN count(d) AS documents
