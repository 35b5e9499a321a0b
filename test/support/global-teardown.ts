import type { Neo4jConnection } from '../../src/database/provide';

export default async function globalTeardown(): Promise<void> {
  await (globalThis as { silkgraphTestNeo4j?: Neo4jConnection }).silkgraphTestNeo4j?.stop();
}
