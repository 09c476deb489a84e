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

/** A data file as the build writes it: the text, with its media type for the dev server. */
export const dataFile = (text: string, type: string): Response => new Response(text, { headers: { 'Content-Type': `${type}; charset=utf-8` } });
