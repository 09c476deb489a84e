/**
 * `npm run build -- --watch`: after the first build, every saved change in content/ is published
 * at once, one line per update. Updates never overlap, and Ctrl-C waits for the one under way, so
 * the site is left as a whole build made it (every file is renamed into place, never half-written).
 */
import { watch } from 'node:fs';
import { resolve } from 'node:path';
import type { createPublisher, PublishResult } from './publish.ts';

/** Saves come in bursts (an editor writes, renames, touches): wait this long for the burst to end. */
const SETTLE_MS = 25;

export interface WatchOptions {
  readonly root: string;
  readonly contentDir: string;
  readonly outName: string;
  readonly publisher: ReturnType<typeof createPublisher>;
  readonly summary: (result: PublishResult, ms: number) => string;
}

export function watchContent({ root, contentDir, outName, publisher, summary }: WatchOptions): Promise<void> {
  let running: Promise<void> | undefined;
  let again = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopping = false;
  /** What the watcher saw change since the last update began; undefined once it could not say. */
  let touched: Set<string> | undefined = new Set();
  /** Warnings already printed: an editor's swap file should not be named on every save. */
  let warned = new Set<string>();

  const update = async () => {
    const started = performance.now();
    const seen = touched;
    touched = new Set();
    try {
      const result = await publisher.publish(seen ? { touched: [...seen] } : {});
      const what = [...result.changed, ...result.removed.map((file) => `${file} (deleted)`)];
      const changed = what.length ? what.join(', ') : 'no content change';
      for (const line of result.warnings) if (!warned.has(line)) console.error(line);
      warned = new Set(result.warnings);
      if (result.ok) console.log(`${changed}: ${summary(result, performance.now() - started)}.`);
      else console.error(`${changed}:\n${result.errors.join('\n')}\nNot published: ${outName}/ is as it was.`);
    } catch (error) {
      console.error(`${(error as Error).stack ?? error}\nNot published: ${outName}/ is as it was.`);
    }
  };

  const run = () => {
    if (running) {
      again = true;
      return;
    }
    running = update().finally(() => {
      running = undefined;
      if (again && !stopping) {
        again = false;
        run();
      }
    });
  };

  const watcher = watch(resolve(root, contentDir), { recursive: true }, (_event, filename) => {
    if (filename === null) touched = undefined;
    else touched?.add(filename);
    clearTimeout(timer);
    timer = setTimeout(run, SETTLE_MS);
  });
  console.log(`Watching ${contentDir}/ for changes (Ctrl-C to stop).`);

  return new Promise((done) => {
    const stop = async () => {
      if (stopping) return;
      stopping = true;
      watcher.close();
      clearTimeout(timer);
      await running;
      await publisher.close();
      done();
      process.exit(0);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}
