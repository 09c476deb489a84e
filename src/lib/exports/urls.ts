/**
 * What every export is given to link back to the site. The exports are files people download and
 * copy elsewhere, so their links are absolute; the page that writes a file knows the site's origin
 * and base (Astro's `site` and `base`) and builds these, keeping the exports free of Astro.
 */
import type { PartialDate } from '../partial-date';

export interface ExportUrls {
  article(id: string): string;
  actor(id: string): string;
  location(id: string): string;
  date(date: PartialDate): string;
}

/**
 * The link to one event: its anchor on a story's page (Timeline.astro gives each entry the id
 * `entry.key`). Keys can hold non-ASCII letters (the slugger keeps them), so the fragment is
 * percent-encoded to keep every exported link a valid URI.
 */
export function eventUrl(urls: ExportUrls, storyId: string, key: string): string {
  return `${urls.article(storyId)}#${encodeURIComponent(key)}`;
}
