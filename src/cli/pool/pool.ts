// Page analysers: inline in this thread (--jobs 1) or spread over worker threads (--jobs N). Each
// worker holds at most PER_WORKER pages at once; the rest wait here. A worker that crashes is
// replaced and its pages fail with the reason; a page that takes longer than the time limit fails
// alone (its worker is replaced, the other pages it held are sent again).
import { Worker } from 'node:worker_threads';
import type { PageResult, PageTask } from './task.ts';
import { workerEntry } from './worker-bundle.ts';
import type { WorkerReply } from './worker.ts';

export interface PageAnalyzer {
  run(task: PageTask): Promise<PageResult>;
  close(): Promise<void>;
  /** How many pages this analyser has parsed and classified (cache hits never reach it). */
  readonly analyzed: number;
  readonly threads: number;
}

export class InlineAnalyzer implements PageAnalyzer {
  analyzed = 0;
  readonly threads = 0;
  // Loaded on first use: with worker threads the main thread never loads the engine (~60 MB).
  private engine: Promise<typeof import('./task.ts')> | null = null;
  async run(task: PageTask): Promise<PageResult> {
    this.engine ??= import('./task.ts');
    const { analyzeHtml } = await this.engine;
    this.analyzed++;
    return analyzeHtml(task);
  }
  async close(): Promise<void> {}
}

const PER_WORKER = 2;
/** Old-generation heap of each thread (MB); KYC_LENS_WORKER_HEAP_MB changes it for unusually large pages. */
export const WORKER_HEAP_MB = Number(process.env.KYC_LENS_WORKER_HEAP_MB) || 256;
export const DEFAULT_TASK_TIMEOUT_MS = 120_000;

interface Pending {
  id: number;
  task: PageTask;
  resolve: (r: PageResult) => void;
  reject: (e: Error) => void;
}

interface Slot {
  worker: Worker;
  inflight: Map<number, Pending & { timer: NodeJS.Timeout }>;
}

export class WorkerPool implements PageAnalyzer {
  analyzed = 0;
  private readonly slots: Slot[] = [];
  private readonly waiting: Pending[] = [];
  private nextId = 1;
  private closed = false;
  private entry: URL | null = null;
  private starting: Promise<void> | null = null;

  constructor(
    readonly threads: number,
    private readonly timeoutMs = DEFAULT_TASK_TIMEOUT_MS,
  ) {}

  /** Threads start on the first page, so a run served wholly from the cache never pays for them. */
  private start(): Promise<void> {
    this.starting ??= workerEntry().then((url) => {
      this.entry = url;
      if (this.closed) return;
      while (this.slots.length < this.threads) this.slots.push(this.spawn());
      this.pump();
    });
    return this.starting;
  }

  private spawn(): Slot {
    // A bounded old generation makes each thread collect garbage before its heap grows large; a
    // page that needs more than this fails alone (the worker is replaced).
    const worker = new Worker(this.entry!, { resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
    const slot: Slot = { worker, inflight: new Map() };
    worker.on('message', (reply: WorkerReply) => {
      const p = slot.inflight.get(reply.id);
      if (!p) return;
      clearTimeout(p.timer);
      slot.inflight.delete(reply.id);
      this.analyzed++;
      if (reply.ok) p.resolve(reply.result);
      else p.reject(new Error(reply.error));
      this.pump();
    });
    const fail = (why: string) => {
      if (this.closed || !this.slots.includes(slot)) return;
      this.replace(slot, [], why);
    };
    worker.on('error', (e) => fail(`worker crashed: ${e.message}`));
    worker.on('exit', (code) => fail(`worker exited (code ${code})`));
    return slot;
  }

  /** Swaps a dead or stuck worker for a new one; `retry` pages go back to the queue, the rest fail. */
  private replace(slot: Slot, retry: readonly number[], why: string): void {
    const i = this.slots.indexOf(slot);
    if (i < 0) return;
    this.slots[i] = this.spawn();
    for (const [id, p] of slot.inflight) {
      clearTimeout(p.timer);
      if (retry.includes(id)) this.waiting.unshift(p);
      else p.reject(new Error(why));
    }
    slot.inflight.clear();
    void slot.worker.terminate();
    this.pump();
  }

  private pump(): void {
    while (this.waiting.length) {
      let best: Slot | undefined;
      for (const s of this.slots) if (s.inflight.size < PER_WORKER && (!best || s.inflight.size < best.inflight.size)) best = s;
      if (!best) return;
      const p = this.waiting.shift()!;
      const slot = best;
      const timer = setTimeout(() => {
        const others = [...slot.inflight.keys()].filter((id) => id !== p.id);
        this.replace(slot, others, `page took longer than ${Math.round(this.timeoutMs / 1000)} s; stopped`);
      }, this.timeoutMs);
      slot.inflight.set(p.id, { ...p, timer });
      slot.worker.postMessage({ id: p.id, task: p.task });
    }
  }

  run(task: PageTask): Promise<PageResult> {
    if (this.closed) return Promise.reject(new Error('pool is closed'));
    const started = this.start();
    return new Promise((resolve, reject) => {
      this.waiting.push({ id: this.nextId++, task, resolve, reject });
      void started.then(() => this.pump());
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.starting;
    for (const p of this.waiting.splice(0)) p.reject(new Error('pool is closed'));
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}

export function createAnalyzer(jobs: number, timeoutMs?: number): PageAnalyzer {
  return jobs <= 1 ? new InlineAnalyzer() : new WorkerPool(jobs, timeoutMs);
}
