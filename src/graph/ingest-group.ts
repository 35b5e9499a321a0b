/**
 * Writes a group of articles in ONE write transaction under ONE ingest lock,
 * each article as writeDocument would write it alone: its content checked
 * against the graph (and against the group's earlier articles), resolved and
 * planned against the graph as the transaction sees it (the group's earlier
 * articles included), written, and recorded as its own change entry.
 *
 * Why one transaction: a transaction per article costs the lock, BEGIN, COMMIT
 * and a dozen round trips; here the group pays the lock and the commit once,
 * and each article one round trip: the statements that a later article reads
 * the effects of (writeArticleGraph: entities, facts, their judgements, ended
 * terms) go out without waiting, and the next article's resolution query
 * follows them on the same connection, so Neo4j answers it after it has run
 * them (sequential semantics, fuzzy matches included).
 *
 * What no later article reads (writeDocuments: documents, sentences, mentions,
 * evidence, confirmed resolutions) and the change entries are written once for
 * the group, at its end, one statement of each kind over all its articles:
 * fewer statements for Neo4j to run and the driver to send, the same graph.
 *
 * The group lands or fails as a whole; the caller retries a failed group one
 * article per transaction (writeDocument) so that only a bad article fails.
 */
import { recordChanges, systemAuthor } from './audit/record-change';
import type { Graph } from './driver';
import type { WritePlan } from '../ingest/plan';
import {
  ingestChange,
  underIngestLock,
  unchanged,
  writeArticleGraph,
  writeDocuments,
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
      const written: { plan: WritePlan; outcome: Promise<WriteOutcome> }[] = [];
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
        const outcome = writeArticleGraph(tx, plan);
        // Awaited below; a failure meanwhile fails the transaction (and so the next statement) anyway.
        outcome.catch(() => undefined);
        outcomes.push(outcome);
        written.push({ plan, outcome });
      }
      // After every article's entities (its mentions name them); the change entries follow without waiting for it.
      const documents = writeDocuments(
        tx,
        written.map((w) => w.plan),
      );
      documents.catch(() => undefined);
      // One entry per article, in the group's order, each stamped when its article's writes were answered.
      const entries = await Promise.all(
        written.map(async ({ plan, outcome }) => ({ entry: ingestChange(plan, await outcome, by), at: new Date() })),
      );
      await Promise.all([recordChanges(tx, entries), documents]);
      return Promise.all(outcomes);
    }),
  );
}
