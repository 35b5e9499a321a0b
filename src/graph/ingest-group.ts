/**
 * Writes a group of articles in ONE write transaction under ONE ingest lock,
 * each article as writeDocument would write it alone: its content checked
 * against the graph (and against the group's earlier articles), resolved and
 * planned against the graph as the transaction sees it (the group's earlier
 * articles included), written, and recorded as its own change entry.
 *
 * Why one transaction: a transaction per article costs the lock, BEGIN, COMMIT
 * and a dozen round trips; here the group pays the lock and the commit once,
 * and each article one round trip: its write statements (pipelined, see
 * writePlan) go out without waiting, and the next article's resolution query
 * follows them on the same connection, so Neo4j answers it after it has run
 * them (sequential semantics, fuzzy matches included).
 *
 * The group lands or fails as a whole; the caller retries a failed group one
 * article per transaction (writeDocument) so that only a bad article fails.
 */
import { systemAuthor } from './audit/record-change';
import type { Graph } from './driver';
import {
  underIngestLock,
  unchanged,
  writeAndRecord,
  type PlanInTransaction,
  type WriteOutcome,
} from './ingest-document';

export interface GroupArticle {
  contentHash: string;
  /** Resolves and plans the article against the graph as the group's transaction sees it. */
  plan: PlanInTransaction;
}

/** One outcome per article, in order: written, or unchanged (already in the graph or earlier in the group). */
export async function writeDocumentGroup(
  graph: Graph,
  articles: GroupArticle[],
  by = systemAuthor,
): Promise<WriteOutcome[]> {
  if (articles.length === 0) return [];
  return graph.writeTransaction((tx) =>
    underIngestLock(tx, async () => {
      const found = await tx.run('ingest/documents-by-hash', {
        contentHashes: [...new Set(articles.map((a) => a.contentHash))],
      });
      const byHash = new Map(found.map((row) => [row.contentHash, row]));
      const writtenHere = new Map<string, string>();
      const outcomes: Promise<WriteOutcome>[] = [];
      for (const article of articles) {
        const existing = byHash.get(article.contentHash);
        const id = existing?.id ?? writtenHere.get(article.contentHash);
        if (id) {
          outcomes.push(Promise.resolve(unchanged(id)));
          continue;
        }
        // Waits for this article's candidates only; Neo4j ran the earlier articles' writes before them.
        const plan = await article.plan(tx, existing?.rejected ?? []);
        writtenHere.set(article.contentHash, plan.document.id);
        const outcome = writeAndRecord(tx, plan, by);
        // Awaited below; a failure meanwhile fails the transaction (and so the next statement) anyway.
        outcome.catch(() => undefined);
        outcomes.push(outcome);
      }
      return Promise.all(outcomes);
    }),
  );
}
