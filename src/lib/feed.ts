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

export function feedItems(articles: readonly ArticleRecord[], paths: SitePaths): FeedItem[] {
  return articles.map((article) => ({
    title: article.summary.title,
    link: paths.article(article.entry.id),
    pubDate: new Date(article.summary.published.epochMs),
    ...(article.summary.summary ? { description: article.summary.summary } : {}),
    categories: article.allActors.map((actor) => actor.data.name),
  }));
}
