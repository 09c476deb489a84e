/**
 * The one place that reads the content collections. Each collection is read once per build and the
 * indexes are memoised, so pages cost O(their own content), not O(all content) each.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { buildSiteIndex, type SiteIndex } from '../lib/site-index';
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

/**
 * In `astro dev` content changes while the server runs, so the index is rebuilt per request there;
 * a build reads the content once.
 */
export function getSite(): Promise<Site> {
  if (import.meta.env.DEV) return load();
  cached ??= load();
  return cached;
}
