/**
 * The incremental build's promise, as a property: after any sequence of editorial changes, the
 * `dist/` an incremental `npm run build` leaves, and the one `npm run build -- --watch` keeps up
 * to date, are, file by file, the one a cold build (`--cold`, no cache) makes of the same content.
 * Seeded (fast-check), on a generated newsroom. DATELINE_IDENTITY_STORIES / _EDITS / _SEED make
 * it larger (the bench runs it so).
 */
import { execFile, spawn } from 'node:child_process';
import { cpSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../../bench/corpus';
import { inheritedEnv } from '../helpers/build';
import { applyEdit, EDIT_KINDS, treeDifferences, type Edit } from '../helpers/newsroom-edits';

const run = promisify(execFile);
const STORIES = Number(process.env.DATELINE_IDENTITY_STORIES ?? 60);
const EDITS = Number(process.env.DATELINE_IDENTITY_EDITS ?? 25);
const SEED = Number(process.env.DATELINE_IDENTITY_SEED ?? 20261201);
const work = resolve('tests/.output/identity');
const content = join(work, 'content');

const env = (cache: string) => ({ ...inheritedEnv(), DATELINE_CONTENT: content, DATELINE_CACHE_DIR: cache, NO_COLOR: '1', ASTRO_TELEMETRY_DISABLED: '1', TZ: 'UTC' });

async function build(outDir: string, cache: string, cold: boolean): Promise<string> {
  const { stdout, stderr } = await run(process.execPath, ['scripts/build.mjs', '--out-dir', outDir, ...(cold ? ['--cold'] : [])], {
    env: env(cache),
    maxBuffer: 16 * 1024 * 1024,
  });
  return stdout + stderr;
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/**
 * `npm run build -- --watch` over the same content: it keeps its content store, its story records
 * and its digests from one update to the next, which one-off builds never do.
 */
async function startWatcher(outDir: string, cache: string) {
  const child = spawn(process.execPath, ['scripts/build.mjs', '--watch', '--out-dir', outDir], { env: env(cache), stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  let lastOutput = performance.now();
  const take = (chunk: Buffer) => {
    log += chunk.toString();
    lastOutput = performance.now();
  };
  child.stdout.on('data', take);
  child.stderr.on('data', take);
  const lines = () => log.split('\n').length;
  while (!log.includes('Watching')) {
    if (child.exitCode !== null) throw new Error(`the watcher stopped:\n${log}`);
    await sleep(20);
  }
  return {
    lines,
    log: () => log,
    /** Waits for the updates that follow an edit: a line after `before`, then a quiet spell. */
    async settled(before: number): Promise<void> {
      const since = performance.now();
      while (lines() <= before && performance.now() - since < 20_000) await sleep(20);
      while (performance.now() - lastOutput < 600) await sleep(50);
    },
    async stop(): Promise<void> {
      child.kill('SIGINT');
      if (child.exitCode === null) await new Promise((done) => child.once('exit', done));
    },
  };
}

const edit: fc.Arbitrary<Edit> = fc.record({
  kind: fc.constantFrom(...EDIT_KINDS),
  pick: fc.nat({ max: 10_000 }),
  amount: fc.nat({ max: 10_000 }),
});

describe('an incremental build', () => {
  it(`equals a cold build after each of ${EDITS} random edits to a ${STORIES}-story newsroom`, async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(edit, { minLength: EDITS, maxLength: EDITS }), async (edits) => {
        rmSync(work, { recursive: true, force: true });
        generateCorpus({ articles: STORIES, seed: SEED % 1000, dir: content });
        const incremental = join(work, 'incremental');
        const watched = join(work, 'watched');
        await build(incremental, join(work, 'cache-incremental'), false);
        const watcher = await startWatcher(watched, join(work, 'cache-watch'));
        const log: string[] = [];
        let partial = 0;
        try {
          for (const [i, change] of edits.entries()) {
            const before = watcher.lines();
            log.push(applyEdit(content, change, i));
            const said = await build(incremental, join(work, 'cache-incremental'), false);
            if (!said.includes('all written afresh')) partial++;
            const cold = join(work, 'cold');
            await build(cold, join(work, 'cache-cold'), true);
            await watcher.settled(before);
            const differences = treeDifferences(incremental, cold);
            const watchDifferences = treeDifferences(watched, cold);
            if (differences.length || watchDifferences.length) cpSync(content, join(work, 'failed-content'), { recursive: true });
            expect(differences, `after: ${log.join('; ')}`).toEqual([]);
            expect(watchDifferences, `--watch, after: ${log.join('; ')}`).toEqual([]);
          }
        } finally {
          await watcher.stop();
        }
        // Every edit was published incrementally, never by falling back to a full build.
        expect(partial).toBe(EDITS);
        // The watcher too: only its first build wrote the site afresh.
        expect(watcher.log().match(/all written afresh/g)).toHaveLength(1);
      }),
      { numRuns: 1, seed: SEED, endOnFailure: true },
    );
  }, 1_800_000);
});
