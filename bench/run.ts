/**
 * `npm run bench`: Dateline's full build against plain Astro rendering the same Markdown, at
 * newsroom scale. For each size N it generates a seeded corpus (bench/corpus.ts) into a temp
 * folder, then alternates cold builds of
 *
 *   (a) Dateline: `node scripts/build.ts` = `npm run build` (content lint, astro build, Pagefind, swap), and
 *   (b) the baseline: bench/baseline, plain Astro 7 with the unified processor and no plugins,
 *       one page per story,
 *
 * measuring wall time, pages built (.html files), and peak RSS (the whole process tree, polled,
 * and the largest single process from /usr/bin/time). It then times a rebuild after editing one
 * story (cache kept) and the Pagefind step alone, and writes bench/results.json and
 * bench/results.md. Nothing is asserted: timings on a shared machine are a report, not a test.
 *
 *   npm run bench                                   N = 100, 1000, 5000; 3 runs each
 *   npm run bench -- --sizes 100,1000 --runs 3      (results for other sizes already in
 *                                                   bench/results.json are kept)
 *   npm run bench -- --keep                         keep the temp folders
 */
import { spawn, spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { lintContent } from '../src/lib/lint/lint-content';
import { readContentFolder } from '../src/node/content-files';
import { generateCorpus, type CorpusStats } from './corpus';
import { measureDevEdits, type DevEditResult } from './dev-edit';

const ROOT = resolve(import.meta.dirname, '..');
const BENCH = join(ROOT, 'bench');
const TSX = join(ROOT, 'node_modules/tsx/dist/cli.mjs');
const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');
const GNU_TIME = '/usr/bin/time';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '100,1000,5000' },
    runs: { type: 'string', default: '3' },
    seed: { type: 'string', default: '1' },
    keep: { type: 'boolean', default: false },
    'dev-sizes': { type: 'string', default: '1000' },
    'dev-edits': { type: 'string', default: '5' },
  },
});
/** Sizes at which `astro dev` is timed from save to visible page (none: `--dev-sizes ''`). */
const devSizes = new Set(values['dev-sizes'].split(',').filter(Boolean).map(Number));
const devEdits = Number(values['dev-edits']);
const sizes = values.sizes.split(',').map((s) => Number(s.trim()));
const runs = Number(values.runs);
const seed = Number(values.seed);
if (sizes.some((n) => !Number.isInteger(n) || n < 1) || !Number.isInteger(runs) || runs < 1) {
  console.error('usage: npm run bench -- [--sizes 100,1000,5000] [--runs 3] [--seed 1] [--keep] [--dev-sizes 1000] [--dev-edits 5]');
  process.exit(2);
}

// ---------------------------------------------------------------------------------------------
// Measuring one process tree

interface Measured {
  readonly wallMs: number;
  /** Max over 50 ms samples of the summed VmRSS of the process and all its descendants (KiB). */
  readonly peakTreeRssKiB: number;
  /** The largest single process's peak RSS, from /usr/bin/time -f %M (KiB); absent without it. */
  readonly maxProcessRssKiB?: number;
  /** Output lines (minus Astro's per-route lines) with their time since spawn, in ms. */
  readonly lines: readonly { readonly t: number; readonly text: string }[];
  readonly routeLines: number;
  /** Astro's per-route lines: each route's path and the ms it took ("├─ /actors/x/index.html (+2ms)"). */
  readonly routes: readonly { readonly path: string; readonly ms: number }[];
}

class BuildFailed extends Error {}

/** "├─ /actors/x/index.html (+2ms)"; under NO_COLOR Astro 7.3 drops the path, so it is not set. */
const ROUTE_LINE = /^\s*(?:\d\d:\d\d:\d\d\s+)?(?:[├└]─\s*(\S*)\s*)?\((?:\+([^)]+)|cached|restored)\)\s*$/;

/** Astro's getTimeStat: "812ms", "5.57s", or past a minute "2m 5s". */
function parseTimeStat(text: string): number | undefined {
  const match = /^(?:(\d+)m\s*)?(\d+(?:\.\d+)?)(ms|s)$/.exec(text.trim());
  if (!match) return undefined;
  return Math.round(Number(match[1] ?? 0) * 60_000 + Number(match[2]) * (match[3] === 's' ? 1000 : 1));
}
// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*m/g;

const hasGnuTime = existsSync(GNU_TIME) && spawnSync(GNU_TIME, ['-f', '%M', 'true'], { encoding: 'utf8' }).status === 0;

/** Direct children of `pid` (every thread's), from /proc. */
function childrenOf(pid: number): number[] {
  try {
    return readdirSync(`/proc/${pid}/task`).flatMap((tid) => {
      try {
        return readFileSync(`/proc/${pid}/task/${tid}/children`, 'utf8').split(' ').filter(Boolean).map(Number);
      } catch {
        return [];
      }
    });
  } catch {
    return [];
  }
}

function rssKiB(pid: number): number {
  try {
    const match = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
}

function treeRssKiB(root: number): number {
  let total = 0;
  const queue = [root];
  const seen = new Set<number>();
  while (queue.length) {
    const pid = queue.pop() as number;
    if (seen.has(pid)) continue;
    seen.add(pid);
    total += rssKiB(pid);
    queue.push(...childrenOf(pid));
  }
  return total;
}

/** Runs `node <args>` (the project's Node), measuring it; rejects with its output if it fails. */
function measure(label: string, args: readonly string[], env: NodeJS.ProcessEnv): Promise<Measured> {
  const timeFile = join(tmpdir(), `dateline-bench-time-${process.pid}.txt`);
  const [command, argv] = hasGnuTime
    ? [GNU_TIME, ['-f', '%M', '-o', timeFile, process.execPath, ...args]]
    : [process.execPath, [...args]];
  const started = performance.now();
  const child = spawn(command, argv, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const lines: { t: number; text: string }[] = [];
  let routeLines = 0;
  const routes: { path: string; ms: number }[] = [];
  const tails = { stdout: '', stderr: '' };
  const collect = (stream: 'stdout' | 'stderr') => (chunk: Buffer) => {
    const t = performance.now() - started;
    const text = tails[stream] + chunk.toString();
    const parts = text.split('\n');
    tails[stream] = parts.pop() ?? '';
    for (const raw of parts) {
      const line = raw.replace(ANSI, '');
      const route = ROUTE_LINE.exec(line);
      if (route) {
        routeLines++;
        // A page Astro restored from its build cache ("(cached)") took no rendering: 0 ms.
        routes.push({ path: route[1] ?? '', ms: route[2] ? (parseTimeStat(route[2]) ?? 0) : 0 });
      } else lines.push({ t, text: line });
    }
  };
  child.stdout.on('data', collect('stdout'));
  child.stderr.on('data', collect('stderr'));
  let peak = 0;
  const poll = setInterval(() => {
    if (child.pid) peak = Math.max(peak, treeRssKiB(child.pid));
  }, 50);
  return new Promise((done, fail) => {
    child.on('error', (error) => {
      clearInterval(poll);
      fail(error);
    });
    child.on('close', (code, signal) => {
      clearInterval(poll);
      const wallMs = performance.now() - started;
      for (const stream of ['stdout', 'stderr'] as const) if (tails[stream]) lines.push({ t: wallMs, text: tails[stream] });
      let maxProcessRssKiB: number | undefined;
      if (hasGnuTime && existsSync(timeFile)) {
        const report = readFileSync(timeFile, 'utf8').trim().split('\n');
        maxProcessRssKiB = Number(report.at(-1));
        rmSync(timeFile, { force: true });
        if (!Number.isFinite(maxProcessRssKiB)) maxProcessRssKiB = undefined;
      }
      if (code !== 0) {
        fail(new BuildFailed(`${label} failed (exit ${code ?? signal}). Its output (${routeLines} route lines omitted):\n${lines.map((l) => l.text).join('\n')}`));
        return;
      }
      done({ wallMs, peakTreeRssKiB: peak, ...(maxProcessRssKiB !== undefined ? { maxProcessRssKiB } : {}), lines, routeLines, routes });
    });
  });
}

function countHtml(dir: string): number {
  if (!existsSync(dir)) return 0;
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html')).length;
}

/**
 * Where the time went, from the build's timestamped output: each phase runs from the line that
 * opens it to the line that opens the next. Missing markers leave a phase out.
 */
const PHASES: readonly (readonly [string, RegExp])[] = [
  ['content sync', /\[content\] Syncing content/],
  ['types + build setup', /\[content\] Synced content/],
  ['vite bundle', /Building static entrypoints/],
  ['render pages', /generating static routes/],
  ['astro finish (sitemap)', /✓ Completed in .*\.$/],
  ['pagefind', /\[build\] Complete!/],
  ['swap + exit', /Pagefind indexed/],
];

/** A route's kind, from its path: `/actors/x/index.html` → `actors/[id]`, `/dates/2025/06/13/…` → `dates/day`. */
export function routeGroup(path: string): string {
  const segments = path.split('/').filter(Boolean);
  if (!path) return '(no path)';
  const file = segments.at(-1) ?? '';
  if (file.endsWith('.xml')) return segments.length > 1 ? `${segments[0]}/[id]/rss.xml` : file;
  if (file.endsWith('.html')) segments.pop();
  if (file.endsWith('.html') && file !== 'index.html') return file;
  if (segments.length === 0) return 'home';
  if (segments[0] === 'dates') return ['dates (index)', 'dates/year', 'dates/month', 'dates/day'][segments.length - 1] ?? 'dates/other';
  return segments.length === 1 ? `${segments[0]} (index)` : `${segments[0]}/[id]`;
}

interface RouteGroups {
  readonly [group: string]: { readonly pages: number; readonly ms: number };
}

function groupRoutes(routes: Measured['routes']): RouteGroups {
  const groups: Record<string, { pages: number; ms: number }> = {};
  for (const { path, ms } of routes) {
    const group = (groups[routeGroup(path)] ??= { pages: 0, ms: 0 });
    group.pages++;
    group.ms += ms;
  }
  return Object.fromEntries(Object.entries(groups).map(([k, v]) => [k, { pages: v.pages, ms: Math.round(v.ms) }]));
}

const slowest = (routes: Measured['routes']) => [...routes].sort((a, b) => b.ms - a.ms).slice(0, 5);

/** Astro's own clock for its whole build: "[build] 832 page(s) built in 5.57s". */
function astroReportedMs(run: Measured): number | undefined {
  for (const { text } of run.lines) {
    const match = /page\(s\) built in (.+?)\s*$/.exec(text);
    if (match) return parseTimeStat(match[1] ?? '');
  }
  return undefined;
}

function phasesOf(run: Measured, firstPhase: string): Record<string, number> {
  const marks: { name: string; t: number }[] = [{ name: firstPhase, t: 0 }];
  let from = 0;
  for (const [name, pattern] of PHASES) {
    // "✓ Completed in" also follows "Collecting build info": only the one after the routes counts.
    const index = run.lines.findIndex((line, i) => i >= from && pattern.test(line.text));
    if (index < 0) continue;
    from = index + 1;
    marks.push({ name, t: run.lines[index]?.t ?? 0 });
  }
  // Without Pagefind (plain Astro) what follows "Complete!" is only the process exiting.
  const last = marks.at(-1);
  if (last?.name === 'pagefind') marks[marks.length - 1] = { ...last, name: 'exit' };
  marks.push({ name: 'end', t: run.wallMs });
  const phases: Record<string, number> = {};
  for (let i = 0; i < marks.length - 1; i++) {
    const mark = marks[i] as { name: string; t: number };
    if (mark.name !== 'end') phases[mark.name] = Math.round((marks[i + 1] as { t: number }).t - mark.t);
  }
  return phases;
}

// ---------------------------------------------------------------------------------------------
// One size

interface RunResult {
  readonly wallMs: number;
  readonly pages: number;
  readonly peakTreeRssMiB: number;
  readonly maxProcessRssMiB?: number;
  readonly phases: Record<string, number>;
  /** Astro's "N page(s) built in …": its build from after config loading to the last page. */
  readonly astroReportedMs: number;
  /** Astro's per-route times, summed by kind of page. */
  readonly routeGroups: RouteGroups;
  readonly slowestRoutes: readonly { readonly path: string; readonly ms: number }[];
  readonly loadavg1: number;
}

interface Summary {
  readonly runs: readonly RunResult[];
  readonly median: {
    readonly wallMs: number;
    readonly pages: number;
    readonly peakTreeRssMiB: number;
    readonly maxProcessRssMiB?: number;
    readonly msPerPage: number;
    readonly astroReportedMs: number;
    readonly phases: Record<string, number>;
    readonly routeGroups: RouteGroups;
  };
}

interface SizeResult {
  readonly articles: number;
  readonly date: string;
  readonly machine: Machine;
  readonly runs: number;
  readonly seed: number;
  readonly corpus: CorpusStats;
  /** The build's step 1 (lint, errors only) timed in this process. */
  readonly contentCheckMs: number;
  readonly dateline: Summary;
  readonly baseline: Summary;
  readonly datelineRebuildAfterEdit: Summary;
  readonly baselineRebuildAfterEdit: Summary;
  /** `astro dev`: from saving an edit to the page showing it (only at the --dev-sizes). */
  readonly dev?: { readonly dateline: DevEditResult; readonly baseline: DevEditResult };
  readonly pagefindAlone: { readonly runs: readonly { ms: number; pages: number; peakTreeRssMiB: number }[]; readonly medianMs: number; readonly pages: number; readonly peakTreeRssMiB: number };
  readonly ratios: {
    readonly wall: number;
    readonly perPage: number;
    readonly peakRss: number;
    readonly datelineRebuildVsCold: number;
    readonly baselineRebuildVsCold: number;
  };
}

interface Machine {
  /** The checkout measured: HEAD, and how many files differed from it (other work in progress). */
  readonly commit?: string;
  readonly uncommittedFiles?: number;
  readonly cpu: string;
  readonly cores: number;
  readonly totalMemoryGiB: number;
  readonly node: string;
  readonly platform: string;
}

const median = (xs: readonly number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
};
const mib = (kib: number) => Math.round(kib / 1024);
const round = (x: number, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits;

function summarise(results: readonly RunResult[]): Summary {
  const phaseNames = [...new Set(results.flatMap((r) => Object.keys(r.phases)))];
  const rss = results.map((r) => r.maxProcessRssMiB).filter((x): x is number => x !== undefined);
  const wallMs = Math.round(median(results.map((r) => r.wallMs)));
  const pages = median(results.map((r) => r.pages));
  return {
    runs: results,
    median: {
      wallMs,
      pages,
      peakTreeRssMiB: Math.round(median(results.map((r) => r.peakTreeRssMiB))),
      ...(rss.length ? { maxProcessRssMiB: Math.round(median(rss)) } : {}),
      msPerPage: round(wallMs / Math.max(1, pages)),
      astroReportedMs: Math.round(median(results.map((r) => r.astroReportedMs).filter(Boolean)) || 0),
      routeGroups: Object.fromEntries(
        [...new Set(results.flatMap((r) => Object.keys(r.routeGroups)))].map((group) => [
          group,
          {
            pages: median(results.map((r) => r.routeGroups[group]?.pages ?? 0)),
            ms: Math.round(median(results.map((r) => r.routeGroups[group]?.ms ?? 0))),
          },
        ]),
      ),
      phases: Object.fromEntries(phaseNames.map((name) => [name, Math.round(median(results.map((r) => r.phases[name] ?? 0)))])),
    },
  };
}

function log(message: string): void {
  process.stdout.write(`${message}\n`);
}

async function benchSize(articles: number, machine: Machine): Promise<SizeResult> {
  const work = mkdtempSync(join(tmpdir(), `dateline-bench-${articles}-`));
  const content = join(work, 'content');
  log(`\n## N = ${articles}  (work folder ${work})`);
  const corpus = generateCorpus({ articles, seed, dir: content });
  log(`corpus: ${corpus.articles} articles, ${corpus.actors} actors, ${corpus.locations} locations, ${corpus.events} events, body ${corpus.bodyBytes.mean} B mean`);

  const checkStarted = performance.now();
  const errors = lintContent(readContentFolder(content), { contentDir: content, warnings: false }).filter((d) => d.severity === 'error');
  const contentCheckMs = Math.round(performance.now() - checkStarted);
  if (errors.length) throw new BuildFailed(`the generated corpus has ${errors.length} content errors, e.g. ${errors[0]?.message}`);

  // No NO_COLOR: under it Astro 7.3 leaves the path out of its per-route lines. Output is a pipe,
  // so there are no colours anyway (and ANSI codes are stripped).
  const { NO_COLOR: _noColor, FORCE_COLOR: _forceColor, ...inherited } = process.env;
  const baseEnv = { ...inherited, ASTRO_TELEMETRY_DISABLED: '1' };
  const dl = { out: join(work, 'dateline-dist'), cache: join(work, 'dateline-cache') };
  const bl = { out: join(work, 'baseline-dist'), cache: join(work, 'baseline-cache'), vite: join(work, 'baseline-vite') };
  const datelineEnv = { ...baseEnv, DATELINE_CONTENT: content, DATELINE_CACHE_DIR: dl.cache };
  const baselineEnv = { ...baseEnv, BENCH_CONTENT: content, BENCH_CACHE_DIR: bl.cache, BENCH_VITE_CACHE_DIR: bl.vite };
  const datelineArgs = ['scripts/build.ts', '--out-dir', dl.out];
  const baselineArgs = [ASTRO, 'build', '--root', join(BENCH, 'baseline'), '--outDir', bl.out];

  const dateline = async (cold: boolean): Promise<RunResult> => {
    if (cold) for (const dir of [dl.out, dl.cache]) rmSync(dir, { recursive: true, force: true });
    const load = loadavg()[0] ?? 0;
    const run = await measure(`Dateline build (N=${articles})`, datelineArgs, datelineEnv);
    const result = {
      wallMs: Math.round(run.wallMs),
      pages: countHtml(dl.out),
      peakTreeRssMiB: mib(run.peakTreeRssKiB),
      ...(run.maxProcessRssKiB !== undefined ? { maxProcessRssMiB: mib(run.maxProcessRssKiB) } : {}),
      phases: phasesOf(run, 'startup'),
      astroReportedMs: astroReportedMs(run) ?? 0,
      routeGroups: groupRoutes(run.routes),
      slowestRoutes: slowest(run.routes),
      loadavg1: round(load),
    };
    log(`  dateline ${cold ? 'cold   ' : 'rebuild'}  ${(result.wallMs / 1000).toFixed(1)} s  ${result.pages} pages  ${result.peakTreeRssMiB} MiB tree  ${result.maxProcessRssMiB ?? '?'} MiB max process  (load ${result.loadavg1})`);
    return result;
  };
  const baseline = async (cold: boolean): Promise<RunResult> => {
    if (cold) for (const dir of [bl.out, bl.cache]) rmSync(dir, { recursive: true, force: true });
    const load = loadavg()[0] ?? 0;
    const run = await measure(`Baseline build (N=${articles})`, baselineArgs, baselineEnv);
    const result = {
      wallMs: Math.round(run.wallMs),
      pages: countHtml(bl.out),
      peakTreeRssMiB: mib(run.peakTreeRssKiB),
      ...(run.maxProcessRssKiB !== undefined ? { maxProcessRssMiB: mib(run.maxProcessRssKiB) } : {}),
      phases: phasesOf(run, 'startup'),
      astroReportedMs: astroReportedMs(run) ?? 0,
      routeGroups: groupRoutes(run.routes),
      slowestRoutes: slowest(run.routes),
      loadavg1: round(load),
    };
    log(`  baseline ${cold ? 'cold   ' : 'rebuild'}  ${(result.wallMs / 1000).toFixed(1)} s  ${result.pages} pages  ${result.peakTreeRssMiB} MiB tree  ${result.maxProcessRssMiB ?? '?'} MiB max process  (load ${result.loadavg1})`);
    return result;
  };

  // Cold builds, alternating which goes first.
  const datelineRuns: RunResult[] = [];
  const baselineRuns: RunResult[] = [];
  for (let r = 0; r < runs; r++) {
    log(`run ${r + 1}/${runs}`);
    if (r % 2 === 0) {
      datelineRuns.push(await dateline(true));
      baselineRuns.push(await baseline(true));
    } else {
      baselineRuns.push(await baseline(true));
      datelineRuns.push(await dateline(true));
    }
  }

  // Rebuild after editing one story: both caches are those of the last cold builds.
  const storyDir = join(content, 'articles');
  const stories = readdirSync(storyDir).filter((f) => f.endsWith('.md')).sort();
  const edited = join(storyDir, stories[Math.floor(stories.length / 2)] as string);
  const original = readFileSync(edited, 'utf8');
  const datelineRebuilds: RunResult[] = [];
  const baselineRebuilds: RunResult[] = [];
  log(`rebuilds after appending a sentence to ${stories[Math.floor(stories.length / 2)]}`);
  for (let r = 0; r < runs; r++) {
    appendFileSync(edited, `\nOfficials said the talks would continue at a technical level, update ${r + 1}.\n`);
    datelineRebuilds.push(await dateline(false));
    baselineRebuilds.push(await baseline(false));
  }
  writeFileSync(edited, original);

  // Pagefind alone, over the last Dateline site.
  const pagefindRuns: { ms: number; pages: number; peakTreeRssMiB: number }[] = [];
  for (let r = 0; r < runs; r++) {
    const out = join(work, 'pagefind-alone');
    rmSync(out, { recursive: true, force: true });
    const run = await measure('Pagefind step', [TSX, join(BENCH, 'pagefind-step.ts'), dl.out, out], baseEnv);
    const report = run.lines.map((l) => l.text).find((line) => line.startsWith('{"ms"'));
    const { ms, pages } = JSON.parse(report ?? '{"ms":0,"pages":0}') as { ms: number; pages: number };
    pagefindRuns.push({ ms, pages, peakTreeRssMiB: mib(run.peakTreeRssKiB) });
    log(`  pagefind alone  ${(ms / 1000).toFixed(1)} s  ${pages} pages  ${mib(run.peakTreeRssKiB)} MiB tree`);
  }

  let dev: SizeResult['dev'];
  if (devSizes.has(articles)) {
    log(`astro dev, ${devEdits} edits each: save to visible`);
    try {
      const datelineDev = await measureDevEdits({ site: 'dateline', content, edits: devEdits, cacheDir: join(work, 'dateline-dev-cache') });
      log(`  dateline  body edit ${datelineDev.bodyEditsMs.join(' / ')} ms, event edit (story, actor and day pages) ${datelineDev.eventEditsMs.join(' / ')} ms`);
      const baselineDev = await measureDevEdits({ site: 'baseline', content, edits: devEdits, cacheDir: join(work, 'baseline-dev-cache') });
      log(`  baseline  body edit ${baselineDev.bodyEditsMs.join(' / ')} ms`);
      dev = { dateline: datelineDev, baseline: baselineDev };
    } catch (error) {
      // Reported, not hidden: the build rows are still worth writing.
      log(`  astro dev timing failed: ${(error as Error).message}`);
    }
  }

  if (!values.keep) rmSync(work, { recursive: true, force: true });

  const d = summarise(datelineRuns);
  const b = summarise(baselineRuns);
  const dr = summarise(datelineRebuilds);
  const br = summarise(baselineRebuilds);
  return {
    articles,
    date: new Date().toISOString(),
    machine,
    runs,
    seed,
    corpus,
    contentCheckMs,
    dateline: d,
    baseline: b,
    datelineRebuildAfterEdit: dr,
    baselineRebuildAfterEdit: br,
    ...(dev ? { dev } : {}),
    pagefindAlone: {
      runs: pagefindRuns,
      medianMs: Math.round(median(pagefindRuns.map((r) => r.ms))),
      pages: median(pagefindRuns.map((r) => r.pages)),
      peakTreeRssMiB: Math.round(median(pagefindRuns.map((r) => r.peakTreeRssMiB))),
    },
    ratios: {
      wall: round(d.median.wallMs / b.median.wallMs),
      perPage: round(d.median.msPerPage / b.median.msPerPage),
      peakRss: round(d.median.peakTreeRssMiB / b.median.peakTreeRssMiB),
      datelineRebuildVsCold: round(dr.median.wallMs / d.median.wallMs),
      baselineRebuildVsCold: round(br.median.wallMs / b.median.wallMs),
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Report

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

function markdown(results: readonly SizeResult[]): string {
  const rows = [...results].sort((a, b) => a.articles - b.articles);
  const machines = [...new Set(rows.map((r) => `${r.machine.cpu}, ${r.machine.cores} cores, ${r.machine.totalMemoryGiB} GiB, Node ${r.machine.node}`))];
  const out: string[] = [
    '# Dateline build vs plain Astro 7',
    '',
    `Machine: ${machines.join('; ')}. Shared and noisy: medians of ${[...new Set(rows.map((r) => r.runs))].join('/')} alternating cold runs (Astro cache and output deleted before each; Vite's dependency cache kept).`,
    `Measured ${[...new Set(rows.map((r) => r.date.slice(0, 10)))].join(', ')} on ${[...new Set(rows.map((r) => `${r.machine.commit ?? '?'}${r.machine.uncommittedFiles ? ` + ${r.machine.uncommittedFiles} uncommitted files` : ''}`))].join('; ')}. Corpus: bench/corpus.ts, seed ${rows[0]?.seed ?? seed}. Peak RSS "tree" is the summed RSS of the build's whole process tree (sampled every 50 ms); "max proc" is the largest single process (/usr/bin/time).`,
    '',
    '## Cold builds (medians)',
    '',
    '| N | build | wall | pages | ms/page | peak RSS tree | max proc RSS | runs (s) |',
    '|---:|---|---:|---:|---:|---:|---:|---|',
  ];
  for (const r of rows) {
    for (const [name, s] of [['Dateline', r.dateline], ['plain Astro', r.baseline]] as const) {
      out.push(
        `| ${r.articles} | ${name} | ${seconds(s.median.wallMs)} | ${s.median.pages} | ${s.median.msPerPage} | ${s.median.peakTreeRssMiB} MiB | ${s.median.maxProcessRssMiB ?? '–'} MiB | ${s.runs.map((x) => (x.wallMs / 1000).toFixed(1)).join(' / ')} |`,
      );
    }
  }
  out.push('', '## Dateline / plain Astro', '', '| N | whole build | per built page | peak RSS tree | Dateline pages per story |', '|---:|---:|---:|---:|---:|');
  for (const r of rows) {
    out.push(`| ${r.articles} | ${r.ratios.wall}× | ${r.ratios.perPage}× | ${r.ratios.peakRss}× | ${round(r.dateline.median.pages / r.articles, 1)} |`);
  }
  const byN = new Map(rows.map((r) => [r.articles, r]));
  const pairs = [[1000, 5000], [100, 1000]].filter(([a, b]) => byN.has(a as number) && byN.has(b as number));
  if (pairs.length) {
    out.push('', '## Growth', '', '| from → to (×N) | Dateline wall | Dateline pages | plain Astro wall | Dateline peak RSS | plain Astro peak RSS |', '|---|---:|---:|---:|---:|---:|');
    for (const [a, b] of pairs) {
      const x = byN.get(a as number) as SizeResult;
      const y = byN.get(b as number) as SizeResult;
      out.push(
        `| ${a} → ${b} (${(b as number) / (a as number)}×) | ${round(y.dateline.median.wallMs / x.dateline.median.wallMs)}× | ${round(y.dateline.median.pages / x.dateline.median.pages)}× | ${round(y.baseline.median.wallMs / x.baseline.median.wallMs)}× | ${round(y.dateline.median.peakTreeRssMiB / x.dateline.median.peakTreeRssMiB)}× | ${round(y.baseline.median.peakTreeRssMiB / x.baseline.median.peakTreeRssMiB)}× |`,
      );
    }
  }
  out.push('', '## Rebuild after editing one story (cache kept)', '', '| N | Dateline cold | Dateline rebuild | rebuild/cold | plain Astro cold | plain Astro rebuild | rebuild/cold |', '|---:|---:|---:|---:|---:|---:|---:|');
  for (const r of rows) {
    out.push(
      `| ${r.articles} | ${seconds(r.dateline.median.wallMs)} | ${seconds(r.datelineRebuildAfterEdit.median.wallMs)} | ${r.ratios.datelineRebuildVsCold}× | ${seconds(r.baseline.median.wallMs)} | ${seconds(r.baselineRebuildAfterEdit.median.wallMs)} | ${r.ratios.baselineRebuildVsCold}× |`,
    );
  }
  const devRows = rows.filter((r) => r.dev);
  if (devRows.length) {
    out.push(
      '',
      '## `astro dev`: from saving an edit to the page showing it (medians)',
      '',
      'Body edit: a sentence appended to a story, awaited on its page. Event edit (Dateline only): an event retitled in the frontmatter, awaited on the story\'s page, its first actor\'s page and its day\'s page (the last of the three to show it).',
      '',
      '| N | Dateline body edit | Dateline event edit | plain Astro body edit | edits | Dateline ready / first page | plain Astro ready / first page |',
      '|---:|---:|---:|---:|---:|---:|---:|',
    );
    for (const r of devRows) {
      const { dateline: dd, baseline: bd } = r.dev!;
      out.push(
        `| ${r.articles} | ${dd.medianBodyEditMs} ms | ${dd.medianEventEditMs ?? '–'} ms | ${bd.medianBodyEditMs} ms | ${dd.bodyEditsMs.length} | ${seconds(dd.readyMs)} / ${seconds(dd.firstPageMs)} | ${seconds(bd.readyMs)} / ${seconds(bd.firstPageMs)} |`,
      );
    }
  }
  const phaseNames = [...new Set(rows.flatMap((r) => Object.keys(r.dateline.median.phases)))];
  out.push(
    '',
    '## Where Dateline\'s cold build goes (medians, from the build\'s timestamped output)',
    '',
    `| N | ${phaseNames.join(' | ')} | total | Astro's own clock§ | content check alone† | Pagefind alone‡ |`,
    `|---:|${phaseNames.map(() => '---:|').join('')}---:|---:|---:|---:|`,
  );
  for (const r of rows) {
    const p = r.dateline.median.phases;
    out.push(
      `| ${r.articles} | ${phaseNames.map((name) => seconds(p[name] ?? 0)).join(' | ')} | ${seconds(r.dateline.median.wallMs)} | ${r.dateline.median.astroReportedMs ? seconds(r.dateline.median.astroReportedMs) : '–'} | ${seconds(r.contentCheckMs)} | ${seconds(r.pagefindAlone.medianMs)} (${r.pagefindAlone.pages} pages, ${r.pagefindAlone.peakTreeRssMiB} MiB) |`,
    );
  }
  const basePhases = [...new Set(rows.flatMap((r) => Object.keys(r.baseline.median.phases)))];
  out.push('', 'Plain Astro, same phases:', '', `| N | ${basePhases.join(' | ')} | total | Astro's own clock§ |`, `|---:|${basePhases.map(() => '---:|').join('')}---:|---:|`);
  for (const r of rows) {
    const p = r.baseline.median.phases;
    out.push(`| ${r.articles} | ${basePhases.map((name) => seconds(p[name] ?? 0)).join(' | ')} | ${seconds(r.baseline.median.wallMs)} | ${r.baseline.median.astroReportedMs ? seconds(r.baseline.median.astroReportedMs) : '–'} |`);
  }
  out.push(
    '',
    '† `lintContent(readContentFolder(…), { warnings: false })`, the build\'s content check, timed in the bench process; the build runs it in a process of its own beside Astro, so it adds no phase of its own. "startup" is Node and Astro start-up and loading the config (which reads every actor and place for mention links). "pagefind" is what is left of the search index once Astro is done: it starts when the last story page is written.',
    '‡ `bench/pagefind-step.ts`: the build\'s Pagefind calls over the built site, timed inside the process.',
    '§ Astro\'s "N page(s) built in …": its build from after the config has loaded to the last page.',
    'Phase boundaries are the times the build\'s log lines reached the bench through pipes: good to a few tens of ms, and a phase that logs nothing is counted in the one before it.',
    '',
  );
  out.push(
    '',
    '## Dateline\'s page rendering by kind of page (cold builds, medians of Astro\'s per-route times)',
    '',
    'Dateline renders eight pages at a time (`build.concurrency`), plain Astro one: a Dateline route\'s time is its wall time with seven others in flight, the shares are rough (Astro logs a page\'s end on whichever line is open), and the totals add up to more than the phase.',
    '',
  );
  for (const r of rows) {
    const groups = Object.entries(r.dateline.median.routeGroups ?? {}).sort(([, a], [, b]) => b.ms - a.ms);
    if (!groups.length) continue;
    const total = groups.reduce((sum, [, g]) => sum + g.ms, 0);
    const article = r.baseline.median.routeGroups?.['articles/[id]'];
    out.push(`N = ${r.articles}: ${seconds(total)} over ${groups.reduce((sum, [, g]) => sum + g.pages, 0)} routes (plain Astro: ${article ? `${seconds(article.ms)} over ${article.pages} article pages, ${round(article.ms / Math.max(1, article.pages))} ms each` : 'n/a'}).`, '');
    out.push('| kind of page | routes | total | share | ms per route |', '|---|---:|---:|---:|---:|');
    for (const [group, g] of groups) {
      out.push(`| ${group} | ${g.pages} | ${seconds(g.ms)} | ${Math.round((100 * g.ms) / Math.max(1, total))}% | ${round(g.ms / Math.max(1, g.pages))} |`);
    }
    const slow = r.dateline.runs.at(-1)?.slowestRoutes ?? [];
    if (slow.length) out.push('', `Slowest routes (last cold run): ${slow.map((x) => `${x.path} ${Math.round(x.ms)} ms`).join(', ')}.`);
    out.push('');
  }
  return out.join('\n');
}

// ---------------------------------------------------------------------------------------------

function git(...args: string[]): string | undefined {
  const result = spawnSync('git', args, { cwd: ROOT, encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim() : undefined;
}
const commit = git('rev-parse', '--short', 'HEAD');
const status = git('status', '--porcelain');
const machine: Machine = {
  ...(commit ? { commit } : {}),
  ...(status !== undefined ? { uncommittedFiles: status.split('\n').filter(Boolean).length } : {}),
  cpu: cpus()[0]?.model ?? 'unknown',
  cores: cpus().length,
  totalMemoryGiB: round(totalmem() / 1024 ** 3, 1),
  node: process.version,
  platform: `${process.platform} ${process.arch}`,
};
log(`# Dateline bench: sizes ${sizes.join(', ')}, ${runs} runs, seed ${seed}`);
log(`${machine.cpu}, ${machine.cores} cores, ${machine.totalMemoryGiB} GiB, Node ${machine.node}; peak RSS via ${hasGnuTime ? '/usr/bin/time and ' : ''}/proc polling`);
if (Number(process.versions.node.split('.')[0]) < 22) log('warning: Astro 7 needs Node >= 22.12; run this with `npm run bench` (the project\'s Node 24).');

const resultsFile = join(BENCH, 'results.json');
const previous: SizeResult[] = existsSync(resultsFile)
  ? ((JSON.parse(readFileSync(resultsFile, 'utf8')) as { sizes?: SizeResult[] }).sizes ?? [])
  : [];
const results = new Map(previous.map((r) => [r.articles, r]));
try {
  for (const articles of sizes) {
    results.set(articles, await benchSize(articles, machine));
    const all = [...results.values()].sort((a, b) => a.articles - b.articles);
    // Written after every size, so a long run that is stopped keeps what it measured.
    writeFileSync(resultsFile, `${JSON.stringify({ machine: { ...machine, date: new Date().toISOString() }, sizes: all }, null, 2)}\n`);
    writeFileSync(join(BENCH, 'results.md'), markdown(all));
  }
} catch (error) {
  if (error instanceof BuildFailed) {
    console.error(`\n${error.message}\n\nBench aborted; its work folder (named above) is kept for inspection.`);
    process.exit(1);
  }
  throw error;
}
log(`\n${markdown([...results.values()])}`);
log('Written to bench/results.json and bench/results.md.');
