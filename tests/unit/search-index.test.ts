/** The search index: Pagefind over the story pages, and a check that they are all written. */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { storyPagesWritten, writeSearchIndex } from '../../src/node/search-index';

const root = mkdtempSync(join(tmpdir(), 'dateline-search-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const story = (title: string, body: string) =>
  `<!doctype html><html lang="en"><head><title>${title}</title></head><body><main data-pagefind-body><h1>${title}</h1><p>${body}</p></main></body></html>`;
function write(site: string, path: string, html: string): void {
  mkdirSync(join(site, path, '..'), { recursive: true });
  writeFileSync(join(site, path), html);
}

describe('storyPagesWritten', () => {
  const site = join(root, 'building');
  const moscow = story('A call from Moscow', 'Lavrov called Araghchi on Friday.');
  write(site, 'articles/a-first/index.html', moscow);
  write(site, 'dates/2026/index.html', story('2026', 'Not a story.'));

  it('is true once every story page is on disk and ends as a page does', async () => {
    expect(await storyPagesWritten(site, 1)).toBe(true);
    expect(await storyPagesWritten(site, 2)).toBe(false);
  });

  it('is false while a page is still being written, or its folder is still empty', async () => {
    write(site, 'articles/b-second/index.html', moscow.slice(0, 80));
    expect(await storyPagesWritten(site, 2)).toBe(false);
    write(site, 'articles/b-second/index.html', `${moscow}\n`);
    expect(await storyPagesWritten(site, 2)).toBe(true);
    mkdirSync(join(site, 'articles/c-third'));
    expect(await storyPagesWritten(site, 3)).toBe(false);
  });

  it('is false for a site with no story pages yet', async () => {
    expect(await storyPagesWritten(join(root, 'missing'), 1)).toBe(false);
  });
});

describe('writeSearchIndex', () => {
  it('indexes the story pages only, and writes Pagefind beside them', async () => {
    const site = join(root, 'built');
    write(site, 'articles/a-first/index.html', story('A call from Moscow', 'Lavrov called Araghchi on Friday.'));
    write(site, 'articles/b-second/index.html', story('Talks in Muscat', 'Araghchi and Witkoff met in Muscat.'));
    write(site, 'dates/2026/index.html', story('2026', 'Not a story.'));
    expect(await writeSearchIndex(site)).toBe(2);
    const entry = JSON.parse(readFileSync(join(site, 'pagefind/pagefind-entry.json'), 'utf8'));
    expect(entry.languages.en.page_count).toBe(2);
    expect(existsSync(join(site, 'pagefind/pagefind.js'))).toBe(true);
  });
});
