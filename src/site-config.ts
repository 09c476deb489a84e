/**
 * Settings read from the environment at build time. `DATELINE_CONTENT` points the build at another
 * content folder (the tests build fixture sites with it); it defaults to `content`.
 */
export const contentDir = process.env.DATELINE_CONTENT ?? 'content';

export const siteTitle = 'Dateline';
export const siteTagline = 'Wire stories, their actors, dates and places';
