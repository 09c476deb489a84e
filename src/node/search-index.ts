/**
 * The search index of a built site: Pagefind over the story pages, the only pages marked
 * `data-pagefind-body`. Reading just those files, not every archive, timeline and actor page it
 * would then skip, keeps Pagefind fast and small at newsroom scale.
 */
import { resolve } from 'node:path';

/** Pages Pagefind reads, relative to the built site (the base path is not part of `dist/`). */
export const SEARCHED_PAGES = 'articles/**/*.html';

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
