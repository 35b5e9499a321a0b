/**
 * Writes what a source yields with up to `limit` writes at once: the next item is made
 * (on this thread) while the earlier ones are written, so Node's generating and Neo4j's
 * writing overlap, and a second transaction uses the core a single one leaves idle.
 * Every item is written exactly once, started in the source's order; a failed write
 * stops the source and rejects once the writes already started have settled.
 */
export async function writeInFlight<T>(
  source: Iterator<T>,
  limit: number,
  write: (item: T) => Promise<void>,
): Promise<{ makingMs: number }> {
  if (!Number.isInteger(limit) || limit < 1)
    throw new Error(`writes in flight must be a whole number of 1 or more, got ${limit}`);
  const running = new Set<Promise<void>>();
  let failure: { error: unknown } | undefined;
  let makingMs = 0;
  while (!failure) {
    const started = performance.now();
    const next = source.next();
    makingMs += performance.now() - started;
    if (next.done) break;
    const written: Promise<void> = write(next.value)
      .catch((error: unknown) => {
        failure ??= { error };
      })
      .finally(() => running.delete(written));
    running.add(written);
    if (running.size >= limit) await Promise.race(running);
  }
  await Promise.all(running);
  if (failure) throw failure.error;
  return { makingMs };
}
