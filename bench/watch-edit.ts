/**
 * `npm run build -- --watch` timed from a save to the result on disk. The edits alternate: a
 * sentence appended to a story's body, and its first event moved a day earlier, which changes its
 * actors', places' and days' pages too (a day later could fall after publication, an error). For each: how long until the story's page holds it,
 * until the last page or feed it changed is on disk (the newest modification time in the output
 * outside the data files and the search index), until the last data file is, and until the watcher
 * reports the update done (search index too).
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { subDays } from 'date-fns/subDays';
import { format } from 'date-fns/format';
import { parseISO } from 'date-fns/parseISO';

export interface WatchEditResult {
  readonly readyMs: number;
  /** Save → the edited story's page on disk holds the edit. */
  readonly pageMs: readonly number[];
  /** Save → every page and feed the edit changed is on disk (data files and search index aside). */
  readonly pagesMs: readonly number[];
  /** Save → every data file the edit changed is on disk (0 when it changed none). */
  readonly dataMs: readonly number[];
  /** Pages and feeds each update changed. */
  readonly pagesChanged: readonly number[];
  /** Save → the watcher's line for the update (pages, feeds, sitemap and search index written). */
  readonly doneMs: readonly number[];
}

/** The data files (src/data/data-files.ts): written after the pages and feeds, beside the search index. */
const isDataFile = (file: string) => file.startsWith('data/') || file === 'upcoming.ics';

/**
 * The newest modification time of a page or feed, and of a data file, and how many files are
 * newer than `since`, outside pagefind/.
 */
function writtenSince(outDir: string, since: number): { last: number; lastData: number; count: number } {
  let last = since;
  let lastData = since;
  let count = 0;
  for (const file of readdirSync(outDir, { recursive: true, encoding: 'utf8' })) {
    if (file.startsWith('pagefind')) continue;
    const stat = statSync(join(outDir, file));
    if (!stat.isFile() || stat.mtimeMs < since) continue;
    const { mtimeMs } = stat;
    count++;
    if (isDataFile(file)) lastData = Math.max(lastData, mtimeMs);
    else last = Math.max(last, mtimeMs);
  }
  return { last, lastData, count };
}

/** The story with its first event a day earlier, or a sentence appended. */
function edited(original: string, i: number, marker: string): string {
  if (i % 2 === 1) {
    const moved = original.replace(/^( {2}- date: )(\d{4}-\d{2}-\d{2})$/m, (_, lead: string, iso: string) => `${lead}${format(subDays(parseISO(iso), 1), 'yyyy-MM-dd')}`);
    if (moved !== original) return moved.replace(/\n*$/, `\n\nThe ministry issued statement ${marker}.\n`);
  }
  return `${original.trimEnd()}\n\nThe ministry issued statement ${marker}.\n`;
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

export async function measureWatchEdits({ root, content, cacheDir, outDir, edits = 5 }: { root: string; content: string; cacheDir: string; outDir: string; edits?: number }): Promise<WatchEditResult> {
  const started = performance.now();
  const child = spawn(process.execPath, ['scripts/build.mjs', '--watch', '--out-dir', outDir], {
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
    const pagesMs: number[] = [];
    const dataMs: number[] = [];
    const pagesChanged: number[] = [];
    const doneMs: number[] = [];
    for (let i = 0; i < edits; i++) {
      const file = files[(i * 89 + 13) % files.length]!;
      const path = join(folder, file);
      const original = readFileSync(path, 'utf8');
      const page = join(outDir, 'articles', file.replace(/\.md$/, ''), 'index.html');
      const marker = `Watched${i}x${process.pid}`;
      const before = lines;
      const since = performance.now();
      const savedAt = Date.now();
      writeFileSync(path, edited(original, i, marker));
      let seen: number | undefined;
      while (lines <= before) {
        if (seen === undefined && readFileSync(page, 'utf8').includes(marker)) seen = performance.now() - since;
        if (performance.now() - since > 60_000) throw new Error(`no update after 60 s:\n${log}`);
        await sleep(5);
      }
      const done = performance.now() - since;
      pageMs.push(Math.round(seen ?? done));
      doneMs.push(Math.round(done));
      const written = writtenSince(outDir, savedAt);
      pagesMs.push(Math.round(written.last - savedAt));
      dataMs.push(Math.round(written.lastData - savedAt));
      pagesChanged.push(written.count);
      writeFileSync(path, original);
      // Let the watcher publish the restored file before the next edit.
      const restored = lines;
      while (lines <= restored) await sleep(20);
      await sleep(200);
    }
    return { readyMs, pageMs, pagesMs, dataMs, pagesChanged, doneMs };
  } finally {
    child.kill('SIGINT');
    await new Promise((done) => child.once('exit', done));
  }
}
