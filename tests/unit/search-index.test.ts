/** The search index reads the story pages itself, and can tell a page still being written. */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isWholePage, readStoryPages, writeSearchIndex } from '../../src/node/search-index';

const site = mkdtempSync(join(tmpdir(), 'dateline-search-'));
afterAll(() => rmSync(site, { recursive: true, force: true }));

const story = (title: string, body: string) =>
  `<!doctype html><html lang="en"><head><title>${title}</title></head><body><main data-pagefind-body><h1>${title}</h1><p>${body}</p></main></body></html>`;
function write(path: string, html: string): void {
  mkdirSync(join(site, path, '..'), { recursive: true });
  writeFileSync(join(site, path), html);
}
write('articles/b-second/index.html', story('Talks in Muscat', 'Araghchi and Witkoff met in Muscat.'));
write('articles/a-first/index.html', story('A call from Moscow', 'Lavrov called Araghchi on Friday.'));
write('articles/rss.xml', '<rss/>'); // not a story page
mkdirSync(join(site, 'articles/c-not-written-yet'), { recursive: true });
write('dates/2026/index.html', story('2026', 'Not a story.'));

describe('readStoryPages', () => {
  it('reads every articles/<slug>/index.html, in the order of their paths, and nothing else', async () => {
    const pages = await readStoryPages(site);
    expect(pages.map((page) => page.sourcePath)).toEqual(['articles/a-first/index.html', 'articles/b-second/index.html']);
    expect(pages[0]!.content).toContain('Lavrov called Araghchi');
  });

  it('finds no pages in a site with no stories yet', async () => {
    expect(await readStoryPages(join(site, 'missing'))).toEqual([]);
  });
});

describe('isWholePage', () => {
  it('tells a finished page from one cut off while Astro was writing it', () => {
    const html = story('A call from Moscow', 'Lavrov called Araghchi on Friday.');
    expect(isWholePage({ sourcePath: 'articles/a/index.html', content: html })).toBe(true);
    expect(isWholePage({ sourcePath: 'articles/a/index.html', content: `${html}\n` })).toBe(true);
    expect(isWholePage({ sourcePath: 'articles/a/index.html', content: html.slice(0, 60) })).toBe(false);
    expect(isWholePage({ sourcePath: 'articles/a/index.html', content: '' })).toBe(false);
  });
});

describe('writeSearchIndex', () => {
  it('indexes the pages given and writes Pagefind beside them', async () => {
    const out = join(site, 'pagefind');
    expect(await writeSearchIndex(site, await readStoryPages(site), out)).toBe(2);
    expect(JSON.parse(readFileSync(join(out, 'pagefind-entry.json'), 'utf8')).languages.en.page_count).toBe(2);
    expect(existsSync(join(out, 'pagefind.js'))).toBe(true);
  });
});
