/**
 * The search facets: every actor, place and publication year that some story has, with the number
 * of stories, as Pagefind filters them (see the `data-pagefind-filter` marks on article pages).
 */
import type { ArticleRecord } from './site-index';
import { compareNames } from './compare-names';

export interface Facet {
  readonly value: string;
  readonly count: number;
}

export interface SearchFacets {
  readonly actors: readonly Facet[];
  readonly locations: readonly Facet[];
  readonly years: readonly Facet[];
}

/** The filter values of one story: its actors, its places (dateline first) and its year. */
export function articleFilters(article: ArticleRecord): { actor: string[]; location: string[]; year: string[] } {
  return {
    actor: article.allActors.map((actor) => actor.data.name),
    location: [...new Set([article.summary.dateline.data.name, ...article.locations.map((l) => l.data.name)])],
    year: [String(article.summary.published.date.year)],
  };
}

/** Most common first, then alphabetical; years newest first. */
export function searchFacets(articles: readonly ArticleRecord[]): SearchFacets {
  const counts = { actor: new Map<string, number>(), location: new Map<string, number>(), year: new Map<string, number>() };
  for (const article of articles) {
    const filters = articleFilters(article);
    for (const key of ['actor', 'location', 'year'] as const) {
      for (const value of filters[key]) counts[key].set(value, (counts[key].get(value) ?? 0) + 1);
    }
  }
  const sorted = (map: Map<string, number>) =>
    [...map].map(([value, count]) => ({ value, count })).sort((a, b) => b.count - a.count || compareNames(a.value, b.value));
  return {
    actors: sorted(counts.actor),
    locations: sorted(counts.location),
    years: [...counts.year].map(([value, count]) => ({ value, count })).sort((a, b) => (a.value < b.value ? 1 : -1)),
  };
}
