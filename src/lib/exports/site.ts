import type { ArticleEntry } from '../model';
import type { ArticleRecord, SiteIndex } from '../site-index';

/**
 * What the exports read of a story: its record without its body. A page's props are what decides
 * whether it is written again, so an edit of a story's text alone leaves the data files as they are.
 */
export type ExportArticle = Pick<ArticleRecord, 'summary' | 'actors' | 'allActors' | 'locations' | 'timeline'> & {
  readonly entry: Pick<ArticleEntry, 'id' | 'data'>;
};

/** What the exports read of the site index: the stories, the merged timeline and the entries. */
export interface ExportSite extends Pick<SiteIndex, 'timeline' | 'actors' | 'locations'> {
  /** Newest first. */
  readonly articles: readonly ExportArticle[];
  readonly articlesById: ReadonlyMap<string, ExportArticle>;
}

/** Kept with each record, which outlives an update when its story is unchanged: so are its digests. */
const exported = new WeakMap<ArticleRecord, ExportArticle>();

export function exportArticle(record: ArticleRecord): ExportArticle {
  let article = exported.get(record);
  if (!article) {
    const { summary, actors, allActors, locations, timeline, entry } = record;
    article = { summary, actors, allActors, locations, timeline, entry: { id: entry.id, data: entry.data } };
    exported.set(record, article);
  }
  return article;
}

export function exportSite(site: SiteIndex): ExportSite {
  const articles = site.articles.map(exportArticle);
  return { articles, articlesById: new Map(articles.map((article) => [article.entry.id, article])), timeline: site.timeline, actors: site.actors, locations: site.locations };
}
