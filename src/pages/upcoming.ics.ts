import type { APIContext } from 'astro';
import { pageProps } from '../data/page';
import { dataFile, exportUrls } from '../data/paths';
import { upcomingIcs } from '../lib/exports';
import { siteTitle } from '../site-config';

export function GET(context: APIContext) {
  const { site } = pageProps(context, 'calendar');
  return dataFile(upcomingIcs(site, exportUrls, { name: `${siteTitle}: upcoming` }), 'text/calendar');
}
