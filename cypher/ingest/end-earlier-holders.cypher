// A new holder of a single-holder office (src/ingest/offices.ts) ends the earlier
// holders' facts of that office: a fact of one of the office's seat relations to
// its seat, held by someone else, with no stated or inferred end and last seen
// before this document's date, gets an inferred end (endedAt: the new holder's
// stated start when that is after the fact was last seen, else this document's
// date) and this document as endedBy. Deleting the document reopens them
// (cypher/delete-document/reopen-ended.cypher). The pattern names the seat
// relation types of every single-holder office (OFFICE_SEAT_TYPE, written out
// from the model's officeRelations when the statement is loaded: src/graph/cypher.ts)
// besides testing the holder's: with the type as a parameter Neo4j read every
// relationship of the seat, a country's or region's MENTIONS included (a thousand
// dbHits a call on the ingest bench).
UNWIND $holders AS h
UNWIND range(0, size(h.seatIds) - 1) AS i
MATCH (seat:Entity {id: h.seatIds[i]})<-[r:OFFICE_SEAT_TYPE]-(earlier:Entity)
WHERE type(r) = h.seatTypes[i] AND earlier.id <> h.holderId AND h.office IN coalesce(r.offices, [])
  AND r.validTo IS NULL AND r.endedAt IS NULL AND r.lastSeen < $publishedAt
SET r.endedAt = CASE WHEN h.since > r.lastSeen THEN h.since ELSE $publishedAt END,
    r.endedBy = $documentId
RETURN collect(DISTINCT r.factId) AS factIds
