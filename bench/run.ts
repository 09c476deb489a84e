/**
 * `npm run bench`: Dateline's build at newsroom scale, against plain Astro rendering the same
 * Markdown. For each size N it generates a seeded corpus (bench/corpus.ts) and measures, in one run
 * so that the ratios compare like with like on a noisy machine:
 *
 *   cold       `npm run build -- --cold` (no cache), alternating with plain Astro (bench/baseline)
 *   no change  `npm run build` again, nothing edited
 *   one edit   `npm run build` after a sentence is appended to one story
 *   watch      `npm run build -- --watch`: save → the story's page on disk, → every changed page and
 *              feed, → every changed data file, → the update done
 *   dev        `npm run dev`: save → the page shows it (at --dev-sizes only)
 *
 * Wall time, peak RSS of the whole process tree (sampled from /proc) and of the largest process
 * (/usr/bin/time), pages rendered (from the build's --report, never from its log). Medians of
 * --runs; results.json keeps every run, results.md the tables. Nothing is asserted: on a shared
 * machine these are a report.
 *
 *   npm run bench                                  N = 1000, 5000; 3 runs each
 *   npm run bench -- --sizes 100 --runs 1          a quick look
 *   npm run bench -- --dense                       the denser corpus (3–8 of N/3 actors, 2–6 events
 *                                                  over 400 days, about four pages per story)
 *   npm run bench -- --identity 200x60             also the identity property test at 200 stories, 60 edits
 */
import { spawn, spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { generateCorpus, type CorpusStats } from './corpus';
import { measureDevEdits, type DevEditResult } from './dev-edit';
import { measureWatchEdits, type WatchEditResult } from './watch-edit';

const ROOT = resolve(import.meta.dirname, '..');
const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');
const GNU_TIME = '/usr/bin/time';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,5000' },
    runs: { type: 'string', default: '3' },
    seed: { type: 'string', default: '1' },
    dense: { type: 'boolean', default: false },
    'dev-sizes': { type: 'string', default: '1000' },
    'watch-edits': { type: 'string', default: '5' },
    identity: { type: 'string' },
    keep: { type: 'boolean', default: false },
  },
});
const sizes = values.sizes.split(',').filter(Boolean).map(Number);
const runs = Number(values.runs);
const seed = Number(values.seed);
const devSizes = new Set(values['dev-sizes'].split(',').filter(Boolean).map(Number));

// ---------------------------------------------------------------------------------------------
// Measuring one process tree

interface Measured {
  readonly wallMs: number;
  readonly peakTreeMiB: number;
  readonly maxProcessMiB?: number;
}

const hasGnuTime = existsSync(GNU_TIME) && spawnSync(GNU_TIME, ['-f', '%M', 'true']).status === 0;

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

function treeRssKiB(root: number): number {
  let total = 0;
  const queue = [root];
  const seen = new Set<number>();
  while (queue.length) {
    const pid = queue.pop()!;
    if (seen.has(pid)) continue;
    seen.add(pid);
    try {
      total += Number(/^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
    } catch {
      // gone
    }
    queue.push(...childrenOf(pid));
  }
  return total;
}

/** Runs `node <args>` on the project's Node; rejects with its output when it fails. */
function measure(args: readonly string[], env: NodeJS.ProcessEnv): Promise<Measured> {
  const timeFile = join(tmpdir(), `dateline-bench-time-${process.pid}.txt`);
  const [command, argv] = hasGnuTime ? [GNU_TIME, ['-f', '%M', '-o', timeFile, process.execPath, ...args]] : [process.execPath, [...args]];
  const started = performance.now();
  const child = spawn(command, argv, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  let peak = 0;
  const poll = setInterval(() => child.pid && (peak = Math.max(peak, treeRssKiB(child.pid))), 50);
  return new Promise((done, fail) => {
    child.on('close', (code) => {
      clearInterval(poll);
      const wallMs = Math.round(performance.now() - started);
      let maxProcessMiB: number | undefined;
      if (hasGnuTime && existsSync(timeFile)) {
        maxProcessMiB = Math.round(Number(readFileSync(timeFile, 'utf8').trim().split('\n').at(-1)) / 1024);
        rmSync(timeFile, { force: true });
      }
      if (code !== 0) fail(new Error(`${args.join(' ')} failed (exit ${code}):\n${output}`));
      else done({ wallMs, peakTreeMiB: Math.round(peak / 1024), ...(maxProcessMiB ? { maxProcessMiB } : {}) });
    });
  });
}

const median = (xs: readonly number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const round = (x: number, digits = 3) => Math.round(x * 10 ** digits) / 10 ** digits;
const log = (line: string) => process.stdout.write(`${line}\n`);

// ---------------------------------------------------------------------------------------------
// One size

/** What the build says it did (scripts/build.mjs --report). */
interface BuildReport {
  readonly pages: number;
  readonly rendered: number;
  readonly full: boolean;
  readonly searchReindexed: number;
  readonly timings: Record<string, number>;
}

interface DatelineRun extends Measured {
  readonly pages: number;
  readonly rendered: number;
  readonly searchReindexed: number;
  readonly timings: Record<string, number>;
}

interface SizeResult {
  readonly articles: number;
  readonly dense: boolean;
  readonly date: string;
  readonly commit: string;
  readonly machine: { cpu: string; cores: number; memoryGiB: number; node: string };
  readonly corpus: CorpusStats;
  readonly cold: readonly DatelineRun[];
  readonly baseline: readonly (Measured & { pages: number })[];
  readonly noChange: readonly DatelineRun[];
  readonly oneEdit: readonly DatelineRun[];
  readonly watch?: WatchEditResult;
  readonly dev?: { dateline: DevEditResult; baseline: DevEditResult };
  readonly medians: Medians;
}

interface Medians {
  readonly coldMs: number;
  readonly plainAstroMs: number;
  readonly coldVsPlainAstro: number;
  readonly msPerPage: number;
  readonly plainAstroMsPerPage: number;
  readonly perPageVsPlainAstro: number;
  readonly noChangeMs: number;
  readonly noChangeVsCold: number;
  readonly noChangeRendered: number;
  readonly oneEditMs: number;
  readonly oneEditVsCold: number;
  readonly oneEditRendered: number;
  readonly peakTreeMiB: number;
  readonly plainAstroPeakTreeMiB: number;
  readonly watchPageMs: number;
  readonly watchPagesMs: number;
  readonly watchDataMs?: number;
  readonly watchDoneMs: number;
}

function countHtml(dir: string): number {
  return existsSync(dir) ? readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).length : 0;
}

async function benchSize(articles: number): Promise<SizeResult> {
  // The corpus and the plain-Astro baseline live in the system's temporary folder; Dateline's
  // caches stay inside the project, where they always live (.dateline/).
  const work = join(tmpdir(), `dateline-bench-${articles}${values.dense ? '-dense' : ''}-${process.pid}`);
  const content = join(work, 'content');
  const cache = join(ROOT, '.dateline', 'bench', `${articles}${values.dense ? '-dense' : ''}`);
  const out = join(work, 'dateline-dist');
  const report = join(work, 'report.json');
  rmSync(work, { recursive: true, force: true });
  rmSync(cache, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  const corpus = generateCorpus({ articles, seed, dir: content, ...(values.dense ? { dense: true } : {}) });
  log(`\n## N = ${articles}${values.dense ? ' (dense)' : ''}: ${corpus.actors} actors, ${corpus.locations} places, ${corpus.events} events`);

  const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', DATELINE_CONTENT: content, DATELINE_CACHE_DIR: cache };
  const dateline = async (label: string, extra: string[]): Promise<DatelineRun> => {
    rmSync(report, { force: true });
    const run = await measure(['scripts/build.mjs', '--out-dir', out, '--report', report, ...extra], env);
    const said = JSON.parse(readFileSync(report, 'utf8')) as BuildReport;
    const result = { ...run, pages: said.pages, rendered: said.full ? said.pages : said.rendered, searchReindexed: said.searchReindexed, timings: said.timings };
    log(`  ${label.padEnd(10)} ${(run.wallMs / 1000).toFixed(2).padStart(6)} s  ${result.rendered} of ${result.pages} pages rendered, ${result.searchReindexed} search months  ${run.peakTreeMiB} MiB tree  (load ${loadavg()[0]!.toFixed(2)})`);
    return result;
  };
  const baselineOut = join(work, 'baseline-dist');
  const baselineEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', BENCH_CONTENT: content, BENCH_CACHE_DIR: join(work, 'baseline-cache'), BENCH_VITE_CACHE_DIR: join(work, 'baseline-vite') };
  const baseline = async () => {
    rmSync(baselineOut, { recursive: true, force: true });
    rmSync(join(work, 'baseline-cache'), { recursive: true, force: true });
    const run = await measure([ASTRO, 'build', '--root', join(ROOT, 'bench/baseline'), '--outDir', baselineOut], baselineEnv);
    log(`  astro      ${(run.wallMs / 1000).toFixed(2).padStart(6)} s  ${countHtml(baselineOut)} pages  ${run.peakTreeMiB} MiB tree`);
    return { ...run, pages: countHtml(baselineOut) };
  };

  const cold: DatelineRun[] = [];
  const plain: (Measured & { pages: number })[] = [];
  for (let i = 0; i < runs; i++) {
    // Alternating which goes first, so that neither always runs on a warmer machine.
    if (i % 2) {
      plain.push(await baseline());
      cold.push(await dateline('cold', ['--cold']));
    } else {
      cold.push(await dateline('cold', ['--cold']));
      plain.push(await baseline());
    }
  }
  const noChange: DatelineRun[] = [];
  const oneEdit: DatelineRun[] = [];
  const stories = readdirSync(join(content, 'articles')).sort();
  for (let i = 0; i < runs; i++) {
    noChange.push(await dateline('no change', []));
    const story = join(content, 'articles', stories[(i * 211 + 7) % stories.length]!);
    appendFileSync(story, `\nOfficials said the talks would resume, bench edit ${i}.\n`);
    oneEdit.push(await dateline('one edit', []));
  }
  const watch = await measureWatchEdits({ root: ROOT, content, cacheDir: cache, outDir: out, edits: Number(values['watch-edits']) });
  log(`  watch      story page on disk ${median(watch.pageMs)} ms, every changed page and feed ${median(watch.pagesMs)} ms, data files ${median(watch.dataMs)} ms (${Math.min(...watch.pagesChanged)}–${Math.max(...watch.pagesChanged)} files), update done ${median(watch.doneMs)} ms (medians of ${watch.pageMs.length})`);
  let dev: SizeResult['dev'];
  if (devSizes.has(articles)) {
    dev = {
      dateline: await measureDevEdits({ site: 'dateline', content, cacheDir: cache }),
      baseline: await measureDevEdits({ site: 'baseline', content, cacheDir: join(work, 'baseline-dev-cache') }),
    };
    log(`  dev        Dateline body edit ${dev.dateline.medianBodyEditMs} ms, event edit ${dev.dateline.medianEventEditMs} ms; plain Astro body edit ${dev.baseline.medianBodyEditMs} ms`);
  }

  const coldMs = median(cold.map((r) => r.wallMs));
  const plainMs = median(plain.map((r) => r.wallMs));
  const medians: Medians = {
    coldMs,
    plainAstroMs: plainMs,
    coldVsPlainAstro: round(coldMs / plainMs),
    msPerPage: round(coldMs / median(cold.map((r) => r.pages))),
    plainAstroMsPerPage: round(plainMs / median(plain.map((r) => r.pages))),
    perPageVsPlainAstro: round(coldMs / median(cold.map((r) => r.pages)) / (plainMs / median(plain.map((r) => r.pages)))),
    noChangeMs: median(noChange.map((r) => r.wallMs)),
    noChangeVsCold: round(median(noChange.map((r) => r.wallMs)) / coldMs),
    noChangeRendered: median(noChange.map((r) => r.rendered)),
    oneEditMs: median(oneEdit.map((r) => r.wallMs)),
    oneEditVsCold: round(median(oneEdit.map((r) => r.wallMs)) / coldMs),
    oneEditRendered: median(oneEdit.map((r) => r.rendered)),
    peakTreeMiB: Math.max(...cold.map((r) => r.peakTreeMiB)),
    plainAstroPeakTreeMiB: Math.max(...plain.map((r) => r.peakTreeMiB)),
    watchPageMs: median(watch.pageMs),
    watchPagesMs: median(watch.pagesMs),
    watchDataMs: median(watch.dataMs),
    watchDoneMs: median(watch.doneMs),
  };
  log(`  → cold ${coldMs / 1000} s (${medians.coldVsPlainAstro}× plain Astro, ${medians.perPageVsPlainAstro}× per page); no change ${medians.noChangeVsCold}× cold; one edit ${medians.oneEditVsCold}× cold`);
  if (!values.keep) rmSync(work, { recursive: true, force: true });
  const commit = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).stdout.trim();
  return {
    articles,
    dense: values.dense,
    date: new Date().toISOString(),
    commit,
    machine: { cpu: cpus()[0]?.model ?? '?', cores: cpus().length, memoryGiB: round(totalmem() / 2 ** 30, 1), node: process.version },
    corpus,
    cold,
    baseline: plain,
    noChange,
    oneEdit,
    watch,
    ...(dev ? { dev } : {}),
    medians,
  };
}

// ---------------------------------------------------------------------------------------------
// Results

const resultsFile = join(ROOT, 'bench/results.json');
const previous = existsSync(resultsFile) ? (JSON.parse(readFileSync(resultsFile, 'utf8')) as { sizes?: SizeResult[] }).sizes ?? [] : [];
const fresh: SizeResult[] = [];
for (const n of sizes) fresh.push(await benchSize(n));
const key = (r: SizeResult) => `${r.articles}${r.dense ? '-dense' : ''}`;
const all = [...previous.filter((r) => r.medians && !fresh.some((f) => key(f) === key(r))), ...fresh].sort((a, b) => Number(a.dense) - Number(b.dense) || a.articles - b.articles);

let identity: string | undefined;
if (values.identity) {
  const [stories, edits] = values.identity.split('x');
  log(`\n## identity: ${stories} stories, ${edits} edits`);
  const test = spawnSync(process.execPath, [join(ROOT, 'node_modules/vitest/vitest.mjs'), 'run', '--project', 'build', 'tests/build/incremental-identity.test.ts'], {
    cwd: ROOT,
    env: { ...process.env, DATELINE_IDENTITY_STORIES: stories, DATELINE_IDENTITY_EDITS: edits },
    stdio: 'inherit',
  });
  identity = `${stories} stories, ${edits} random edits: ${test.status === 0 ? 'every incremental dist/ equal to the cold build' : 'FAILED'}`;
}

writeFileSync(resultsFile, `${JSON.stringify({ sizes: all, ...(identity ? { identity } : {}) }, null, 2)}\n`);
const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const rows = all.map((r) => {
  const m = r.medians;
  return `| ${r.articles}${r.dense ? ' dense' : ''} | ${s(m.coldMs)} | ${s(m.plainAstroMs)} | ${m.coldVsPlainAstro}× | ${m.perPageVsPlainAstro}× | ${s(m.noChangeMs)} (${m.noChangeRendered} pages) | ${(m.noChangeVsCold * 100).toFixed(1)}% | ${s(m.oneEditMs)} (${m.oneEditRendered} pages) | ${(m.oneEditVsCold * 100).toFixed(1)}% | ${m.watchPageMs} / ${m.watchPagesMs ?? '–'} / ${m.watchDataMs ?? '–'} / ${m.watchDoneMs} ms | ${m.peakTreeMiB} MiB | ${r.commit} |`;
});
const steps = all.map((r) => {
  const names = [...new Set([...r.cold, ...r.oneEdit].flatMap((run) => Object.keys(run.timings)))];
  const at = (list: readonly DatelineRun[], name: string) => Math.round(median(list.map((run) => run.timings[name] ?? 0)));
  return `| ${r.articles}${r.dense ? ' dense' : ''} | ${names.map((name) => `${name} ${at(r.cold, name)} / ${at(r.oneEdit, name)}`).join(' · ')} |`;
});
const devRows = all.filter((r) => r.dev).map((r) => `| ${r.articles}${r.dense ? ' dense' : ''} | ${r.dev!.dateline.medianBodyEditMs} ms | ${r.dev!.dateline.medianEventEditMs ?? '–'} ms | ${r.dev!.baseline.medianBodyEditMs} ms |`);
const md = `# Dateline build benchmark

Machine: ${all[0]?.machine.cpu}, ${all[0]?.machine.cores} cores, Node ${all[0]?.machine.node}. Shared and noisy: every figure is a
median of the runs made in the same invocation, and each ratio compares figures of one invocation.
Corpus: bench/corpus.ts, seed ${seed}. Regenerate with \`npm run bench\` (see bench/README.md).

## Builds

Cold is \`npm run build -- --cold\` (no cache at all: the renderer is built, every file read, every
page rendered); no change and one edit are \`npm run build\` after it, the edit a sentence appended to
one story. Watch (edits alternate: a sentence appended, the first event moved a day earlier): save → the
story's page on disk / → every page and feed the edit changed on disk / → every data file it changed
(\`/data/\`, \`upcoming.ics\`: written after the pages, beside the search index) / → the update done
(search index included).

| N | cold | plain Astro | cold / Astro | per page / Astro | no change | % of cold | one edit | % of cold | watch | peak RSS (tree) | commit |
|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|
${rows.join('\n')}

## Where the time goes (ms, median cold / median one edit)

| N | steps |
|---:|---|
${steps.join('\n')}

${devRows.length ? `## \`npm run dev\`: save → the page shows it (medians)\n\n| N | Dateline body edit | Dateline event edit | plain Astro body edit |\n|---:|---:|---:|---:|\n${devRows.join('\n')}\n` : ''}
${identity ? `## Identity\n\n${identity}\n` : ''}`;
writeFileSync(join(ROOT, 'bench/results.md'), md);
log(`\n${md}`);
