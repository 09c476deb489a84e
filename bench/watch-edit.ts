/**
 * `npm run build -- --watch` timed from a save to the result on disk: for each edit (a sentence
 * appended to a story), how long until the story's page in the output holds it, and until the
 * watcher reports the update done (its search index and sitemap written too).
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface WatchEditResult {
  readonly readyMs: number;
  /** Save → the edited story's page on disk holds the edit. */
  readonly pageMs: readonly number[];
  /** Save → the watcher's line for the update (pages, feeds, sitemap and search index written). */
  readonly doneMs: readonly number[];
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

export async function measureWatchEdits({ root, content, cacheDir, outDir, edits = 5 }: { root: string; content: string; cacheDir: string; outDir: string; edits?: number }): Promise<WatchEditResult> {
  const started = performance.now();
  const child = spawn(process.execPath, ['scripts/build.ts', '--watch', '--out-dir', outDir], {
    cwd: root,
    env: { ...process.env, DATELINE_CONTENT: content, DATELINE_CACHE_DIR: cacheDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let lines = 0;
  let log = '';
  const onLine = (chunk: Buffer) => {
    log += chunk.toString();
    lines = log.split('\n').length;
  };
  child.stdout.on('data', onLine);
  child.stderr.on('data', onLine);
  try {
    // The first build ends before the watcher starts; then it says so on a line of its own.
    while (!/Watching/.test(log)) {
      if (child.exitCode !== null || performance.now() - started > 600_000) throw new Error(`the watcher did not start:\n${log}`);
      await sleep(20);
    }
    const readyMs = Math.round(performance.now() - started);
    const folder = join(content, 'articles');
    const files = readdirSync(folder).filter((f) => f.endsWith('.md')).sort();
    const pageMs: number[] = [];
    const doneMs: number[] = [];
    for (let i = 0; i < edits; i++) {
      const file = files[(i * 89 + 13) % files.length]!;
      const path = join(folder, file);
      const original = readFileSync(path, 'utf8');
      const page = join(outDir, 'articles', file.replace(/\.md$/, ''), 'index.html');
      const marker = `Watched${i}x${process.pid}`;
      const before = lines;
      const since = performance.now();
      writeFileSync(path, `${original.trimEnd()}\n\nThe ministry issued statement ${marker}.\n`);
      let seen: number | undefined;
      while (lines <= before) {
        if (seen === undefined && readFileSync(page, 'utf8').includes(marker)) seen = performance.now() - since;
        if (performance.now() - since > 60_000) throw new Error(`no update after 60 s:\n${log}`);
        await sleep(5);
      }
      const done = performance.now() - since;
      pageMs.push(Math.round(seen ?? done));
      doneMs.push(Math.round(done));
      writeFileSync(path, original);
      // Let the watcher publish the restored file before the next edit.
      const restored = lines;
      while (lines <= restored) await sleep(20);
      await sleep(200);
    }
    return { readyMs, pageMs, doneMs };
  } finally {
    child.kill('SIGINT');
    await new Promise((done) => child.once('exit', done));
  }
}
