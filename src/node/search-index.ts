/**
 * The search index of a built site: Pagefind over the story pages, the only pages marked
 * `data-pagefind-body`. Reading just those files, not every archive, timeline and actor page it
 * would then skip, keeps Pagefind fast and small at newsroom scale.
 */
import { open, readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';

/** Pages Pagefind reads, relative to the built site (the base path is not part of `dist/`). */
export const SEARCHED_PAGES = 'articles/**/*.html';

/** How every page ends; Astro writes each page once, so a file that ends so is finished. */
const PAGE_END = '</html>';

/** Whether the file at `path` exists and ends with `</html>` (give or take a newline). */
async function isWholePage(path: string): Promise<boolean> {
  const file = await open(path).catch(() => undefined);
  if (!file) return false;
  try {
    const { size } = await file.stat();
    const tail = Buffer.alloc(Math.min(size, PAGE_END.length + 2));
    await file.read(tail, 0, tail.length, size - tail.length);
    return tail.toString('latin1').trimEnd().endsWith(PAGE_END);
  } finally {
    await file.close();
  }
}

/**
 * Whether all `expected` story pages (`articles/<slug>/index.html`) of a site still being built
 * are on disk and finished, so that Pagefind can index them while Astro renders the rest.
 */
export async function storyPagesWritten(site: string, expected: number): Promise<boolean> {
  const slugs = await readdir(join(site, 'articles')).catch(() => []);
  if (slugs.length < expected) return false;
  const whole = await Promise.all(slugs.map((slug) => isWholePage(join(site, 'articles', slug, 'index.html'))));
  return whole.filter(Boolean).length === expected;
}

/**
 * Writes `<site>/pagefind/` (or `outputPath`) and returns how many pages it indexed.
 * @throws {Error} with Pagefind's own messages when it cannot index.
 */
export async function writeSearchIndex(site: string, outputPath = resolve(site, 'pagefind')): Promise<number> {
  // Loaded on demand: a build that fails before this step never starts Pagefind's binary.
  const pagefind = await import('pagefind');
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
    if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: site, glob: SEARCHED_PAGES });
    if (added.errors.length) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
    return added.page_count;
  } finally {
    await pagefind.close();
  }
}
