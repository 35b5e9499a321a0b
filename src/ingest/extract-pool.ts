/**
 * A small pool of worker threads that run extraction, so that a long article
 * never blocks the server's event loop, with a time budget per article. An
 * extraction over the budget is ended by terminating its worker (the only way
 * to stop synchronous work); a fresh worker takes its place and the caller gets
 * a BAD_USER_INPUT error naming the budget.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { SilkgraphError } from '../errors';
import { projectRoot } from '../paths';
import type { ExtractRequest } from './extract-worker';
import type { ExtractOptions, Extraction } from './types';

export interface ExtractPoolOptions {
  /** Worker threads, each extracting one article at a time. */
  size: number;
  /** The time one article's extraction may take, in milliseconds (EXTRACT_TIMEOUT_MS). */
  timeoutMs: number;
}

interface Task {
  request: ExtractRequest;
  resolve(extraction: Extraction): void;
  reject(error: Error): void;
}

interface Slot {
  worker: Worker;
  /** Set when the worker has loaded the extraction modules and can take an article. */
  ready: boolean;
  task?: Task;
  timer?: NodeJS.Timeout;
}

/** The compiled worker: beside this file in dist/, or in dist/ when this file runs as TypeScript (tests). */
function workerScript(): string {
  const beside = join(__dirname, 'extract-worker.js');
  return existsSync(beside) ? beside : join(projectRoot, 'dist', 'src', 'ingest', 'extract-worker.js');
}

export const extractionTimeout = (timeoutMs: number): SilkgraphError =>
  new SilkgraphError(
    'BAD_USER_INPUT',
    `text: extraction took longer than the budget of ${timeoutMs} ms (EXTRACT_TIMEOUT_MS); split the article into smaller ones`,
    { argument: 'text', limit: 'EXTRACT_TIMEOUT_MS', timeoutMs },
  );

export class ExtractPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Task[] = [];
  private readonly script = workerScript();
  private nextId = 0;
  private closed = false;

  constructor(private readonly options: ExtractPoolOptions) {
    if (!existsSync(this.script)) throw new Error(`extraction worker not built: ${this.script} (run npm run build)`);
    for (let i = 0; i < options.size; i++) this.slots.push(this.spawn());
  }

  /** Extracts one article in a worker; rejects with a BAD_USER_INPUT error when it takes longer than the budget. */
  extract(text: string, options: ExtractOptions = {}): Promise<Extraction> {
    if (this.closed) return Promise.reject(new Error('the extraction pool is closed'));
    return new Promise((resolve, reject) => {
      this.queue.push({ request: { id: this.nextId++, text, options }, resolve, reject });
      this.dispatch();
    });
  }

  /** Ends every worker; extractions still waiting or running fail. */
  async close(): Promise<void> {
    this.closed = true;
    for (const task of this.queue.splice(0)) task.reject(new Error('the extraction pool is closed'));
    await Promise.all(
      this.slots.splice(0).map((slot) => {
        clearTimeout(slot.timer);
        slot.task?.reject(new Error('the extraction pool is closed'));
        return slot.worker.terminate();
      }),
    );
  }

  private spawn(): Slot {
    const slot: Slot = { worker: new Worker(this.script), ready: false };
    slot.worker.on('message', (reply: { ready?: true; id?: number; extraction?: Extraction; error?: string }) => {
      if (reply.ready) {
        slot.ready = true;
        this.dispatch();
        return;
      }
      const task = slot.task;
      if (!task || task.request.id !== reply.id) return;
      this.finish(slot);
      if (reply.extraction) task.resolve(reply.extraction);
      else task.reject(new Error(`extraction failed: ${reply.error}`));
    });
    // A worker that dies on its own (out of memory, a crash) is replaced; its article fails.
    slot.worker.on('error', (error) => this.replace(slot, error));
    slot.worker.on('exit', (code) => this.replace(slot, new Error(`extraction worker exited with code ${code}`)));
    return slot;
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (slot.task || !slot.ready) continue;
      const task = this.queue.shift();
      if (!task) return;
      slot.task = task;
      // The budget counts from the start of this article's extraction, not from its wait in the queue.
      slot.timer = setTimeout(
        () => this.replace(slot, extractionTimeout(this.options.timeoutMs)),
        this.options.timeoutMs,
      );
      slot.worker.postMessage(task.request);
    }
  }

  private finish(slot: Slot): void {
    clearTimeout(slot.timer);
    slot.task = undefined;
    slot.timer = undefined;
    this.dispatch();
  }

  /** Ends a slot's worker (if still running), fails its article with `error` and puts a new worker in its place. */
  private replace(slot: Slot, error: Error): void {
    const index = this.slots.indexOf(slot);
    if (index < 0) return; // already replaced, or the pool is closed
    clearTimeout(slot.timer);
    slot.worker.removeAllListeners();
    slot.worker.on('error', () => undefined); // a late error of a worker being ended is of no interest
    void slot.worker.terminate();
    slot.task?.reject(error);
    this.slots[index] = this.spawn();
    this.dispatch();
  }
}
