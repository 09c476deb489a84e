/**
 * `npm run dev`: the page list of the content as it is on disk now. Each request syncs the content
 * store (a stat per file; only saved files are read again), so a saved edit shows on the next
 * reload of any page, with the same data and the same errors as `npm run build`.
 */
import { buildSiteIndex, rememberArticleRecords, type ArticleRecordMaker } from '../lib/site-index';
import { formatDiagnostic } from '../lib/lint/lint-content';
import { sitePages, type SitePage } from '../lib/site-pages';
import { contentDir } from '../site-config';
import { createContentStore, type ContentStore } from './content-store';

interface DevSite {
  readonly store: ContentStore;
  /** Unchanged stories keep their records from one save to the next. */
  readonly records: ArticleRecordMaker;
  pages?: ReadonlyMap<string, SitePage>;
}

/** On the process, not the module: Vite evaluates this module again when code changes. */
const KEY = Symbol.for('dateline.devSite');
const state = globalThis as { [KEY]?: Promise<DevSite> | DevSite };

/** Every page by its path under the base (`actors/jd-vance/`). @throws {Error} listing the content's errors. */
export async function devPages(base: string): Promise<ReadonlyMap<string, SitePage>> {
  const dev = (state[KEY] ??= { store: createContentStore({ contentDir, base }), records: rememberArticleRecords() }) as DevSite;
  const snapshot = await dev.store.sync();
  if (snapshot.errors.length > 0) {
    dev.pages = undefined;
    throw new Error(`${snapshot.errors.length} content error(s):\n${snapshot.errors.map(formatDiagnostic).join('\n')}`);
  }
  if (!dev.pages || snapshot.changed.length > 0 || snapshot.removed.length > 0) {
    dev.pages = new Map(sitePages(buildSiteIndex(snapshot.input!, contentDir, dev.records, undefined, { referencesChecked: true })).map((page) => [page.path, page]));
  }
  return dev.pages;
}
