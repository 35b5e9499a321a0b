/**
 * The extraction pool: articles are extracted in worker threads with the same
 * result as in this thread, and an article over the time budget fails with a
 * BAD_USER_INPUT error naming EXTRACT_TIMEOUT_MS while its worker is replaced.
 * (The worker runs from dist/; `npm test` builds it first.)
 */
import { largeArticle, sampleArticles } from '../../../bench/generate/large-article';
import { SilkgraphError } from '../../../src/errors';
import { extractArticle } from '../../../src/ingest/extract-article';
import { ExtractPool } from '../../../src/ingest/extract-pool';

describe('the extraction pool', () => {
  const pools: ExtractPool[] = [];
  const pool = (timeoutMs: number): ExtractPool => {
    const made = new ExtractPool({ size: 1, timeoutMs });
    pools.push(made);
    return made;
  };
  afterAll(() => Promise.all(pools.map((p) => p.close())));

  it('extracts in a worker what extraction in this thread finds', async () => {
    const [text] = sampleArticles('en');
    const extracted = await pool(60_000).extract(text!, { publishedAt: '2024-06-18' });
    expect(extracted).toEqual(extractArticle(text!, { publishedAt: '2024-06-18' }));
  });

  it('ends an extraction over the budget with an error naming it, and goes on with a new worker', async () => {
    // A 1 MB article takes many seconds (8 s on a quiet 2-core machine); the budget is 2.
    const tight = pool(2000);
    const failure = await tight.extract(largeArticle(1_000_000)).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(SilkgraphError);
    expect(failure).toMatchObject({
      code: 'BAD_USER_INPUT',
      message: expect.stringContaining('longer than the budget of 2000 ms (EXTRACT_TIMEOUT_MS)'),
    });
    // The next article goes to the replacement worker (an empty text is extracted at once).
    await expect(tight.extract('')).resolves.toMatchObject({ entities: [], facts: [] });
  });

  it('fails extractions once closed', async () => {
    const closed = pool(60_000);
    await closed.close();
    await expect(closed.extract('Text.')).rejects.toThrow('closed');
  });
});
