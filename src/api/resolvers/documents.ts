import type { Context } from '../context';
import { deleteDocument } from '../../graph/delete-document';
import { ingestArticle } from '../../ingest/ingest';
import { rejectResolution } from '../../ingest/reject-resolution';

interface IngestDocumentArgs {
  input: { text?: string; html?: string; title?: string; url?: URL; publishedAt?: string; language?: string };
}

export const documentMutations = {
  ingestDocument: async (_: unknown, { input }: IngestDocumentArgs, { ingest }: Context) => {
    const result = await ingestArticle(ingest, { ...input, url: input.url?.toString() });
    return { ...result, status: result.status.toUpperCase() };
  },
  deleteDocument: (_: unknown, { id }: { id: string }, { graph }: Context) => deleteDocument(graph, id),
  rejectResolution: async (_: unknown, args: { documentId: string; entityId: string }, { ingest }: Context) => {
    const result = await rejectResolution(ingest, args.documentId, args.entityId);
    return { ...result, status: result.status.toUpperCase() };
  },
};
