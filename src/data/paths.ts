import { createPaths } from '../lib/paths';

/** The site's URLs under the configured `base`. */
export const paths = createPaths(import.meta.env.BASE_URL);

/** An absolute URL on the configured `site`, for feeds, canonical links and structured data. */
export const absolute = (path: string): string => new URL(path, import.meta.env.SITE).href;
