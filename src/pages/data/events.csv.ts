import type { APIContext } from 'astro';
import { pageProps } from '../../data/page';
import { dataFile, exportUrls } from '../../data/paths';
import { eventsCsv } from '../../lib/exports';
import type { SiteIndex } from '../../lib/site-index';

export function GET(context: APIContext) {
  const { site } = pageProps(context, 'eventsCsv');
  return dataFile(eventsCsv(site as SiteIndex, exportUrls), 'text/csv');
}
