/**
 * The search index, one Pagefind index per month of publication (src/lib/search-periods.ts) in
 * `pagefind/<yyyy-mm>/`, each made from that month's story pages. Pagefind cannot update an index
 * it has written, so a month whose pages changed is indexed again from nothing, which is what makes
 * it identical to a cold build's. The pages are fed to Pagefind from a thread of their own
 * (search-worker.ts), so that indexing goes on while the build's own thread is busy.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { making, swapInto } from './output.ts';
import type { IndexJob, IndexReply } from './search-worker.ts';

/** A story page to index (Pagefind reads only what is marked `data-pagefind-body`): its URL path under the base, and the page as a file or as HTML. */
export type SearchPage = IndexJob['pages'][number];

let worker: Worker | undefined;
let jobs = 0;
const waiting = new Map<number, { resolve: () => void; reject: (error: Error) => void }>();

function indexer(): Worker {
  if (worker) return worker;
  // Started on demand: a build with nothing to index never starts Pagefind's binary.
  const thread = new Worker(new URL('./search-worker.ts', import.meta.url));
  thread.on('message', ({ id, error }: IndexReply) => {
    const job = waiting.get(id)!;
    waiting.delete(id);
    if (error) job.reject(new Error(error));
    else job.resolve();
  });
  // A thread that failed or ended takes its jobs with it, and the next job starts a new one
  // (under --watch, the next update's).
  const lost = (error: Error) => {
    if (worker === thread) worker = undefined;
    for (const job of waiting.values()) job.reject(error);
    waiting.clear();
  };
  thread.on('error', lost);
  thread.on('exit', (code) => lost(new Error(`the search indexer stopped (exit code ${code})`)));
  // Waiting for an index keeps the process alive; an idle indexer does not.
  thread.unref();
  worker = thread;
  return thread;
}

/** Writes `<site>/pagefind/<period>/` for `pages`; returns how many pages it indexed. */
export async function writePeriodIndex(site: string, period: string, pages: readonly SearchPage[], { inPlace }: { inPlace: boolean }): Promise<number> {
  const target = join(site, 'pagefind', period);
  const outputPath = inPlace ? `${target}.building-${process.pid}` : target;
  const made = inPlace ? making(outputPath) : undefined;
  try {
    const id = jobs++;
    const done = new Promise<void>((resolve, reject) => waiting.set(id, { resolve, reject }));
    const thread = indexer();
    thread.ref();
    thread.postMessage({ id, outputPath, pages } satisfies IndexJob);
    try {
      await done;
    } finally {
      if (waiting.size === 0) thread.unref();
    }
    if (inPlace) swapInto(outputPath, target);
    return pages.length;
  } catch (error) {
    if (inPlace) rmSync(outputPath, { recursive: true, force: true });
    throw error;
  } finally {
    made?.done();
  }
}

export function removePeriodIndex(site: string, period: string): void {
  rmSync(join(site, 'pagefind', period), { recursive: true, force: true });
}

export async function closeSearch(): Promise<void> {
  const thread = worker;
  worker = undefined;
  if (!thread) return;
  const exited = new Promise((resolve) => thread.once('exit', resolve));
  thread.ref();
  thread.postMessage('close');
  await exited;
}
