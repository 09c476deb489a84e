import type { APIContext } from 'astro';
import { pageProps } from '../../data/page';
import { dataFile, exportUrls } from '../../data/paths';
import { eventsCsv } from '../../lib/exports';

export function GET(context: APIContext) {
  const { site } = pageProps(context, 'eventsCsv');
  return dataFile(eventsCsv(site, exportUrls), 'text/csv');
}
