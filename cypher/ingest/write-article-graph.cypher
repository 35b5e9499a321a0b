// What an article writes that a later article of its group reads
// (src/graph/ingest-document.ts, writeArticleGraph), in one statement, each
// part seeing the parts before it:
// 1. its entities, merged on their stable id. Labels come from the model's
//    allow-list (src/model), never from article text. New aliases, keys and
//    roles are added; nothing is removed.
// 2. its fact relationships, merged on factId: read from the two entities, and
//    created when missing. The type comes from the model's allow-list. Not a
//    MERGE: with the type a parameter, Neo4j plans a MERGE's read on an empty
//    graph as a scan of every relationship (an Expand(Into) between the two
//    entities once the graph holds facts), and the read names the fact types
//    (ANY_FACT_TYPE) so that its plan is the Expand(Into) however large the graph
//    (bench/README.md, ninth session). The read then create is as safe as the
//    MERGE: the entities part has set both entities, so this transaction holds
//    their write locks from before the read until it ends, and what else merges
//    a fact between them waits for those (curation/add-fact's MERGE, an entity
//    merge: curation/merge-read), as another ingest waits for the ingest lock.
//    A fact seen again gains a source, keeps its highest confidence,
//    widens firstSeen/lastSeen, and becomes stated once any source states it.
//    Its span widens to the earliest stated start and the latest stated end,
//    and it gains the single-holder offices this article says it holds
//    (src/ingest/offices.ts).
// 3. the review judgements of those facts: judgements outlive the facts they
//    judge (deleting the documents of a fact removes it, not its judgement), so
//    a fact written again, by the same document or another stating it, takes
//    its current judgement's state again (a rejected fact stays hidden, an
//    accepted one accepted) and an edit made in place sets its values again.
// 4. the terms it ends: a new holder of a single-holder office ends the earlier
//    holders' facts of that office: a fact of one of the office's seat relations
//    to its seat, held by someone else, with no stated or inferred end and last
//    seen before this document's date, gets an inferred end (endedAt: the new
//    holder's stated start when that is after the fact was last seen, else this
//    document's date) and this document as endedBy. Deleting the document reopens
//    them (cypher/delete-document/reopen-ended.cypher). $holders is empty for an
//    undated article. The pattern names the seat relation types of every
//    single-holder office (OFFICE_SEAT_TYPE, written out from the model's
//    officeRelations when the statement is loaded: src/graph/cypher.ts) besides
//    testing the holder's: with the type as a parameter Neo4j read every
//    relationship of the seat, a country's or region's MENTIONS included.
// replan=skip: planned once, not again as the graph grows (each replan of the
// ingest statements cost Neo4j CPU); its plan is the same on an empty graph and
// a populated one (bench/README.md, ninth session).
CYPHER replan=skip
CALL () {
  UNWIND $entities AS e
  MERGE (n:Entity {id: e.id})
    ON CREATE SET n.kind = e.kind, n.name = e.name, n.key = e.key, n.aliases = [], n.aliasKeys = [], n.roles = [],
      n.createdBy = $documentId, n.createdAt = datetime()
  SET n:$(e.labels)
  SET n.aliases = n.aliases + [a IN e.aliases WHERE NOT a IN n.aliases AND a <> n.name],
      n.aliasKeys = n.aliasKeys + [k IN e.keys WHERE NOT k IN n.aliasKeys],
      n.roles = n.roles + [r IN e.roles WHERE NOT r IN n.roles]
  RETURN collect({id: e.id, created: n.createdBy = $documentId}) AS entities
}
CALL () {
  UNWIND $facts AS f
  MATCH (a:Entity {id: f.fromId})
  MATCH (b:Entity {id: f.toId})
  OPTIONAL MATCH (a)-[found:ANY_FACT_TYPE]->(b)
  WHERE found.factId = f.factId AND type(found) = f.type
  OPTIONAL CALL (a, b, f, found) {
    WITH * WHERE found IS NULL
    CREATE (a)-[new:$(f.type) {factId: f.factId}]->(b)
    SET new += f.properties, new.sourceCount = 0, new.firstSeen = f.seen, new.lastSeen = f.seen,
      new.confidence = f.confidence, new.status = f.status, new.extractors = [], new.createdBy = $documentId
    RETURN new
  }
  WITH f, coalesce(found, new) AS r
  SET r.sourceCount = r.sourceCount + 1,
      r.firstSeen = CASE WHEN f.seen < r.firstSeen THEN f.seen ELSE r.firstSeen END,
      r.lastSeen = CASE WHEN f.seen > r.lastSeen THEN f.seen ELSE r.lastSeen END,
      r.confidence = CASE WHEN f.confidence > r.confidence THEN f.confidence ELSE r.confidence END,
      r.status = CASE WHEN f.status = 'stated' THEN 'stated' ELSE r.status END,
      r.extractors = r.extractors + [x IN f.extractors WHERE NOT x IN r.extractors],
      r.validFrom = CASE WHEN f.properties.validFrom < coalesce(r.validFrom, '~') THEN f.properties.validFrom ELSE r.validFrom END,
      r.validTo = CASE WHEN f.properties.validTo > coalesce(r.validTo, '') THEN f.properties.validTo ELSE r.validTo END,
      r.offices = CASE WHEN size(f.offices) = 0 THEN r.offices
        ELSE coalesce(r.offices, []) + [o IN f.offices WHERE NOT o IN coalesce(r.offices, [])] END
  RETURN collect({factId: f.factId, created: r.createdBy = $documentId}) AS facts
}
CALL () {
  UNWIND $facts AS fact
  MATCH (j:FactJudgement {factId: fact.factId, current: true})
  MATCH (:Entity {id: j.fromId})-[r:$(j.type) {factId: fact.factId}]->(:Entity {id: j.toId})
  OPTIONAL MATCH (edit:FactEdit {judgementId: j.id})
  SET r.reviewState = j.state, r.reviewedBy = j.by, r.reviewedAt = j.at,
      r.reviewHidden = CASE WHEN j.verdict = 'REJECT' OR j.correctedFactId IS NOT NULL THEN true END
  SET r += CASE WHEN edit IS NULL THEN {} ELSE edit {.*, judgementId: null, extractor: null} END,
      r.extractors = r.extractors + [x IN [edit.extractor] WHERE x IS NOT NULL AND NOT x IN r.extractors]
  RETURN count(r) AS judged
}
CALL () {
  UNWIND $holders AS h
  UNWIND range(0, size(h.seatIds) - 1) AS i
  MATCH (seat:Entity {id: h.seatIds[i]})<-[r:OFFICE_SEAT_TYPE]-(earlier:Entity)
  WHERE type(r) = h.seatTypes[i] AND earlier.id <> h.holderId AND h.office IN coalesce(r.offices, [])
    AND r.validTo IS NULL AND r.endedAt IS NULL AND r.lastSeen < $publishedAt
  SET r.endedAt = CASE WHEN h.since > r.lastSeen THEN h.since ELSE $publishedAt END,
      r.endedBy = $documentId
  RETURN collect(DISTINCT r.factId) AS endedFactIds
}
RETURN entities, facts, endedFactIds
