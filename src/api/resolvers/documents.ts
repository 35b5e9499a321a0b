import { changeAuthor } from '../author';
import type { Context } from '../context';
import { deleteDocument } from '../../graph/delete-document';
import { ingestArticle } from '../../ingest/ingest';
import { rejectResolution } from '../../ingest/reject-resolution';

interface IngestDocumentArgs {
  input: { text?: string; html?: string; title?: string; url?: URL; publishedAt?: string; language?: string };
}

export const documentMutations = {
  ingestDocument: async (_: unknown, { input }: IngestDocumentArgs, { ingest, caller }: Context) => {
    const result = await ingestArticle(ingest, { ...input, url: input.url?.toString() }, changeAuthor(caller));
    return { ...result, status: result.status.toUpperCase() };
  },
  deleteDocument: (_: unknown, { id }: { id: string }, { graph, caller }: Context) =>
    deleteDocument(graph, id, changeAuthor(caller)),
  rejectResolution: async (_: unknown, args: { documentId: string; entityId: string }, { ingest, caller }: Context) => {
    const result = await rejectResolution(ingest, args.documentId, args.entityId, changeAuthor(caller));
    return { ...result, status: result.status.toUpperCase() };
  },
};
