// The names of the indexes in the database (those a constraint owns are listed as constraints).
SHOW INDEXES YIELD name, owningConstraint
WHERE owningConstraint IS NULL
RETURN name
