/**
 * The search index is split by the month a story was published: editing a story re-indexes only
 * its month, and the search page merges every month's index in the reader's browser (Pagefind's
 * `mergeIndex`). Pagefind cannot update an index it has written (Pagefind/pagefind#71).
 */
import type { ArticleSummary } from './model';

/** `2026-02`: the index a story's search records live in. */
export function searchPeriod(article: Pick<ArticleSummary, 'published'>): string {
  return article.published.date.iso.slice(0, 7);
}

/** Every period that has a story, newest first: the first is the index the search page loads first. */
export function searchPeriods(articles: readonly Pick<ArticleSummary, 'published'>[]): string[] {
  return [...new Set(articles.map(searchPeriod))].sort().reverse();
}
