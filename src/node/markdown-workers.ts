/**
 * A Markdown processor that renders on worker threads: Astro's glob loader renders up to ten
 * stories at a time, but all on the one thread that also parses, validates and stores them, and
 * rendering (remark, SmartyPants, rehype) was two thirds of a 5,000-story content sync. The
 * workers build the very same processor (src/markdown.ts) and put the other cores to work.
 *
 * The first stories render on this thread and only then do workers start, so a rebuild that
 * re-renders only the stories edited since never waits for a thread; workers left idle stop, so
 * they hold no memory while Astro renders the pages.
 */
import type { AstroMarkdownOptions, MarkdownProcessor, MarkdownRenderer, MarkdownRenderOptions, MarkdownRenderResult } from '@astrojs/markdown-remark';
import { isDeepStrictEqual } from 'node:util';
import { Worker } from 'node:worker_threads';

/** What a worker needs to build the same processor: see src/node/markdown-worker.ts. */
export interface WorkerSite {
  readonly contentDir: string;
  readonly base: string;
}

export interface ThreadOptions {
  /** Worker threads; 0 renders everything on this thread. */
  readonly threads: number;
  readonly site: WorkerSite;
  /** Stories rendered on this thread before the workers take over. */
  readonly inline?: number;
  /** Idle workers stop after this long. */
  readonly idleMs?: number;
}

export interface WorkerData extends WorkerSite {
  readonly shared: AstroMarkdownOptions;
}

/**
 * `processor`, rendering on `threads` workers. Its name and options are the processor's own, so
 * Astro's config digest (and with it the content cache) does not change with the thread count.
 */
export function onWorkerThreads<T extends object>(processor: MarkdownProcessor<T>, { threads, site, inline = 48, idleMs = 1000 }: ThreadOptions): MarkdownProcessor<T> {
  if (threads < 1) return processor;
  // Astro asks for a renderer per collection: they all share the threads.
  const pools: { data: WorkerData; pool: RenderPool }[] = [];
  return {
    name: processor.name,
    options: processor.options,
    ...(processor.createMdxRenderer ? { createMdxRenderer: processor.createMdxRenderer.bind(processor) } : {}),
    async createRenderer(shared) {
      const local = await processor.createRenderer(shared);
      let data: WorkerData;
      try {
        data = structuredClone({ ...site, shared });
      } catch {
        return local; // settings a thread cannot receive (a function in them): render here
      }
      let pool = pools.find((p) => isDeepStrictEqual(p.data, data))?.pool;
      if (!pool) pools.push({ data, pool: (pool = new RenderPool(local, { threads, data, inline, idleMs })) });
      const shares = pool;
      return { render: (content, options) => shares.render(content, options) } satisfies MarkdownRenderer;
    },
  };
}

interface Slot {
  /** Absent for this thread. */
  readonly worker?: Worker;
  pending: number;
}

interface Job {
  readonly slot: Slot;
  readonly resolve: (result: MarkdownRenderResult) => void;
  readonly reject: (error: Error) => void;
}

export type WorkerReply = { id: number; result: MarkdownRenderResult } | { id: number; error: { message: string; stack?: string } };

type PoolOptions = Required<Pick<ThreadOptions, 'threads' | 'inline' | 'idleMs'>> & { readonly data: WorkerData };

/** The first `inline` stories render on this thread, the others on the least busy of `threads` workers. */
class RenderPool {
  readonly #local: MarkdownRenderer;
  readonly #here: Slot = { pending: 0 };
  readonly #options: PoolOptions;
  #workers: Slot[] = [];
  #jobs = new Map<number, Job>();
  #requests = 0;
  #nextId = 0;
  #idle: NodeJS.Timeout | undefined;

  constructor(local: MarkdownRenderer, options: PoolOptions) {
    this.#local = local;
    this.#options = options;
  }

  render(content: string, options: MarkdownRenderOptions = {}): Promise<MarkdownRenderResult> {
    clearTimeout(this.#idle);
    const slot = this.#requests++ < this.#options.inline ? this.#here : this.#slot();
    slot.pending++;
    if (!slot.worker) {
      return this.#local.render(content, options).finally(() => {
        slot.pending--;
        this.#whenIdle();
      });
    }
    const worker = slot.worker;
    const id = this.#nextId++;
    return new Promise((resolve, reject) => {
      this.#jobs.set(id, { slot, resolve, reject });
      try {
        worker.postMessage({ id, content, frontmatter: options.frontmatter, fileURL: options.fileURL?.href });
      } catch (error) {
        // A frontmatter a thread cannot receive: the job never left, so it must not stay counted.
        this.#jobs.delete(id);
        slot.pending--;
        reject(error as Error);
      }
    });
  }

  /** The least busy worker, starting another while there are fewer than `threads`. */
  #slot(): Slot {
    const free = this.#workers.find((slot) => slot.pending === 0);
    if (free) return free;
    if (this.#workers.length < this.#options.threads) return this.#start();
    return this.#workers.reduce((a, b) => (b.pending < a.pending ? b : a));
  }

  #start(): Slot {
    const worker = new Worker(new URL('./markdown-worker.mjs', import.meta.url), { workerData: this.#options.data });
    const slot: Slot = { worker, pending: 0 };
    worker.unref(); // never what keeps the build running
    worker.on('message', (reply: WorkerReply) => this.#settle(reply));
    worker.on('error', (error) => this.#fail(slot, error));
    worker.on('exit', (code) => this.#fail(slot, new Error(`a Markdown worker thread stopped (exit code ${code})`)));
    this.#workers.push(slot);
    return slot;
  }

  #settle(reply: WorkerReply): void {
    const job = this.#jobs.get(reply.id);
    if (!job) return;
    this.#jobs.delete(reply.id);
    job.slot.pending--;
    if ('result' in reply) job.resolve(reply.result);
    else job.reject(Object.assign(new Error(reply.error.message), { stack: reply.error.stack }));
    this.#whenIdle();
  }

  #whenIdle(): void {
    if (this.#here.pending === 0 && this.#jobs.size === 0) this.#idle = setTimeout(() => this.#stopAll(), this.#options.idleMs).unref();
  }

  /** A worker that crashed or stopped: its stories fail with the reason, the others go on. */
  #fail(slot: Slot, error: Error): void {
    this.#workers = this.#workers.filter((s) => s !== slot);
    for (const [id, job] of this.#jobs) {
      if (job.slot !== slot) continue;
      this.#jobs.delete(id);
      job.reject(error);
    }
  }

  #stopAll(): void {
    const workers = this.#workers;
    this.#workers = [];
    for (const { worker } of workers) {
      worker!.removeAllListeners('exit');
      void worker!.terminate();
    }
  }
}
