import type { APIContext } from 'astro';
import { pageProps } from '../../data/page';
import { dataFile, exportUrls } from '../../data/paths';
import { eventsJson } from '../../lib/exports';

export function GET(context: APIContext) {
  const { site } = pageProps(context, 'eventsData');
  return dataFile(eventsJson(site, exportUrls), 'application/json');
}
