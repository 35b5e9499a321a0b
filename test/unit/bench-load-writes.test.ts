/**
 * How the bench load writes (bench/generate): a generated batch cut into transaction-sized
 * parts loses, repeats and reorders nothing, and the in-flight writer writes every item
 * exactly once, started in order, never more than its limit at once, and stops at a failure.
 */
import { batches, parts, type Batch } from '../../bench/generate/batches';
import { generateFacts } from '../../bench/generate/facts';
import { writeInFlight } from '../../bench/generate/in-flight';
import { buildWorld } from '../../bench/generate/world';

const generated = (batchSize: number): Batch[] => {
  const world = buildWorld(2000, 5);
  return [...batches(world, generateFacts(world), batchSize, (id) => `node:${id}`)];
};

const rowsOf = (list: Batch[]) => ({
  documents: list.flatMap((b) => b.documents),
  facts: list.flatMap((b) => b.facts),
  sentences: list.reduce((sum, b) => sum + b.sentences, 0),
  evidence: list.reduce((sum, b) => sum + b.evidence, 0),
  mentions: list.reduce((sum, b) => sum + b.mentions, 0),
});

describe('parts of a generated batch', () => {
  let whole: Batch[];
  beforeAll(() => {
    whole = generated(1000);
  });

  it('hold every document and fact of the batch once, in order, with their counts', () => {
    expect(whole.length).toBeGreaterThan(2);
    for (const size of [1, 7, 300, 999, 1000, 5000]) {
      const cut = whole.flatMap((batch) => parts(batch, size));
      expect(rowsOf(cut)).toEqual(rowsOf(whole));
      for (const part of cut) expect(part.facts.length).toBeLessThanOrEqual(size);
    }
    expect(whole.flatMap((batch) => parts(batch, 300)).length).toBeGreaterThan(whole.length * 3);
  });

  it('share the documents out with the facts, so no part is left with all of them', () => {
    const batch = whole[0]!;
    const cut = parts(batch, 250);
    expect(cut).toHaveLength(4);
    for (const part of cut) {
      expect(part.facts.length).toBe(250);
      expect(part.documents.length).toBeGreaterThan(batch.documents.length / 5);
    }
  });

  it('refuse a size that is not a whole number of 1 or more', () => {
    expect(() => parts(whole[0]!, 0)).toThrow(/facts per transaction must be a whole number of 1 or more, got 0/);
  });
});

describe('writeInFlight', () => {
  const tick = () => new Promise<void>((done) => setImmediate(done));

  it('writes every item exactly once, started in order, at most `limit` at once', async () => {
    const started: number[] = [];
    let running = 0;
    let most = 0;
    await writeInFlight([...Array(25).keys()][Symbol.iterator](), 3, async (item) => {
      started.push(item);
      running++;
      most = Math.max(most, running);
      for (let i = 0; i < (item % 4) + 1; i++) await tick();
      running--;
    });
    expect(started).toEqual([...Array(25).keys()]);
    expect(most).toBe(3);
  });

  it('makes the next item while earlier ones are being written', async () => {
    const events: string[] = [];
    function* source() {
      for (let i = 0; i < 3; i++) {
        events.push(`made ${i}`);
        yield i;
      }
    }
    await writeInFlight(source(), 2, async (item) => {
      events.push(`start ${item}`);
      await tick();
      events.push(`end ${item}`);
    });
    expect(events.indexOf('made 1')).toBeLessThan(events.indexOf('end 0'));
  });

  it('stops making items after a failed write and rejects with its error once the others settle', async () => {
    const made: number[] = [];
    let settled = 0;
    function* source() {
      for (let i = 0; i < 100; i++) {
        made.push(i);
        yield i;
      }
    }
    await expect(
      writeInFlight(source(), 2, async (item) => {
        await tick();
        settled++;
        if (item === 3) throw new Error('write 3 failed');
      }),
    ).rejects.toThrow('write 3 failed');
    expect(made.length).toBeLessThan(10);
    expect(settled).toBe(made.length);
  });

  it('refuses a limit below 1', async () => {
    await expect(writeInFlight([1][Symbol.iterator](), 0, async () => {})).rejects.toThrow(
      /writes in flight must be a whole number of 1 or more, got 0/,
    );
  });
});
