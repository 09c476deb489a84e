/**
 * `npm run build`: check the content and `astro build` into a fresh folder, Pagefind over it, then
 * swap it in as `dist/`. A failed build leaves the previous `dist/` exactly as it was, and no
 * half-written folder behind.
 *
 * 1. The content check (scripts/lint-for-build.ts: `npm run check`'s errors; editorial warnings
 *    never fail a build) runs in its own process beside Astro, on the second core. Astro's output
 *    is held back until the check passes; when it fails, Astro is stopped and only the check's
 *    report is shown, every problem of every file at once, with its line and fix.
 * 2. Any `[ERROR]` or `[WARN]` Astro logs fails the build, like Hugo's panicOnWarning: Astro logs
 *    some content problems (a broken reference) and still exits 0.
 * 3. Pagefind indexes the story pages (src/node/search-index.ts). It reads nothing else, so for
 *    an archive of up to 2,000 stories it starts as soon as Astro's log shows the story pages
 *    written, beside the archive pages Astro is still rendering, once it has found every one of
 *    them finished on disk (else it waits for Astro). A larger archive waits for Astro, for memory.
 * Astro runs with a heap limit sized to the content (src/node/astro-heap.ts), which keeps a
 * newsroom's build well under 2 GB.
 *
 *   npm run build                     → dist/
 *   npm run build -- --out-dir site   → site/
 *   DATELINE_SKIP_LINT=1              skip step 1 (only to test what Astro itself does)
 *   DATELINE_MAX_HEAP_MIB=4096        Astro's heap limit in MiB (0: V8's default)
 *   DATELINE_MARKDOWN_WORKERS=2       Markdown worker processes (default: one per core from 500 stories)
 */
import { fork, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { astroHeapFlags } from '../src/node/astro-heap.ts';
import { countAstroComplaints, StoryPageProgress } from '../src/node/astro-log.ts';
import { listCollectionFiles } from '../src/node/content-listing.ts';
import { storyPagesWritten, writeSearchIndex } from '../src/node/search-index.ts';
import { contentDir } from '../src/site-config.ts';

const { values } = parseArgs({ options: { 'out-dir': { type: 'string', default: 'dist' } } });
const outDir = resolve(values['out-dir']);
const staging = `${outDir}.building-${process.pid}`;
const previous = `${outDir}.previous-${process.pid}`;
const unchanged = () => (existsSync(outDir) ? `the previous ${values['out-dir']}/ is unchanged` : 'nothing was written');

/**
 * Removes what a failed build wrote: the staging folder, which holds Astro's half-built chunks
 * (`.prerender/`) too — unless it lies outside the project, where Astro keeps them in `.astro/`.
 */
function cleanUp(): void {
  rmSync(staging, { recursive: true, force: true });
  if (!staging.startsWith(process.cwd())) rmSync('.astro/.prerender', { recursive: true, force: true });
}

/** A child process whose output is collected, or echoed as it comes once `echo()` is called. */
class Step {
  readonly child: ChildProcess;
  readonly exited: Promise<number>;
  #held: [NodeJS.WriteStream, string][] = [];
  #echoing = false;

  /** @param onOutput sees every chunk of the child's output as it arrives, held or not */
  constructor(child: ChildProcess, onOutput: (text: string) => void = () => {}) {
    this.child = child;
    const take = (stream: NodeJS.WriteStream) => (chunk: Buffer) => {
      const text = chunk.toString();
      onOutput(text);
      if (this.#echoing) stream.write(text);
      else this.#held.push([stream, text]);
    };
    child.stdout!.on('data', take(process.stdout));
    child.stderr!.on('data', take(process.stderr));
    this.exited = new Promise((done) => child.on('close', (code) => done(code ?? 1)));
  }

  echo(): void {
    this.#echoing = true;
    for (const [stream, text] of this.#held) stream.write(text);
    this.#held = [];
  }
}

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * The content check, on this same Node. It imports the site's modules the way Vite does (no file
 * extensions), which Node's own type stripping cannot follow, hence tsx's loader in that process.
 */
function startLint(): { step: Step; errors: Promise<number> } {
  const child = fork(here('./lint-for-build.ts'), [], {
    execArgv: ['--import', import.meta.resolve('../src/node/date-fns-hook.ts'), '--import', import.meta.resolve('tsx')],
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  const step = new Step(child);
  let count = 0;
  child.on('message', (message: { errors?: number }) => (count = message.errors ?? count));
  return { step, errors: step.exited.then((code) => (code === 0 ? 0 : Math.max(count, 1))) };
}

/**
 * From this many stories on, they render in worker processes, one per core (astro.config.ts):
 * each takes a second to load the Markdown plugins, which a small archive does not win back
 * (whole build, measured on threads: 1,000 stories 32.8 s -> 30.3 s; 100 stories 11.2 s -> 12.7 s).
 */
const WORKERS_FROM = 500;

/**
 * Below this many stories Pagefind starts beside Astro's last pages; from it on it waits for Astro
 * to exit, so that the two never hold their memory at once (5,000 stories: Astro 1.4 GB, Pagefind
 * 1.0 GB, together over the 2 GB a build may take).
 */
const SEARCH_BESIDE_ASTRO_BELOW = 2000;

/** `astro build` into the staging folder, on the same Node that runs this script (the project's Node 24). */
function startAstro(heap: string[], stories: number, onOutput: (text: string) => void): Step {
  const astro = here('../node_modules/astro/bin/astro.mjs');
  const workers = stories >= WORKERS_FROM ? availableParallelism() : 0;
  const env = { ...process.env, DATELINE_MARKDOWN_WORKERS: process.env.DATELINE_MARKDOWN_WORKERS ?? String(workers) };
  return new Step(spawn(process.execPath, [...heap, astro, 'build', '--outDir', staging], { env, stdio: ['ignore', 'pipe', 'pipe'] }), onOutput);
}

type SearchIndexed = { pages: number } | { error: Error };

/** Pagefind over the staging folder; settles with the page count or the error, never rejects. */
function indexSearch(): Promise<SearchIndexed> {
  return writeSearchIndex(staging).then(
    (pages) => ({ pages }),
    (error: Error) => ({ error }),
  );
}

/** Pagefind over the staging folder now, or `'unfinished'` while a story page is missing or still being written. */
async function indexStoryPagesNow(stories: number): Promise<SearchIndexed | 'unfinished'> {
  return (await storyPagesWritten(staging, stories)) ? indexSearch() : 'unfinished';
}

async function main(): Promise<number> {
  let heap: string[];
  try {
    heap = astroHeapFlags(contentDir);
  } catch (error) {
    console.error(`${(error as Error).message}\nBuild failed: ${unchanged()}.`);
    return 1;
  }
  const lint = process.env.DATELINE_SKIP_LINT ? undefined : startLint();
  let complaints = 0;
  let checked = !lint;
  let search: Promise<SearchIndexed | 'unfinished'> | undefined;
  const stories = new StoryPageProgress(listCollectionFiles(contentDir, 'articles').length);
  const early = stories.stories > 0 && stories.stories < SEARCH_BESIDE_ASTRO_BELOW;
  const astro = startAstro(heap, stories.stories, (text) => {
    complaints += countAstroComplaints(text);
    // Never before the check has passed: a failed check stops Astro and removes the staging folder.
    if (early && !search && stories.read(text) && checked) search = indexStoryPagesNow(stories.stories);
  });
  if (lint) {
    const errors = await lint.errors;
    if (errors > 0) {
      astro.child.kill('SIGTERM');
      await astro.exited;
      cleanUp();
      lint.step.echo();
      console.error(`\n${errors} content error${errors === 1 ? '' : 's'}. Build failed: ${unchanged()}.`);
      return 1;
    }
  }
  checked = true;
  if (early && !search && stories.done) search = indexStoryPagesNow(stories.stories);
  astro.echo();
  const astroCode = await astro.exited;
  if (astroCode !== 0 || complaints > 0) {
    if (astroCode === 0) console.error(`\nAstro logged ${complaints} warning(s) or error(s) above: treated as a failed build.`);
    await search; // Pagefind may be writing into the staging folder
    cleanUp();
    console.error(`\nBuild failed: ${unchanged()}.`);
    return 1;
  }
  let indexed = await (search ?? indexSearch());
  if (indexed === 'unfinished') indexed = await indexSearch();
  if ('error' in indexed) {
    cleanUp();
    console.error(`\n${indexed.error.message}\nBuild failed: ${unchanged()}.`);
    return 1;
  }
  console.log(`Pagefind indexed ${indexed.pages} pages.`);
  // Two renames: the old site is never deleted before the new one is in place.
  if (existsSync(outDir)) renameSync(outDir, previous);
  renameSync(staging, outDir);
  rmSync(previous, { recursive: true, force: true });
  console.log(`Site written to ${values['out-dir']}/.`);
  return 0;
}

process.exit(await main());
