import type { ExportUrls } from '../lib/exports';
import { createPaths } from '../lib/paths';

/** The site's URLs under the configured `base`. */
export const paths = createPaths(import.meta.env.BASE_URL);

/** An absolute URL on the configured `site`, for feeds, canonical links and structured data. */
export const absolute = (path: string): string => new URL(path, import.meta.env.SITE).href;

/** Absolute URLs for the data files people download and use elsewhere (src/lib/exports/). */
export const exportUrls: ExportUrls = {
  article: (id) => absolute(paths.article(id)),
  actor: (id) => absolute(paths.actor(id)),
  location: (id) => absolute(paths.location(id)),
  date: (date) => absolute(paths.date(date)),
};
