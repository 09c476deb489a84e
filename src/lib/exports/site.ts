import type { SiteIndex } from '../site-index';

/** What the exports read of the site index: the stories, the merged timeline and the entries. */
export type ExportSite = Pick<SiteIndex, 'articles' | 'articlesById' | 'timeline' | 'actors' | 'locations'>;
