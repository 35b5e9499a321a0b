/**
 * neo4j:// routing URIs (clusters, Aura) must work: reads go through read
 * transactions, writes through write transactions.
 */
import { openTestGraph, resetGraph, testGraphSettings } from '../support/graph';

describe('a neo4j:// routing URI', () => {
  it('serves reads and writes', async () => {
    const routed = openTestGraph({ uri: testGraphSettings().uri.replace(/^bolt(\+s|\+ssc)?:/, 'neo4j$1:') });
    try {
      await resetGraph(routed);
      await routed.writeTransaction((tx) =>
        tx.run('schema-migration-record', { name: 'zz-routing-probe', checksum: 'x' }),
      );
      const recorded = await routed.read('schema-migrations');
      expect(recorded.map((row) => row.name)).toContain('zz-routing-probe');
    } finally {
      await routed.runAutoCommit("MATCH (m:SchemaMigration {name: 'zz-routing-probe'}) DELETE m");
      await routed.close();
    }
  });
});
