/**
 * The search index, one Pagefind index per month of publication (src/lib/search-periods.ts) in
 * `pagefind/<yyyy-mm>/`, each made from that month's story pages. Pagefind cannot update an index
 * it has written, so a month whose pages changed is indexed again from nothing, which is what makes
 * it identical to a cold build's.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { making, swapInto } from './output.ts';

/** Pagefind reads only the story pages (marked `data-pagefind-body`). */
export interface SearchPage {
  /** The page's URL path under the base: `/articles/x/`. */
  readonly url: string;
  readonly html: () => string;
}

type Pagefind = typeof import('pagefind');
let pagefind: Promise<Pagefind> | undefined;

/** Writes `<site>/pagefind/<period>/` for `pages`; returns how many pages it indexed. */
export async function writePeriodIndex(site: string, period: string, pages: readonly SearchPage[], { inPlace }: { inPlace: boolean }): Promise<number> {
  // Loaded on demand: a build with nothing to index never starts Pagefind's binary.
  const api = await (pagefind ??= import('pagefind'));
  const { index, errors } = await api.createIndex({ forceLanguage: 'en' });
  if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
  try {
    for (const page of pages) {
      const added = await index.addHTMLFile({ url: page.url, content: page.html() });
      if (added.errors.length) throw new Error(`Pagefind (${page.url}): ${added.errors.join('; ')}`);
    }
    const target = join(site, 'pagefind', period);
    const outputPath = inPlace ? `${target}.building-${process.pid}` : target;
    const made = inPlace ? making(outputPath) : undefined;
    try {
      const written = await index.writeFiles({ outputPath });
      if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
      if (inPlace) swapInto(outputPath, target);
    } finally {
      made?.done();
    }
    return pages.length;
  } finally {
    await index.deleteIndex();
  }
}

export function removePeriodIndex(site: string, period: string): void {
  rmSync(join(site, 'pagefind', period), { recursive: true, force: true });
}

export async function closeSearch(): Promise<void> {
  if (pagefind) await (await pagefind).close();
  pagefind = undefined;
}
