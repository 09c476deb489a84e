/**
 * The only place URLs are built. Every URL ends in a slash (Astro's `trailingSlash: 'always'`) and
 * starts with the site's `base`, so the whole site can live under a sub-path such as `/news/`.
 */
import type { PartialDate } from './partial-date';
import { remembered } from './remembered';

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
  upcoming(): string;
  /** The expected events as an iCalendar feed. */
  upcomingCalendar(): string;
  /** A file of the site's data out (`stories.json`, `events.csv`, …). */
  data(file: string): string;
  /** One story's timeline in TimelineJS's format. */
  storyTimeline(id: string): string;
  /** A file published as it is, such as a story's picture (`media/articles/photo.jpg`). */
  file(path: string): string;
}

/** @example createPaths('/news/').actor('sergey-lavrov') // '/news/actors/sergey-lavrov/' */
export function createPaths(base: string): SitePaths {
  const root = base.endsWith('/') ? base : `${base}/`;
  const to = (...segments: string[]) => `${root}${segments.map(encodeURIComponent).join('/')}${segments.length ? '/' : ''}`;
  const actor = remembered((id: string) => to('actors', id));
  const day = remembered((iso: string) => to('dates', ...iso.split('-')));
  return {
    home: () => to(),
    article: remembered((id: string) => to('articles', id)),
    timeline: () => to('timeline'),
    actors: () => to('actors'),
    actor,
    locations: () => to('locations'),
    location: remembered((id: string) => to('locations', id)),
    dates: () => to('dates'),
    date: (date) => day(date.iso),
    search: () => to('search'),
    feed: () => `${root}rss.xml`,
    actorFeed: (id) => `${actor(id)}rss.xml`,
    upcoming: () => to('upcoming'),
    upcomingCalendar: () => `${root}upcoming.ics`,
    data: (file) => `${root}data/${file}`,
    storyTimeline: (id) => `${root}data/timelines/${encodeURIComponent(id)}.json`,
    file: (path) => `${root}${path.split('/').map(encodeURIComponent).join('/')}`,
  };
}
