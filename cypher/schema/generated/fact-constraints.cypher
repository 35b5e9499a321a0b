// GENERATED FROM src/model (npm run generate): do not edit by hand.
// Each fact relationship is unique by its factId.
CREATE CONSTRAINT fact_governs_id IF NOT EXISTS
FOR ()-[r:GOVERNS]-() REQUIRE r.factId IS UNIQUE;

CREATE CONSTRAINT fact_holds_position_id IF NOT EXISTS
FOR ()-[r:HOLDS_POSITION]-() REQUIRE r.factId IS UNIQUE;

CREATE CONSTRAINT fact_represents_id IF NOT EXISTS
FOR ()-[r:REPRESENTS]-() REQUIRE r.factId IS UNIQUE;

CREATE CONSTRAINT fact_accredited_to_id IF NOT EXISTS
FOR ()-[r:ACCREDITED_TO]-() REQUIRE r.factId IS UNIQUE;

CREATE CONSTRAINT fact_visited_id IF NOT EXISTS
FOR ()-[r:VISITED]-() REQUIRE r.factId IS UNIQUE;

CREATE CONSTRAINT fact_met_with_id IF NOT EXISTS
FOR ()-[r:MET_WITH]-() REQUIRE r.factId IS UNIQUE;

CREATE CONSTRAINT fact_invests_in_id IF NOT EXISTS
FOR ()-[r:INVESTS_IN]-() REQUIRE r.factId IS UNIQUE;

CREATE CONSTRAINT fact_located_in_id IF NOT EXISTS
FOR ()-[r:LOCATED_IN]-() REQUIRE r.factId IS UNIQUE;

CREATE CONSTRAINT fact_participated_in_id IF NOT EXISTS
FOR ()-[r:PARTICIPATED_IN]-() REQUIRE r.factId IS UNIQUE;

CREATE CONSTRAINT fact_agreement_with_id IF NOT EXISTS
FOR ()-[r:AGREEMENT_WITH]-() REQUIRE r.factId IS UNIQUE;

CREATE CONSTRAINT fact_trade_with_id IF NOT EXISTS
FOR ()-[r:TRADE_WITH]-() REQUIRE r.factId IS UNIQUE;

CREATE CONSTRAINT fact_part_of_id IF NOT EXISTS
FOR ()-[r:PART_OF]-() REQUIRE r.factId IS UNIQUE;
