import type { APIContext } from 'astro';
import { pageProps } from '../../data/page';
import { dataFile, exportUrls } from '../../data/paths';
import { storiesJson } from '../../lib/exports';
import type { SiteIndex } from '../../lib/site-index';

export function GET(context: APIContext) {
  const { site } = pageProps(context, 'storiesData');
  return dataFile(storiesJson(site as SiteIndex, exportUrls), 'application/json');
}
