/**
 * Writes extracted articles a group per transaction (writeDocumentGroup). A
 * group that fails is written again one article per transaction, so that only
 * a bad article fails and the others land, each as if ingested alone.
 */
import type { Graph, Transaction } from '../graph/driver';
import { writeDocumentGroup } from '../graph/ingest-group';
import { fullTextHits, type FullTextHits } from '../graph/resolution-candidates';
import { contentHash } from '../model/ids';
import {
  fullTextQueries,
  planArticle,
  resultOf,
  writeArticle,
  type IngestResult,
  type PlannedArticle,
  type PreparedArticle,
  type WrittenEntity,
} from './ingest';

/** One settled result per article, in order. */
export async function writeArticleGroup(
  graph: Graph,
  prepared: PreparedArticle[],
  by: string,
): Promise<PromiseSettledResult<IngestResult>[]> {
  const planned: (PlannedArticle | undefined)[] = [];
  // The full-text index's hits for every name of the group, asked once, before the group writes anything
  // (again if the driver retries the transaction: a retry is a new transaction).
  let hits: { tx: Transaction; found: Promise<FullTextHits> } | undefined;
  const queries = prepared.flatMap((article) => fullTextQueries(article.extraction));
  try {
    const outcomes = await writeDocumentGroup(
      graph,
      prepared.map((article, i) => ({
        contentHash: contentHash(article.article.text),
        plan: async (tx, rejected) => {
          // What the group's earlier articles wrote, which the group's full-text hits (asked before it wrote) lack.
          const written = distinct(planned.slice(0, i).flatMap((p) => p?.plan.entities ?? []));
          if (hits?.tx !== tx) hits = { tx, found: fullTextHits(tx, queries) };
          const plan = await planArticle(tx, article, rejected, written, await hits.found);
          planned[i] = plan;
          return plan.plan;
        },
      })),
      by,
    );
    return outcomes.map((outcome, i) => ({ status: 'fulfilled', value: resultOf(outcome, prepared[i]!, planned[i]) }));
  } catch (error) {
    if (prepared.length === 1) return [{ status: 'rejected', reason: error }];
    const results: PromiseSettledResult<IngestResult>[] = [];
    for (const article of prepared) results.push(await settle(writeArticle(graph, article, by)));
    return results;
  }
}

/**
 * The group's articles write the same entities again and again, mostly with the same keys: each is matched
 * (matchesPerWordFuzzy) once, not once per article that wrote it. A copy with other keys is kept: it may match
 * where the first does not.
 */
export function distinct(entities: WrittenEntity[]): WrittenEntity[] {
  const seen = new Map<string, WrittenEntity>();
  for (const entity of entities) {
    const key = `${entity.id}\n${entity.keys.join('\n')}`;
    if (!seen.has(key)) seen.set(key, entity);
  }
  return [...seen.values()];
}

export async function settle<T>(promise: Promise<T>): Promise<PromiseSettledResult<T>> {
  try {
    return { status: 'fulfilled', value: await promise };
  } catch (reason) {
    return { status: 'rejected', reason };
  }
}
