/**
 * The peer: @neo4j/graphql serving type definitions equivalent to ours for
 * what it can express (entity by id, the investors of an organisation with the
 * INVESTS_IN properties, the neighbours of an entity over fact relationships),
 * on Apollo Server against the same database. Prints "READY <url>".
 */
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { Neo4jGraphQL } from '@neo4j/graphql';
import neo4j from 'neo4j-driver';
import { relationTypes } from '../../src/model';

const factTypes = relationTypes.map((t) => `'${t}'`).join(', ');

export const peerTypeDefs = /* GraphQL */ `
  type Entity @node(labels: ["Entity"]) {
    id: ID!
    kind: String!
    name: String!
    aliases: [String!]!
    roles: [String!]!
    neighbours: [Entity!]!
      @cypher(
        statement: "MATCH (this)-[r]-(n:Entity) WHERE type(r) IN [${factTypes}] RETURN DISTINCT n LIMIT 500"
        columnName: "n"
      )
  }

  type Organization @node(labels: ["Organization", "Entity"]) {
    id: ID!
    kind: String!
    name: String!
    aliases: [String!]!
    roles: [String!]!
    investors: [Entity!]! @relationship(type: "INVESTS_IN", direction: IN, properties: "Investment")
  }

  type Investment @relationshipProperties {
    factId: String!
    amount: Float
    currency: String
    stake: Float
    date: String
    status: String
    confidence: Float
    sourceCount: Int
  }
`;

async function main(): Promise<void> {
  const driver = neo4j.driver(process.env.NEO4J_URI!, undefined, { disableLosslessIntegers: true });
  const neoSchema = new Neo4jGraphQL({ typeDefs: peerTypeDefs, driver });
  const server = new ApolloServer({ schema: await neoSchema.getSchema() });
  const { url } = await startStandaloneServer(server, {
    listen: { port: Number(process.env.PORT ?? 0), host: '127.0.0.1' },
  });
  process.stdout.write(`READY ${url.replace(/\/$/, '')}\n`);
  process.once(
    'SIGTERM',
    () =>
      void server
        .stop()
        .then(() => driver.close())
        .then(() => process.exit(0)),
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`peer server: ${(error as Error).stack ?? error}\n`);
  process.exit(1);
});
