/**
 * The search index of a built site: Pagefind over the story pages, the only pages marked
 * `data-pagefind-body`. Reading just those files, not every archive, timeline and actor page it
 * would then skip, keeps Pagefind fast and small at newsroom scale.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';

/** A story page as Pagefind takes it: its path in the built site and its HTML. */
export interface StoryPage {
  readonly sourcePath: string;
  readonly content: string;
}

/**
 * The story pages of a built site (`articles/<slug>/index.html`; the base path is not part of
 * `dist/`), in the order of their paths. Pagefind is given their HTML rather than the folder, so
 * `npm run build` can index them while Astro still renders the archive pages (see isWholePage).
 */
export async function readStoryPages(site: string): Promise<StoryPage[]> {
  const slugs = (await readdir(join(site, 'articles'), { withFileTypes: true }).catch(() => []))
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  const pages = await Promise.all(
    slugs.map(async (slug) => {
      const sourcePath = `articles/${slug}/index.html`;
      const content = await readFile(join(site, sourcePath), 'utf8').catch(() => undefined);
      return content === undefined ? [] : [{ sourcePath, content }];
    }),
  );
  return pages.flat();
}

/** Every page ends so; one that does not is still being written. */
export function isWholePage(page: StoryPage): boolean {
  return /<\/html>\s*$/.test(page.content);
}

/**
 * Writes the search index of the story pages (read by readStoryPages) to `<site>/pagefind/`, or
 * `outputPath`, and returns how many pages it indexed.
 * @throws {Error} with Pagefind's own messages when it cannot index.
 */
export async function writeSearchIndex(site: string, pages: readonly StoryPage[], outputPath = resolve(site, 'pagefind')): Promise<number> {
  // Loaded on demand: a build that fails before this step never starts Pagefind's binary.
  const pagefind = await import('pagefind');
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
    if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
    const added = await Promise.all(pages.map((page) => index.addHTMLFile(page)));
    const failed = added.flatMap((response) => response.errors);
    if (failed.length) throw new Error(`Pagefind: ${failed.join('; ')}`);
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
    return added.length;
  } finally {
    await pagefind.close();
  }
}
