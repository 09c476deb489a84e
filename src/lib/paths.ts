/**
 * The only place URLs are built. Every URL ends in a slash (Astro's `trailingSlash: 'always'`) and
 * starts with the site's `base`, so the whole site can live under a sub-path such as `/news/`.
 */
import type { PartialDate } from './partial-date';

export interface SitePaths {
  home(): string;
  article(id: string): string;
  timeline(): string;
  actors(): string;
  actor(id: string): string;
  locations(): string;
  location(id: string): string;
  dates(): string;
  date(date: PartialDate): string;
  search(): string;
  /** The site feed, and one per actor. */
  feed(): string;
  actorFeed(id: string): string;
}

/** @example createPaths('/news/').actor('sergey-lavrov') // '/news/actors/sergey-lavrov/' */
export function createPaths(base: string): SitePaths {
  const root = base.endsWith('/') ? base : `${base}/`;
  const to = (...segments: string[]) => `${root}${segments.map(encodeURIComponent).join('/')}${segments.length ? '/' : ''}`;
  return {
    home: () => to(),
    article: (id) => to('articles', id),
    timeline: () => to('timeline'),
    actors: () => to('actors'),
    actor: (id) => to('actors', id),
    locations: () => to('locations'),
    location: (id) => to('locations', id),
    dates: () => to('dates'),
    date: (date) => to('dates', ...date.iso.split('-')),
    search: () => to('search'),
    feed: () => `${root}rss.xml`,
    actorFeed: (id) => `${to('actors', id)}rss.xml`,
  };
}
