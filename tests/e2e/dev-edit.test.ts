/**
 * `npm run dev` as an editor uses it: a story open in Chromium, its file edited and saved. The open
 * page reloads by itself and shows the new text; the pages of the story's actor and of the event's
 * day show the retitled event. Nothing here is timed (see `npm run bench` for how soon).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inheritedEnv } from '../helpers/build';
import { launchBrowser, newPage } from './support';

const PORT = 4390;
const origin = `http://localhost:${PORT}`;
const work = mkdtempSync(join(tmpdir(), 'dateline-dev-'));
const content = join(work, 'content');
const story = join(content, 'articles/2026-02-20-summit.md');
let server: ChildProcess;
let log = '';
let browser: Browser;
let page: Page;

beforeAll(async () => {
  cpSync(resolve('tests/fixtures/site/content'), content, { recursive: true });
  server = spawn(process.execPath, [resolve('node_modules/astro/bin/astro.mjs'), 'dev', '--port', String(PORT)], {
    env: { ...inheritedEnv(), DATELINE_CONTENT: content, DATELINE_CACHE_DIR: join(work, 'cache'), ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stdout!.on('data', (chunk: Buffer) => (log += chunk.toString()));
  server.stderr!.on('data', (chunk: Buffer) => (log += chunk.toString()));
  for (const started = Date.now(); !log.includes(`localhost:${PORT}`); await new Promise((r) => setTimeout(r, 200))) {
    if (Date.now() - started > 120_000 || server.exitCode !== null) throw new Error(`astro dev did not start:\n${log}`);
  }
  browser = await launchBrowser();
  page = await newPage(browser);
  await page.goto(`${origin}/articles/2026-02-20-summit/`);
});

afterAll(async () => {
  await page?.context().close();
  await browser?.close();
  server?.kill('SIGTERM');
  rmSync(work, { recursive: true, force: true });
});

const textOf = async (path: string) => (await fetch(`${origin}${path}`)).text();

describe('npm run dev after an edit', () => {
  it('reloads the open story by itself and shows the new sentence', async () => {
    expect(await page.locator('h1').innerText()).toBe('Arden and Brook meet at the harbour summit');
    writeFileSync(story, `${readFileSync(story, 'utf8').trimEnd()}\n\nThe envoys toured the harbour on Saturday.\n`);
    await expect.poll(() => page.locator('.story-body').innerText(), { timeout: 20_000 }).toContain('The envoys toured the harbour on Saturday.');
    // Through the same Markdown plugins as a build: "on Saturday", in the past tense of a story of
    // Friday 20 February, is marked up as the Saturday before.
    expect(await page.locator('.story-body time[datetime="2026-02-14"]').count()).toBe(1);
  });

  it('shows a retitled event on the story, its actor’s page and its day’s page', async () => {
    writeFileSync(story, readFileSync(story, 'utf8').replace('Arden and Brook open the summit.', 'Arden and Brook open the harbour summit at dawn.'));
    for (const path of ['/articles/2026-02-20-summit/', '/actors/anna-arden/', '/dates/2026/02/20/']) {
      await expect.poll(() => textOf(path), { timeout: 20_000 }).toContain('Arden and Brook open the harbour summit at dawn.');
    }
    await expect.poll(() => page.locator('.story-aside').innerText(), { timeout: 20_000 }).toContain('open the harbour summit at dawn');
  });
});


describe('npm run dev and files outside the project', () => {
  const ask = (path: string) => fetch(`http://127.0.0.1:${PORT}${path}`);

  it('will not open a file outside the project in the editor', async () => {
    for (const file of ['/etc/passwd', '../../../../etc/passwd', '/etc/passwd:1:1']) {
      const response = await ask(`/__open-in-editor?file=${encodeURIComponent(file)}`);
      expect(response.status, file).toBe(403);
      expect(await response.text()).toContain('opens only files of the project');
    }
  });

  it('serves a story’s picture where the build publishes it, and nothing else of the content folder', async () => {
    const picture = await ask('/media/articles/pictures/fleet%20at%20the%20quay.png');
    expect(picture.status).toBe(200);
    expect(picture.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await picture.arrayBuffer())).toEqual(readFileSync(join(content, 'articles/pictures/fleet at the quay.png')));
    expect(await textOf('/articles/2026-03-02-fleet-returns/')).toContain('src="/media/articles/pictures/fleet%20at%20the%20quay.png"');
    for (const path of ['/media/articles/2026-02-20-summit.md', '/media/%2e%2e/%2e%2e/%2e%2e/etc/passwd', '/media/articles/pictures/missing.png']) {
      const response = await ask(path);
      expect(response.status, path).toBe(404);
      expect(await response.text()).not.toContain('root:');
    }
  });

  it('will not serve a file outside the project through a link in public/', async () => {
    // Named so that git ignores it, should the test be cut short.
    const link = resolve('public/outside.test-link');
    rmSync(link, { force: true });
    symlinkSync('/etc/passwd', link);
    try {
      const response = await ask('/outside.test-link');
      expect(response.status).toBeGreaterThanOrEqual(400);
      expect(await response.text()).not.toContain('root:');
    } finally {
      rmSync(link, { force: true });
    }
  });
});
