/**
 * `npm run build -- --watch` as an editor uses it: saves are published into dist/ one update at a
 * time, a bad save leaves the site as it was and says why, the next good save recovers, and Ctrl-C
 * leaves a whole site with no temporary files. Nothing here is timed (see `npm run bench`).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inheritedEnv } from '../helpers/build';
import { treeDifferences } from '../helpers/newsroom-edits';

const work = resolve('tests/.output/watch');
const content = join(work, 'content');
const site = join(work, 'dist');
const story = join(content, 'articles/2026-02-20-summit.md');
const page = join(site, 'articles/2026-02-20-summit/index.html');
let watcher: ChildProcess;
let output = '';

/** Resolves with what the watcher printed after `since`, once it has printed `count` more lines. */
async function nextLines(since: number, count = 1): Promise<string> {
  for (const started = Date.now(); ; await new Promise((r) => setTimeout(r, 50))) {
    const lines = output.slice(since).split('\n').filter(Boolean);
    if (lines.length >= count && output.endsWith('\n')) return output.slice(since);
    if (Date.now() - started > 60_000 || watcher.exitCode !== null) throw new Error(`no update:\n${output}`);
  }
}

beforeAll(async () => {
  rmSync(work, { recursive: true, force: true });
  cpSync(resolve('tests/fixtures/site/content'), content, { recursive: true });
  watcher = spawn(process.execPath, ['scripts/build.mjs', '--watch', '--out-dir', site], {
    env: { ...inheritedEnv(), DATELINE_CONTENT: content, DATELINE_CACHE_DIR: join(work, 'cache'), NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  watcher.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  watcher.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  for (const started = Date.now(); !output.includes('Watching'); await new Promise((r) => setTimeout(r, 100))) {
    if (Date.now() - started > 300_000 || watcher.exitCode !== null) throw new Error(`the watcher did not start:\n${output}`);
  }
}, 320_000);

afterAll(() => {
  if (watcher.exitCode === null) watcher.kill('SIGKILL');
});

describe('npm run build -- --watch', () => {
  it('publishes a saved edit, saying what changed and how many pages it rendered', async () => {
    const since = output.length;
    writeFileSync(story, readFileSync(story, 'utf8').replace('title: Arden and Brook meet at the harbour summit', 'title: Arden and Brook meet again at the summit'));
    const said = await nextLines(since);
    expect(said).toMatch(/articles\/2026-02-20-summit\.md: [\d,]+ pages, \d+ pages? rendered/);
    expect(readFileSync(page, 'utf8')).toContain('Arden and Brook meet again at the summit');
    // The front page lists the new headline too.
    expect(readFileSync(join(site, 'index.html'), 'utf8')).toContain('Arden and Brook meet again at the summit');
  });

  it('keeps the last good site on a bad save, with the build’s error, and recovers on the next', async () => {
    const before = readFileSync(page, 'utf8');
    const good = readFileSync(story, 'utf8');
    let since = output.length;
    writeFileSync(story, good.replace(/^published: .*$/m, 'published: 2026-02-31'));
    const said = await nextLines(since, 2);
    expect(said).toContain('content/articles/2026-02-20-summit.md:');
    expect(said).toContain('"2026-02-31" is not a date in the calendar');
    expect(said).toMatch(/Not published: .* is as it was/);
    expect(readFileSync(page, 'utf8')).toBe(before);

    since = output.length;
    writeFileSync(story, good.replace('meet again at the summit', 'meet once more at the summit'));
    await nextLines(since);
    expect(readFileSync(page, 'utf8')).toContain('meet once more at the summit');
  });

  it('publishes a new story and removes a deleted one', async () => {
    let since = output.length;
    writeFileSync(join(content, 'articles/2026-02-21-follow-up.md'), readFileSync(story, 'utf8').replace(/^title: .*$/m, 'title: A follow-up to the summit'));
    await nextLines(since);
    expect(readFileSync(join(site, 'articles/2026-02-21-follow-up/index.html'), 'utf8')).toContain('A follow-up to the summit');
    since = output.length;
    rmSync(join(content, 'articles/2026-02-21-follow-up.md'));
    expect(await nextLines(since)).toContain('(deleted)');
    expect(existsSync(join(site, 'articles/2026-02-21-follow-up'))).toBe(false);
  });

  it('stops on Ctrl-C with a whole site, the one a cold build makes of the content, and no temporary files', async () => {
    watcher.kill('SIGINT');
    await new Promise((done) => watcher.once('exit', done));
    expect(watcher.exitCode).toBe(0);
    const strays = readdirSync(work).filter((name) => name.includes('.building-') || name.includes('.previous-'));
    const temporary = readdirSync(site, { recursive: true, encoding: 'utf8' }).filter((name) => /\.tmp-\d+$|\.building-\d+/.test(name));
    expect([...strays, ...temporary]).toEqual([]);
    const cold = join(work, 'cold');
    const built = await new Promise<number>((done) =>
      spawn(process.execPath, ['scripts/build.mjs', '--cold', '--out-dir', cold], {
        env: { ...inheritedEnv(), DATELINE_CONTENT: content, DATELINE_CACHE_DIR: join(work, 'cache-cold'), NO_COLOR: '1' },
        stdio: 'ignore',
      }).once('exit', (code) => done(code ?? 1)),
    );
    expect(built).toBe(0);
    expect(treeDifferences(site, cold)).toEqual([]);
  }, 120_000);
});
