/**
 * `npm run build` as processes meet it: stopped by a signal while it writes, it leaves the last
 * site exactly as it was and no temporary folder; started twice at once on one cache, the second
 * refuses at once and the first finishes. Nothing here is timed.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { inheritedEnv } from '../helpers/build';
import { treeDifferences } from '../helpers/newsroom-edits';

const work = resolve('tests/.output/processes');
const content = join(work, 'content');
const site = join(work, 'dist');
const env = { ...inheritedEnv(), DATELINE_CONTENT: content, DATELINE_CACHE_DIR: join(work, 'cache'), NO_COLOR: '1', ASTRO_TELEMETRY_DISABLED: '1' };

interface Running {
  readonly child: ChildProcess;
  readonly output: () => string;
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

function build(args: readonly string[] = [], extraEnv: Record<string, string> = {}): Running {
  const child = spawn(process.execPath, ['scripts/build.mjs', '--out-dir', site, ...args], { env: { ...env, ...extraEnv }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) => child.once('exit', (code, signal) => done({ code, signal })));
  return { child, output: () => output, exited };
}

/** What a build left beside the site: folders and files under temporary names. */
const strays = () => readdirSync(work).filter((name) => /\.(building|previous|tmp)-/.test(name));

async function until(condition: () => boolean, what: string, running: Running): Promise<void> {
  for (const started = Date.now(); !condition(); await new Promise((r) => setTimeout(r, 20))) {
    if (Date.now() - started > 300_000 || running.child.exitCode !== null) throw new Error(`never ${what}:\n${running.output()}`);
  }
}

beforeAll(async () => {
  rmSync(work, { recursive: true, force: true });
  cpSync(resolve('tests/fixtures/site/content'), content, { recursive: true });
  const first = build();
  const { code } = await first.exited;
  if (code !== 0) throw new Error(first.output());
}, 320_000);

describe('npm run build, stopped or doubled', () => {
  it.each(['SIGTERM', 'SIGINT'] as const)('leaves the last site as it was and nothing half-made when %s stops a cold build', async (signal) => {
    const before = join(work, 'before');
    rmSync(before, { recursive: true, force: true });
    cpSync(site, before, { recursive: true });
    const cold = build(['--cold']);
    // Stopped once the new site is being written beside the old one.
    await until(() => strays().some((name) => name.startsWith('dist.building-')), 'started writing', cold);
    cold.child.kill(signal);
    const { code } = await cold.exited;
    expect(code).toBe(signal === 'SIGINT' ? 130 : 143);
    expect(cold.output()).toContain(`Stopped by ${signal}: `);
    expect(strays()).toEqual([]);
    expect(treeDifferences(before, site)).toEqual([]);
    expect(existsSync(join(work, 'cache', 'build.lock'))).toBe(false);
  }, 320_000);

  it('refuses a second build on the same caches at once, and lets the first finish', async () => {
    const first = build(['--cold']);
    await until(() => existsSync(join(work, 'cache', 'build.lock')), 'took the lock', first);
    const second = build();
    const { code } = await second.exited;
    expect(code).toBe(1);
    expect(second.output()).toMatch(/Build refused: another build \(process \d+\) is running with the caches in .*: wait for it to finish, or stop it/);
    expect((await first.exited).code, first.output()).toBe(0);
    expect(strays()).toEqual([]);
    // The lock goes with the build that held it.
    const third = build();
    expect((await third.exited).code, third.output()).toBe(0);
  }, 320_000);
});

describe('npm run build, started again', () => {
  it('compiles none of its TypeScript again: every module, the search thread too, comes from the compile cache', async () => {
    // A cold build fills the cache; the build after it, with a story edited, finds every module there.
    expect((await build(['--cold']).exited).code).toBe(0);
    const story = join(content, 'articles', readdirSync(join(content, 'articles'))[0]!);
    appendFileSync(story, '\nOfficials said the talks would resume.\n');
    const again = build([], { NODE_DEBUG_NATIVE: 'COMPILE_CACHE' });
    const { code } = await again.exited;
    const log = again.output();
    expect(code, log).toBe(0);
    expect(log).toMatch(/, 1 page rendered|pages rendered/);
    const transpiled = [...log.matchAll(/retrieving transpile cache for StrippedTypeScript (\S+)\.\.\.(\w+)/g)].map(([, file, outcome]) => [file!.replace(/^.*\/(scripts|src)\//, '$1/'), outcome]);
    for (const module of ['scripts/build-site.ts', 'src/publish/publish.ts', 'src/publish/search-worker.ts']) expect(transpiled).toContainEqual([module, 'success']);
    expect(transpiled.filter(([, outcome]) => outcome !== 'success')).toEqual([]);
  }, 320_000);
});
