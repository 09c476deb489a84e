/**
 * How soon `astro dev` shows an edit: starts the dev server on a content folder, then, for each of
 * a few stories, saves a change and polls the pages it should reach until they show it. Each file
 * is restored afterwards, and the server given time to settle before the next edit.
 *
 * Two kinds of edit:
 * - body: a sentence appended to the story, awaited on the story's page;
 * - event (Dateline only): an event's title changed in the frontmatter, awaited on the story's
 *   page, the page of the event's first actor, and the page of the event's day.
 *
 * The time is from the moment the file is written to the moment the page (the last of them, for an
 * event edit) first contains the change; the poll interval (25 ms) bounds its resolution.
 *
 *   npx tsx bench/dev-edit.ts --content <folder> [--site dateline|baseline] [--edits 5]
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';

const ROOT = resolve(import.meta.dirname, '..');
const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');

export interface DevEditResult {
  readonly site: 'dateline' | 'baseline';
  /** From spawn to the server's "ready" line, and the first page it served. */
  readonly readyMs: number;
  readonly firstPageMs: number;
  /** Save-to-visible per edit, ms. */
  readonly bodyEditsMs: readonly number[];
  readonly eventEditsMs: readonly number[];
  readonly medianBodyEditMs: number;
  readonly medianEventEditMs?: number;
}

export interface DevEditOptions {
  readonly site: 'dateline' | 'baseline';
  readonly content: string;
  readonly edits?: number;
  readonly port?: number;
  /** Dateline's or the baseline's Astro cache folder. */
  readonly cacheDir: string;
}

const median = (xs: readonly number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

async function fetchText(url: string): Promise<string> {
  const response = await fetch(url);
  return response.text();
}

/** Polls every page until each contains `marker`; the ms from `since` until the last one did. */
async function waitForAll(urls: readonly string[], marker: string, since: number, timeoutMs = 30_000): Promise<number> {
  const pending = new Set(urls);
  while (pending.size > 0) {
    for (const url of [...pending]) if ((await fetchText(url)).includes(marker)) pending.delete(url);
    if (pending.size === 0) break;
    if (performance.now() - since > timeoutMs) throw new Error(`not visible after ${timeoutMs} ms: ${[...pending].join(', ')}`);
    await sleep(25);
  }
  return Math.round(performance.now() - since);
}

/** The first event of a story's frontmatter: its title line, day (if day-precise) and first actor. */
function firstEvent(source: string): { titleLine: string; title: string; day?: string; actor?: string } | undefined {
  const events = source.slice(source.indexOf('\nevents:'));
  const title = /\n\s+title: "?(.+?)"?(?=\n)/.exec(events);
  if (!title) return undefined;
  const date = /\n\s+- date: '?(\d{4})-(\d\d)-(\d\d)'?\n/.exec(events);
  const actor = /\n\s+actors: \[([^,\]\s]+)/.exec(events) ?? /\n\s+actors:\n\s+- ([^\s]+)/.exec(events);
  return { titleLine: title[0], title: title[1]!, ...(date ? { day: `${date[1]}/${date[2]}/${date[3]}` } : {}), ...(actor ? { actor: actor[1] } : {}) };
}

/** A port nothing listens on now: a fixed one was sometimes still held by a server of an earlier run. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, 'localhost', done));
  const { port } = server.address() as AddressInfo;
  await new Promise((done) => server.close(done));
  return port;
}

export async function measureDevEdits({ site, content, edits = 5, port: chosen, cacheDir }: DevEditOptions): Promise<DevEditResult> {
  const port = chosen ?? (await freePort());
  const env = {
    ...process.env,
    ASTRO_TELEMETRY_DISABLED: '1',
    ...(site === 'dateline' ? { DATELINE_CONTENT: content, DATELINE_CACHE_DIR: cacheDir } : { BENCH_CONTENT: content, BENCH_CACHE_DIR: cacheDir }),
  };
  const args = [ASTRO, 'dev', '--port', String(port), ...(site === 'baseline' ? ['--root', join(ROOT, 'bench/baseline')] : [])];
  const started = performance.now();
  const child = spawn(process.execPath, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  child.stdout.on('data', (chunk: Buffer) => (log += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const base = `http://localhost:${port}`;
  try {
    // Ready when it answers at all (the baseline has no home page).
    while (!(await fetch(`${base}/`).then(() => true, () => false))) {
      if (performance.now() - started > 180_000 || child.exitCode !== null) throw new Error(`astro dev did not start:\n${log}`);
      await sleep(50);
    }
    const readyMs = Math.round(performance.now() - started);
    const folder = join(content, 'articles');
    // Every 97th story, so the edits spread over the archive rather than one corner of it.
    const files = readdirSync(folder).filter((f) => f.endsWith('.md')).sort();
    const picks = Array.from({ length: edits }, (_, i) => files[(i * 97) % files.length]!);
    const firstStarted = performance.now();
    await fetchText(`${base}/articles/${picks[0]!.replace(/\.md$/, '')}/`);
    const firstPageMs = Math.round(performance.now() - firstStarted);

    const bodyEditsMs: number[] = [];
    const eventEditsMs: number[] = [];
    for (const [i, file] of picks.entries()) {
      const path = join(folder, file);
      const original = readFileSync(path, 'utf8');
      const page = `${base}/articles/${file.replace(/\.md$/, '')}/`;
      await fetchText(page);
      try {
        const marker = `Edited${i}x${Date.now()}`;
        const since = performance.now();
        writeFileSync(path, `${original.trimEnd()}\n\nThe ministry issued statement ${marker}.\n`);
        bodyEditsMs.push(await waitForAll([page], marker, since));
        writeFileSync(path, original);
        await sleep(1500);

        const event = site === 'dateline' ? firstEvent(original) : undefined;
        if (event) {
          const eventMarker = `Retitled${i}x${Date.now()}`;
          const urls = [page, ...(event.actor ? [`${base}/actors/${event.actor}/`] : []), ...(event.day ? [`${base}/dates/${event.day}/`] : [])];
          await Promise.all(urls.map(fetchText));
          const eventSince = performance.now();
          writeFileSync(path, original.replace(event.titleLine, event.titleLine.replace(event.title, `${event.title.replace(/\.$/, '')} ${eventMarker}.`)));
          eventEditsMs.push(await waitForAll(urls, eventMarker, eventSince));
        }
      } finally {
        writeFileSync(path, original);
      }
      await sleep(1500);
    }
    return {
      site,
      readyMs,
      firstPageMs,
      bodyEditsMs,
      eventEditsMs,
      medianBodyEditMs: median(bodyEditsMs),
      ...(eventEditsMs.length ? { medianEventEditMs: median(eventEditsMs) } : {}),
    };
  } finally {
    // Until it has exited it holds the port, and the next server would start on another one.
    const exited = new Promise((done) => child.once('exit', done));
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      await exited;
    }
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: {
      content: { type: 'string' },
      site: { type: 'string', default: 'dateline' },
      edits: { type: 'string', default: '5' },
      port: { type: 'string' },
    },
  });
  if (!values.content || (values.site !== 'dateline' && values.site !== 'baseline')) {
    console.error('usage: tsx bench/dev-edit.ts --content <folder> [--site dateline|baseline] [--edits 5] [--port N]');
    process.exit(2);
  }
  const content = resolve(values.content);
  const result = await measureDevEdits({
    site: values.site,
    content,
    edits: Number(values.edits),
    ...(values.port ? { port: Number(values.port) } : {}),
    cacheDir: join(content, '..', `${values.site}-dev-cache`),
  });
  console.log(JSON.stringify(result));
  process.exit(0);
}
