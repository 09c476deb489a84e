/** RSS items for @astrojs/rss: newest first, with the actors as categories. */
import type { SitePaths } from './paths';
import type { ArticleRecord } from './site-index';

export interface FeedItem {
  title: string;
  link: string;
  pubDate: Date;
  description?: string;
  categories: string[];
}

/**
 * Items a feed carries: its newest stories. A feed reader polls for what is new, and an actor in the
 * news for years would otherwise make a feed of megabytes.
 */
export const FEED_ITEMS = 50;

/** The newest `FEED_ITEMS` of `articles` (which come newest first) as feed items. */
export function feedItems(articles: readonly ArticleRecord[], paths: SitePaths): FeedItem[] {
  return articles.slice(0, FEED_ITEMS).map((article) => ({
    title: article.summary.title,
    link: paths.article(article.entry.id),
    pubDate: new Date(article.summary.published.epochMs),
    ...(article.summary.summary ? { description: article.summary.summary } : {}),
    categories: article.allActors.map((actor) => actor.data.name),
  }));
}
