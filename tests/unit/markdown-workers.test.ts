/**
 * The build renders stories in worker processes (src/node/markdown-workers.ts): what they return
 * must be exactly what Astro's own thread renders, and a story that fails must fail the same way.
 */
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { storyMarkdown, storyMarkdownOptions } from '../../src/markdown';
import { onWorkerProcesses } from '../../src/node/markdown-workers';

const folders = ['content', 'tests/fixtures/site/content', 'tests/fixtures/xss/content'];
const stories = folders.flatMap((dir) =>
  readdirSync(join(dir, 'articles'))
    .filter((file) => file.endsWith('.md'))
    .map((file) => ({ dir, path: join(dir, 'articles', file) })),
);
const shared = { syntaxHighlight: false as const };

function processors(contentDir: string) {
  const site = { contentDir, base: '/news/' };
  const here = storyMarkdown(storyMarkdownOptions(site)).processor;
  // inline: 0 sends every story to a worker.
  return { here, threaded: onWorkerProcesses(here, { workers: 2, site, inline: 0, idleMs: 20 }) };
}

async function renderBoth(dir: string, path: string) {
  const { here, threaded } = processors(dir);
  const { frontmatter, content } = parseFrontmatter(readFileSync(path, 'utf8'));
  const options = { frontmatter, fileURL: pathToFileURL(path) };
  const [a, b] = await Promise.all([(await here.createRenderer(shared)).render(content, options), (await threaded.createRenderer(shared)).render(content, options)]);
  return { here: a, threaded: b };
}

describe('Markdown in worker processes', () => {
  afterAll(() => new Promise((done) => setTimeout(done, 50))); // idle workers stop

  it.each(stories)('renders $path exactly as Astro’s thread does', async ({ dir, path }) => {
    const { here, threaded } = await renderBoth(dir, path);
    expect(threaded).toEqual(here);
    expect(threaded.code).toMatch(/<time datetime="\d{4}/); // the plugins ran in the worker
  });

  it('renders many stories at once, for several renderers', async () => {
    const { here, threaded } = processors('content');
    const [a, b] = [await threaded.createRenderer(shared), await threaded.createRenderer(shared)];
    const local = await here.createRenderer(shared);
    const { frontmatter, content } = parseFrontmatter(readFileSync(stories[0]!.path, 'utf8'));
    const results = await Promise.all(Array.from({ length: 12 }, (_, i) => (i % 2 ? a : b).render(content, { frontmatter })));
    const expected = await local.render(content, { frontmatter });
    for (const result of results) expect(result.code).toBe(expected.code);
  });

  it('keeps the processor’s name and options, so the content cache survives a change of thread count', () => {
    const { here, threaded } = processors('content');
    expect(threaded.name).toBe('unified');
    expect(threaded.options).toBe(here.options);
    expect(onWorkerProcesses(here, { workers: 0, site: { contentDir: 'content', base: '/' } })).toBe(here);
  });

  it('fails a story whose rendering throws, with the same reason, and renders the next one', async () => {
    const { here, threaded } = processors('content');
    const [local, renderer] = [await here.createRenderer(shared), await threaded.createRenderer(shared)];
    // unified's VFile accepts only file: URLs as a story's path.
    const bad = { frontmatter: { published: '2026-02-20' }, fileURL: new URL('https://example.org/story.md') };
    const reason = await local.render('Text.', bad).then(() => 'rendered', (error: Error) => error.message);
    expect(reason).toMatch(/file/);
    await expect(renderer.render('Text.', bad)).rejects.toThrow(reason);
    await expect(renderer.render('On Friday.', { frontmatter: { published: '2026-02-20' } })).resolves.toHaveProperty('code', expect.stringContaining('<time'));
  });
});
