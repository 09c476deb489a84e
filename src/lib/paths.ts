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
  const actor = remembered((id) => to('actors', id));
  const day = remembered((iso) => to('dates', ...iso.split('-')));
  return {
    home: () => to(),
    article: remembered((id) => to('articles', id)),
    timeline: () => to('timeline'),
    actors: () => to('actors'),
    actor,
    locations: () => to('locations'),
    location: remembered((id) => to('locations', id)),
    dates: () => to('dates'),
    date: (date) => day(date.iso),
    search: () => to('search'),
    feed: () => `${root}rss.xml`,
    actorFeed: (id) => `${actor(id)}rss.xml`,
  };
}

/**
 * A URL builder that remembers what it built: every page links to dozens of actors, places and
 * days, and encoding the same ids again was a visible cost in a profile of a 5,000-story build.
 */
function remembered(build: (key: string) => string): (key: string) => string {
  const built = new Map<string, string>();
  return (key) => {
    let url = built.get(key);
    if (url === undefined) built.set(key, (url = build(key)));
    return url;
  };
}
