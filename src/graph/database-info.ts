import type { Graph } from './driver';

export interface DatabaseInfo {
  version: string;
  edition: string;
  migrations: string[];
}

export async function databaseInfo(graph: Graph): Promise<DatabaseInfo> {
  const [row] = await graph.read('database-info');
  return row as unknown as DatabaseInfo;
}
