/**
 * One build of the site: content → pages → files. The same steps for a cold build and for an
 * incremental one, so that both write the same bytes:
 *
 *   code version ─▶ renderer (astro build, only when the code changed)
 *   content/ ─▶ content store (reads changed files; lint, Markdown) ─▶ stories' records
 *   records ─▶ search plan: each month whose story pages' search records changed, indexed afresh
 *   records ─▶ site index ─▶ page list ─▶ digest of each page's props
 *           ─▶ render the pages whose digest changed ─▶ sitemap, data files
 *
 * A cold build (or one with no trustworthy record of the output) renders everything into a fresh
 * folder and swaps it in; an incremental one rewrites changed files in place, each atomically. The
 * record of what the output holds is kept in the cache and marked unfinished while files change, so
 * a build cut short is followed by a full one. Content errors stop the build before anything is
 * written.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { SitePage } from '../lib/site-pages.ts';
import { contentFolderName } from '../node/content-listing.ts';
import { codeVersion } from './code-version.ts';
import { contentStateCache } from './content-state.ts';
import { listFiles, making, removeFile, swapInto, writeFileAtomic } from './output.ts';
import { loadRenderer, type Renderer } from './renderer.ts';
import { closeSearch, removePeriodIndex, writePeriodIndex, type SearchPage } from './search.ts';

export interface PublishOptions {
  readonly root: string;
  readonly contentDir: string;
  readonly outDir: string;
  readonly cacheDir: string;
  /** Read no cache: build the renderer, read every file, render every page. */
  readonly cold?: boolean;
}

export interface PublishResult {
  readonly ok: boolean;
  /** Content errors, formatted as `npm run check` prints them. */
  readonly errors: readonly string[];
  readonly pages: number;
  readonly rendered: number;
  readonly searchPeriods: number;
  readonly searchReindexed: number;
  /** Whether the whole site was written afresh (cold, or no record of the output to trust). */
  readonly full: boolean;
  /** Files the content listing skipped (`x.MD`, hidden files), formatted as `npm run check` prints them. */
  readonly warnings: readonly string[];
  /** Content files read anew, and gone, since the last build. */
  readonly changed: readonly string[];
  readonly removed: readonly string[];
  /** Where the time went: milliseconds per step, in the order the steps ran. */
  readonly timings: Record<string, number>;
}

/** What the cache records of a built output folder. */
interface OutputRecord {
  readonly version: string;
  readonly outDir: string;
  /** False while files are being changed: such an output is rebuilt in full. */
  readonly complete: boolean;
  /** Digest of what each file was made from, by its path in the output. */
  readonly files: Record<string, string>;
  /** Digest of each search index's story pages, by period. */
  readonly search: Record<string, string>;
  /** Digest of what the search index reads of each story page (its record), by its path in the output. */
  readonly searched: Record<string, string>;
  /** The content it was built from (the content store's digest), and how many pages it has. */
  readonly content: string;
  readonly pages: number;
}

/** A story page's thread, where only what the search index reads of the page matters. */
const NO_THREAD = { earlier: [], later: [] };

const sha = (text: string) => createHash('sha256').update(text).digest('hex');

/**
 * A publisher keeps the renderer and the content store between builds (`--watch`); a one-off
 * build makes one and calls `publish()` once.
 */
export function createPublisher(options: PublishOptions) {
  const root = resolve(options.root);
  const outDir = resolve(root, options.outDir);
  const cacheDir = resolve(root, options.cacheDir);
  const recordFile = join(cacheDir, 'outputs', `${sha(outDir).slice(0, 16)}.json`);
  const contentState = contentStateCache(cacheDir);
  let cold = options.cold ?? false;
  let renderer: Renderer | undefined;
  let version: string | undefined;
  let store: ReturnType<Renderer['createContentStore']> | undefined;
  // Kept with the store, while the code is the same: records of unchanged stories, the digest of
  // every object still in use and the last site index (whose unchanged actor profiles are kept,
  // and whose story threads let an edited story's page go out first) are found by the next update.
  let records: ReturnType<Renderer['rememberArticleRecords']> | undefined;
  let digest: ReturnType<Renderer['createDigester']> | undefined;
  let lastSite: ReturnType<Renderer['buildSiteIndex']> | undefined;

  function readJson<T>(file: string): T | undefined {
    try {
      return JSON.parse(readFileSync(file, 'utf8')) as T;
    } catch {
      return undefined;
    }
  }

  function saveRecord(record: OutputRecord): void {
    writeFileAtomic(recordFile, JSON.stringify(record));
  }

  /**
   * @param touched paths relative to the content folder that a watcher saw change since the last
   *   publish; without them every content file is looked at.
   * @param warm more updates will follow (`--watch`): even when nothing changed, load the Markdown
   *   pipeline and build the site index and the digests, so that the first edit finds them made.
   */
  async function publish({ touched, warm = false }: { touched?: readonly string[]; warm?: boolean } = {}): Promise<PublishResult> {
    const timings: Record<string, number> = {};
    let last = performance.now();
    const step = (name: string) => {
      const now = performance.now();
      timings[name] = Math.round(now - last);
      last = now;
    };
    const current = codeVersion(root);
    if (!renderer || current !== version) {
      renderer = await loadRenderer({ root, cacheDir, version: current, rebuild: cold });
      const state = cold ? undefined : contentState.read(current);
      // Rendered bodies belong to the code that rendered them: another version's are of no use.
      const bodiesDir = join(cacheDir, 'bodies');
      for (const other of existsSync(bodiesDir) ? readdirSync(bodiesDir) : []) if (cold || other !== current) rmSync(join(bodiesDir, other), { recursive: true, force: true });
      const bodies = renderer.bodiesInFolder(join(bodiesDir, current));
      store = renderer.createContentStore({ contentDir: options.contentDir, base: renderer.base, root, state, bodies });
      records = renderer.rememberArticleRecords(store.digests);
      digest = undefined;
      lastSite = undefined;
      version = current;
    }
    step('renderer');
    const { app } = renderer;
    const snapshot = await store!.sync(touched, { warm });
    step('content');
    // What the store read is kept for the next build; after the site is written, so that the
    // pages are not kept waiting for it.
    const saveContent = () => {
      if (contentState.save(current, store!)) step('content cache');
    };
    const done = { changed: snapshot.changed, removed: snapshot.removed, warnings: snapshot.warnings.map(renderer.formatDiagnostic), timings };
    if (snapshot.errors.length > 0) {
      saveContent();
      return { ok: false, errors: snapshot.errors.map(renderer.formatDiagnostic), pages: 0, rendered: 0, searchPeriods: 0, searchReindexed: 0, full: false, ...done };
    }

    const previous = cold ? undefined : readJson<OutputRecord>(recordFile);
    const trusted = previous?.complete && previous.version === current && previous.outDir === outDir && existsSync(outDir) ? previous : undefined;
    // The same code and the same content make the same site: the one already there.
    if (trusted?.content === snapshot.digest && !warm) {
      saveContent();
      return { ok: true, errors: [], pages: trusted.pages, rendered: 0, searchPeriods: Object.keys(trusted.search).length, searchReindexed: 0, full: false, ...done };
    }
    const input = snapshot.input!;
    const digestOf = (digest ??= renderer.createDigester(snapshot.digests));
    // A page's props are remembered only when an update follows: most are then the very objects
    // of the last one (src/lib/site-pages.ts keeps them), found without walking them again.
    const remember = lastSite !== undefined;
    const pageDigest = (page: SitePage) => digestOf({ route: page.route, path: page.path, props: digestOf(page.props, !remember) }, true);
    const full = !trusted;
    const target = full ? `${outDir}.building-${process.pid}` : outDir;
    const made = full ? making(target) : undefined;
    const files: Record<string, string> = {};
    /** The story pages this build has written. */
    const written = new Set<string>();
    let indexing: Promise<void> = Promise.resolve();

    try {
      if (full) {
        rmSync(target, { recursive: true, force: true });
        cpSync(renderer.clientDir, target, { recursive: true });
        for (const file of listFiles(renderer.clientDir)) files[file] = `code:${current}`;
      } else {
        saveRecord({ ...trusted, complete: false });
        for (const [file, made] of Object.entries(trusted.files)) if (made === `code:${current}`) files[file] = made;
      }
      const write = (file: string, data: string | Uint8Array) => (full ? writeFile(join(target, file), data) : writeFileAtomic(join(target, file), data));
      const renderAll = (list: readonly SitePage[]) =>
        eachLimited(list, 8, async (page) => {
          // A data file is the text its function makes: through the app it would only be encoded
          // into a response and decoded again, some 60 MB on every update at 5,000 stories.
          const body = page.route === 'dataFile' ? renderer!.dataFileText((page as SitePage<'dataFile'>).props).text : await renderPage(app, renderer!.site, renderer!.base, page);
          write(page.file, body);
          if (page.route === 'article') written.add(page.file);
        });

      // Under --watch, the edited stories' own pages first. A story's page depends on the story,
      // the actors and places it names and its thread, which an edit of its text leaves as it was
      // in the last update: so it is on disk before the site index is built (seconds, at a
      // newsroom's size). The pass over every page below finds it done, or, when the thread did
      // change, renders it again.
      const early = new Map<string, string>();
      if (!full && lastSite && snapshot.changed.length > 0) {
        const changed = new Set(snapshot.changed);
        const actors = new Map(input.actors.map((entry) => [entry.id, entry]));
        const places = new Map(input.locations.map((entry) => [entry.id, entry]));
        const threads = lastSite.threads;
        const edited = input.articles
          .filter((entry) => changed.has(entry.filePath!))
          .map((entry) =>
            renderer!.articlePage(records!(entry, (id) => actors.get(id)!, (id) => places.get(id)!), threads.get(entry.id) ?? { earlier: [], later: [] }),
          );
        for (const page of edited) early.set(page.file, pageDigest(page));
        await renderAll(edited);
        step('edited story pages');
      }

      // The pictures stories show from the content folder, copied as they are.
      for (const [file, image] of snapshot.media ?? []) {
        files[file] = `media:${image.stamp}`;
        if (trusted?.files[file] !== files[file]) write(file, readFileSync(join(root, image.file)));
      }

      // Search: one index per month of publication; a month is indexed again when what it indexes
      // of one of its story pages changed. What Pagefind indexes of a story page comes from its
      // record alone (its thread is in the aside, which it ignores), so the plan needs the records
      // and not the rest of the index. A one-off incremental build plans and starts it before
      // building the rest (a second or two at a newsroom's size), so that the two go on side by
      // side: a page whose record changed is rendered for it with an empty thread (and again,
      // whole, below), the others are read as they are on disk. A full build indexes the pages
      // once it has rendered them, and under --watch the search waits for the pages, which are
      // what an editor looks at first.
      const periods = new Map<string, SitePage<'article'>[]>();
      const searched: Record<string, string> = {};
      const search: Record<string, string> = {};
      const reindex: [string, SitePage<'article'>[]][] = [];
      const searchPage = async (page: SitePage<'article'>): Promise<SearchPage> => {
        const url = `/${page.path}`;
        const onDisk = written.has(page.file) || trusted?.searched?.[page.file] === searched[page.file];
        return onDisk ? { url, file: join(target, page.file) } : { url, html: await renderPage(app, renderer!.site, renderer!.base, page) };
      };
      let planned = false;
      const startSearch = async (storyPages: readonly SitePage<'article'>[]) => {
        planned = true;
        for (const page of storyPages) {
          const record = page.props.article;
          searched[page.file] = digestOf(record);
          const period = renderer!.searchPeriod(record.summary);
          const members = periods.get(period);
          if (members) members.push(page);
          else periods.set(period, [page]);
        }
        for (const [period, members] of periods) {
          search[period] = sha(members.map((page) => `${page.file}=${searched[page.file]}`).join('\n'));
          if (trusted?.search[period] !== search[period]) reindex.push([period, members]);
        }
        const jobs = await Promise.all(reindex.map(async ([period, members]) => [period, await Promise.all(members.map(searchPage))] as const));
        // Two months at a time, on a thread of their own (src/publish/search.ts).
        indexing = eachLimited(jobs, 2, ([period, pages]) => writePeriodIndex(target, period, pages, { inPlace: !full }).then(() => {}));
        // Settled here and awaited below, so that a failure is reported once, after the pages.
        indexing.catch(() => {});
      };
      const articles = !full && !lastSite ? renderer.articleRecords(input, records) : undefined;
      if (articles) {
        await startSearch(articles.map((record) => renderer!.articlePage(record, NO_THREAD)));
        step('search started');
      }

      const site = renderer.buildSiteIndex(input, contentFolderName(options.contentDir), records, lastSite, { referencesChecked: true, articles });
      lastSite = site;
      const pages = renderer.sitePages(site);
      step('site index');
      // Pages: those whose props changed are rendered, story pages first, so that Pagefind (a
      // process of its own) can index them while the other pages render.
      const isStale = (page: SitePage) => {
        const made = pageDigest(page);
        files[page.file] = made;
        return (early.get(page.file) ?? trusted?.files[page.file]) !== made;
      };
      // The data files' props are the whole site (some 60 ms to digest at 5,000 stories): they are
      // judged after the pages and feeds are written, when their turn comes.
      const stale = pages.filter((page) => page.route !== 'dataFile' && isStale(page));
      step('digests');
      await renderAll(stale.filter((page) => page.route === 'article'));
      step('story pages');

      if (!planned) await startSearch(pages.filter((page): page is SitePage<'article'> => page.route === 'article'));

      await renderAll(stale.filter((page) => page.route !== 'article' && page.route !== 'dataFile'));
      step('other pages');

      // The sitemap: every page but the 404 and the feeds; made again only when that list changed.
      const siteRoot = new URL(renderer.base, renderer.site).href;
      const urls = pages.filter((page) => page.file.endsWith('.html') && page.route !== 'notFound').map((page) => new URL(page.path, siteRoot).href);
      const listed = `sitemap:${sha(urls.join('\n'))}`;
      const sitemaps = trusted?.files['sitemap-index.xml'] === listed ? Object.keys(trusted.files).filter((file) => trusted.files[file] === listed) : undefined;
      if (sitemaps) {
        for (const file of sitemaps) files[file] = listed;
      } else {
        // Loaded only here: the sitemap library is a good part of what every build would otherwise load before its first step.
        const { sitemapFiles } = await import('./sitemap.ts');
        for (const [file, xml] of await sitemapFiles(urls, siteRoot)) {
          files[file] = listed;
          write(file, xml);
        }
      }
      step('sitemap');
      // The data files last, beside the search index: they hold every story, so an update
      // writes some 60 MB of them at 5,000 stories, and the pages and feeds should not wait.
      const staleData = pages.filter((page) => page.route === 'dataFile' && isStale(page));
      await renderAll(staleData);
      step('data files');
      await indexing;
      step('search (what outlasts the pages)');
      const searchReindexed = reindex.length;

      if (full) {
        swapInto(target, outDir);
      } else {
        for (const file of Object.keys(trusted.files)) if (!(file in files)) removeFile(outDir, file);
        for (const period of Object.keys(trusted.search)) if (!(period in search)) removePeriodIndex(outDir, period);
      }
      saveRecord({ version: current, outDir, complete: true, files, search, searched, content: snapshot.digest, pages: pages.length });
      step('swap and record');
      saveContent();
      cold = false;
      return { ok: true, errors: [], pages: pages.length, rendered: early.size + stale.length + staleData.length, searchPeriods: periods.size, searchReindexed, full, ...done };
    } catch (error) {
      // Pagefind may still be writing a month's index: the site is left only once it is done.
      await indexing.catch(() => {});
      if (full) rmSync(target, { recursive: true, force: true });
      throw error;
    } finally {
      made?.done();
    }
  }

  return { publish, close: closeSearch };
}

function writeFile(path: string, data: string | Uint8Array): void {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, data);
}

/** The page's bytes as the renderer makes them, with the Content Security Policy in a <meta> tag. */
async function renderPage(app: Renderer['app'], site: string, base: string, page: SitePage): Promise<string> {
  const request = new Request(new URL(`${base}${page.path}`, site));
  const response = await app.render(request, { locals: { dateline: page } });
  const expected = page.route === 'notFound' ? 404 : 200;
  const body = await response.text();
  if (response.status !== expected && !(page.route === 'notFound' && response.status === 200)) {
    throw new Error(`rendering /${page.path} gave HTTP ${response.status}:\n${body.slice(0, 2000)}`);
  }
  const policy = response.headers.get('content-security-policy');
  if (!policy || !response.headers.get('content-type')?.startsWith('text/html')) return body;
  // A static host sends no headers of ours: the policy goes in <head> after the charset, before
  // anything it governs.
  const meta = `<meta http-equiv="content-security-policy" content="${policy.replaceAll('&', '&amp;').replaceAll('"', '&quot;')}">`;
  return body.replace(/<head>(<meta charset="utf-8">)?/, (head) => `${head}${meta}`);
}

async function eachLimited<T>(items: readonly T[], limit: number, run: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await run(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
