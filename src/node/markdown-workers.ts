/**
 * A Markdown processor that renders in worker processes: Astro's glob loader renders up to ten
 * stories at a time, but all on the one thread that also parses, validates and stores them, and
 * rendering (remark, SmartyPants, rehype) was two thirds of a 5,000-story content sync. The
 * workers build the very same processor (src/markdown.ts) and put the other cores to work.
 *
 * Processes, not worker threads: a thread's heap stays with the process after it ends (V8 keeps
 * the pages for its own later use), and at 5,000 stories two threads left 400 MB that Vite's
 * bundler, which allocates outside V8, could not reuse: 1.8 GB at the peak, 1.4 GB with processes.
 * A process gives its memory back when it exits.
 *
 * The first stories render on this thread and only then do workers start, so a rebuild that
 * re-renders only the stories edited since never waits for one; workers left idle exit.
 */
import type { AstroMarkdownOptions, MarkdownProcessor, MarkdownRenderer, MarkdownRenderOptions, MarkdownRenderResult } from '@astrojs/markdown-remark';
import { isDeepStrictEqual } from 'node:util';
import { fork, type ChildProcess } from 'node:child_process';

/** What a worker needs to build the same processor: see src/node/markdown-worker.ts. */
export interface WorkerSite {
  readonly contentDir: string;
  readonly base: string;
}

export interface WorkerOptions {
  /** Worker processes; 0 renders everything on this thread. */
  readonly workers: number;
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
 * `processor`, rendering in `workers` processes. Its name and options are the processor's own, so
 * Astro's config digest (and with it the content cache) does not change with the worker count.
 */
export function onWorkerProcesses<T extends object>(processor: MarkdownProcessor<T>, { workers, site, inline = 48, idleMs = 1000 }: WorkerOptions): MarkdownProcessor<T> {
  if (workers < 1) return processor;
  // Astro asks for a renderer per collection: they all share the workers.
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
        return local; // settings a worker cannot receive (a function in them): render here
      }
      let pool = pools.find((p) => isDeepStrictEqual(p.data, data))?.pool;
      if (!pool) pools.push({ data, pool: (pool = new RenderPool(local, { workers, data, inline, idleMs })) });
      const shares = pool;
      return { render: (content, options) => shares.render(content, options) } satisfies MarkdownRenderer;
    },
  };
}

interface Slot {
  /** Absent for this thread. */
  readonly worker?: ChildProcess;
  pending: number;
}

interface Job {
  readonly slot: Slot;
  readonly resolve: (result: MarkdownRenderResult) => void;
  readonly reject: (error: Error) => void;
}

/** What the parent sends: the site's settings first, then one story per message. */
export type WorkerRequest = { data: WorkerData } | { id: number; content: string; frontmatter?: Record<string, unknown>; fileURL?: string };
export type WorkerReply = { id: number; result: MarkdownRenderResult } | { id: number; error: { message: string; stack?: string } };

type PoolOptions = Required<Pick<WorkerOptions, 'workers' | 'inline' | 'idleMs'>> & { readonly data: WorkerData };

/** The first `inline` stories render on this thread, the others in the least busy of `workers` processes. */
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
        this.#release(slot);
        this.#whenIdle();
      });
    }
    const worker = slot.worker;
    if (slot.pending === 1) worker.channel?.ref(); // a reply to wait for keeps the build running (see #release)
    const id = this.#nextId++;
    return new Promise((resolve, reject) => {
      this.#jobs.set(id, { slot, resolve, reject });
      const request: WorkerRequest = { id, content, ...(options.frontmatter ? { frontmatter: options.frontmatter } : {}), ...(options.fileURL ? { fileURL: options.fileURL.href } : {}) };
      try {
        worker.send(request);
      } catch (error) {
        // A frontmatter a worker cannot receive: the job never left, so it must not stay counted.
        this.#jobs.delete(id);
        this.#release(slot);
        reject(error as Error);
      }
    });
  }

  /** The least busy worker, starting another while there are fewer than `workers`. */
  #slot(): Slot {
    const free = this.#workers.find((slot) => slot.pending === 0);
    if (free) return free;
    if (this.#workers.length < this.#options.workers) return this.#start();
    return this.#workers.reduce((a, b) => (b.pending < a.pending ? b : a));
  }

  #start(): Slot {
    // Structured clone, as for a thread; no Node flags of this process (a heap limit, a profiler).
    const worker = fork(new URL('./markdown-worker.mjs', import.meta.url), [], { serialization: 'advanced', execArgv: [], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    const slot: Slot = { worker, pending: 0 };
    worker.send({ data: this.#options.data } satisfies WorkerRequest);
    // Never what keeps the build running by itself: only a job waiting for its reply holds the channel.
    worker.unref();
    worker.on('message', (reply: WorkerReply) => this.#settle(reply));
    worker.on('error', (error) => this.#fail(slot, error));
    worker.on('exit', (code, signal) => this.#fail(slot, new Error(`a Markdown worker process stopped (${signal ?? `exit code ${code}`})`)));
    this.#workers.push(slot);
    return slot;
  }

  #settle(reply: WorkerReply): void {
    const job = this.#jobs.get(reply.id);
    if (!job) return;
    this.#jobs.delete(reply.id);
    this.#release(job.slot);
    if ('result' in reply) job.resolve(reply.result);
    else job.reject(Object.assign(new Error(reply.error.message), { stack: reply.error.stack }));
    this.#whenIdle();
  }

  /** A job of `slot` is over; a worker with none left no longer keeps the build running. */
  #release(slot: Slot): void {
    if (--slot.pending === 0) slot.worker?.channel?.unref();
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
      worker!.kill();
    }
  }
}
