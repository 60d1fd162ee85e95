// Summarising a large folder is CPU-bound parsing, so the cold index spreads it over worker threads. Each
// worker reads and parses files itself: only file paths go in and small summaries come out.
import { existsSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { parseArticle } from '../analysis/article';
import { applyKnowledgeBase, EMPTY_KNOWLEDGE_BASE, KnowledgeBase } from '../analysis/knowledge-base';
import { ArticleSummary, summarize } from '../analysis/summary';

const WORKER_ROLE = 'article-lens-summarize';
const MAX_WORKERS = 4;

/**
 * One worker fewer than the cores, and at least one. Each worker is its own V8 isolate and compiles the whole
 * parser again: over the first ~2,000 articles it runs unoptimised code while V8's compiler threads build
 * TurboFan code for it, and those threads (shared by the process) took ~28 % of the server's CPU for a cold
 * index of 10,000 articles with two workers (perf, by thread). On two cores that second compilation, the main
 * thread and the compiler threads all compete with the two workers: one worker, with the other core left to the
 * compiler, the collector and the main thread, used ~20 % less server CPU (20.7–22.2 s against 25.8–26.2 s on
 * a busy host) and ~55 MB less memory while indexing.
 */
export function defaultPoolSize(cores = availableParallelism()): number {
  return Math.max(1, Math.min(MAX_WORKERS, cores - 1));
}
/**
 * Parsing makes a lot of short-lived garbage, and left to itself V8 lets each worker's heap grow to ~150 MB
 * between collections: two workers took the server to 470 MB while indexing 10,000 articles. A capped old
 * generation keeps each worker near 40 MB. The young generation is 8 MB: at 4 MB the two workers ran ~1,900
 * young collections over 10,000 articles (one every ~4 ms each), each one also work for V8's helper threads,
 * which share the same cores as the workers; 8 MB halves that for ~6 MB more a worker. A worker that still
 * runs out (a freak article) is replaced, and its batch is summarised on the main thread.
 */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 8, maxOldGenerationSizeMb: 128 };

interface Job {
  id: number;
  paths: string[];
  /** The project's knowledge base, applied after each parse as on the main thread. */
  knowledge?: KnowledgeBase;
}

interface Reply {
  id: number;
  summaries: Array<ArticleSummary | null>;
}

/** Jobs sent to a worker ahead of the one it is on, so that it never waits for the main thread between batches. */
const QUEUED_PER_WORKER = 2;

interface Pending {
  resolve: (r: Reply) => void;
  reject: (e: Error) => void;
}

export class SummarizePool {
  private readonly workers: Worker[] = [];
  private readonly waiting: Array<{ job: Job } & Pending> = [];
  /** The jobs each worker has been sent, oldest first: a worker answers them in order. */
  private readonly sent = new Map<Worker, Array<{ id: number } & Pending>>();
  private nextId = 0;
  private closing = false;

  /**
   * `script` is the bundle that calls runSummarizeWorkerIfAsked() at start (dist/summarize-worker.js). It must
   * exist: a worker whose script fails to load would be replaced, fail again, and so on for ever.
   */
  constructor(private readonly script: string, size = defaultPoolSize()) {
    if (!existsSync(script)) throw new Error(`no worker script at ${script}`);
    for (let i = 0; i < size; i++) this.start();
  }

  private start(): void {
    const worker = new Worker(this.script, { workerData: { role: WORKER_ROLE }, stdout: false, stderr: true, resourceLimits: WORKER_LIMITS });
    worker.on('message', (reply: Reply) => {
      const pending = this.sent.get(worker)?.shift();
      pending?.resolve(reply);
      this.dispatch();
    });
    // A worker that fails (out of memory, say) is gone: its jobs fail and a fresh worker takes its place.
    const lost = (error: Error) => {
      const index = this.workers.indexOf(worker);
      if (index < 0) return;
      this.workers.splice(index, 1);
      const pending = this.sent.get(worker) ?? [];
      this.sent.delete(worker);
      for (const job of pending) job.reject(error);
      if (!this.closing) this.start();
      this.dispatch();
    };
    worker.on('error', lost);
    worker.on('exit', (code) => lost(new Error(`summarize worker exited with code ${code}`)));
    this.workers.push(worker);
    this.sent.set(worker, []);
  }

  get size(): number {
    return this.workers.length;
  }

  /** Summaries of the files, in order; undefined for a file that cannot be read. */
  async summarize(paths: string[], knowledge: KnowledgeBase = EMPTY_KNOWLEDGE_BASE): Promise<Array<ArticleSummary | undefined>> {
    const reply = await new Promise<Reply>((resolve, reject) => {
      this.waiting.push({ job: { id: this.nextId++, paths, knowledge }, resolve, reject });
      this.dispatch();
    });
    return reply.summaries.map((summary) => summary ?? undefined);
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all([...this.workers].map((worker) => worker.terminate()));
  }

  private dispatch(): void {
    for (;;) {
      let worker: Worker | undefined;
      for (const each of this.workers) if (this.sent.get(each)!.length < QUEUED_PER_WORKER && (!worker || this.sent.get(each)!.length < this.sent.get(worker)!.length)) worker = each;
      if (!worker || this.waiting.length === 0) return;
      const { job, resolve, reject } = this.waiting.shift()!;
      this.sent.get(worker)!.push({ id: job.id, resolve, reject });
      worker.postMessage(job);
    }
  }
}

/** In a worker started by SummarizePool, serve jobs and return true; on the main thread, return false. */
export function runSummarizeWorkerIfAsked(): boolean {
  if (isMainThread || (workerData as { role?: string } | null)?.role !== WORKER_ROLE || !parentPort) return false;
  const port = parentPort;
  // A worker has nothing else to do while it reads, so it reads each file synchronously: promise-based reads of
  // a whole batch at once cost ~7% of the worker's time in file handles and promises, and kept the batch's texts
  // alive together.
  port.on('message', (job: Job) => {
    const summaries = job.paths.map((path) => {
      try {
        return summarize(applyKnowledgeBase(parseArticle(readFileSync(path, 'utf8')), job.knowledge ?? EMPTY_KNOWLEDGE_BASE, path));
      } catch {
        return null;
      }
    });
    port.postMessage({ id: job.id, summaries } satisfies Reply);
  });
  return true;
}
