/**
 * The renderer bundle's entry (see adapter.ts): Astro's app, and the content and page functions
 * the publisher needs, compiled by the same Vite build as the pages so both run the same code.
 */
import { createApp } from 'astro/app/entrypoint';

export const app = createApp();
export { createContentStore } from '../store/content-store';
export { bodiesInFolder } from '../store/rendered-bodies';
export { articleRecords, buildArticleRecord, buildSiteIndex, rememberArticleRecords } from '../lib/site-index';
export { articlePage, sitePages } from '../lib/site-pages';
export { createDigester } from '../lib/digest';
export { searchPeriod } from '../lib/search-periods';
export { formatDiagnostic } from '../lib/lint/lint-content';
export { dataFileText } from '../data/data-files';

/** The site's address and base path, as this renderer was built for them. */
export const site: string = import.meta.env.SITE;
export const base: string = import.meta.env.BASE_URL;
