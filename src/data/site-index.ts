/**
 * The one place that reads the content collections. Each collection is read once per build and the
 * indexes are memoised, so pages cost O(their own content), not O(all content) each.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { buildSiteIndex, type SiteIndex } from '../lib/site-index';
import { actorSchema } from '../schemas/actor';
import { articleSchema } from '../schemas/article';
import { locationSchema } from '../schemas/location';
import { contentDir } from '../site-config';

export type ArticleCollectionEntry = CollectionEntry<'articles'>;
export type Site = SiteIndex<ArticleCollectionEntry>;

let cached: Promise<Site> | undefined;

async function load(): Promise<Site> {
  const [articles, actors, locations] = await Promise.all([
    getCollection('articles'),
    getCollection('actors'),
    getCollection('locations'),
  ]);
  return buildSiteIndex({ articles, actors, locations }, contentDir.replace(/^\.\//, ''));
}

type FreshEntries = ReturnType<typeof import('./fresh-entries').createFreshEntries>;
/**
 * Kept on the process, not the module: the dev server evaluates this module again whenever content
 * changes, and the reader must remember which files it saw before they changed.
 */
const FRESH = Symbol.for('dateline.freshEntries');
const devState = globalThis as { [FRESH]?: FreshEntries };

/**
 * `astro dev`: the collections with every entry whose file changed read again from disk. Imported
 * on demand, so a build's pages never carry the Markdown processor.
 */
async function loadFresh(): Promise<Site> {
  if (!devState[FRESH]) {
    const { createFreshEntries } = await import('./fresh-entries');
    devState[FRESH] = createFreshEntries({ base: import.meta.env.BASE_URL, contentDir });
  }
  const fresh = devState[FRESH];
  const [articles, actors, locations] = await Promise.all([
    getCollection('articles').then((entries) => fresh(entries, articleSchema)),
    getCollection('actors').then((entries) => fresh(entries, actorSchema)),
    getCollection('locations').then((entries) => fresh(entries, locationSchema)),
  ]);
  return buildSiteIndex({ articles, actors, locations }, contentDir.replace(/^\.\//, ''));
}

/**
 * In `astro dev` content changes while the server runs, so the index is rebuilt per request there,
 * from files as they are now (see fresh-entries.ts); a build reads the content once.
 */
export function getSite(): Promise<Site> {
  if (import.meta.env.DEV) return loadFresh();
  cached ??= load();
  return cached;
}

/**
 * A dynamic page's props, current. A build passes them from getStaticPaths; `astro dev` keeps what
 * getStaticPaths returned until its data store reloads, seconds after a save, so there the page
 * looks them up again (by its params) in the index of the files as they are now.
 */
export async function currentProps<P>(props: P, lookUp: (site: Site) => P | undefined): Promise<P> {
  if (!import.meta.env.DEV) return props;
  return lookUp(await getSite()) ?? props;
}
