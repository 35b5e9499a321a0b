import type { Graph } from './driver';
import type { DatabaseInfo } from './statements';

export async function databaseInfo(graph: Graph): Promise<DatabaseInfo> {
  const [row] = await graph.read('database-info');
  return row!;
}
