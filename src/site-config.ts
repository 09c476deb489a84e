/**
 * Settings read from the environment at build time. `DATELINE_CONTENT` points the build at another
 * content folder (the tests build fixture sites with it); it defaults to `content`.
 * `DATELINE_CACHE_DIR` moves the build's caches (default `.dateline`, inside the project).
 */
export const contentDir = process.env.DATELINE_CONTENT ?? 'content';

export const cacheDir = process.env.DATELINE_CACHE_DIR ?? '.dateline';

export const siteTitle = 'Dateline';
export const siteTagline = 'Wire stories, their actors, dates and places';
