import type { APIContext } from 'astro';
import { pageProps } from '../../data/page';
import { dataFile, exportUrls } from '../../data/paths';
import { storiesJson } from '../../lib/exports';

export function GET(context: APIContext) {
  const { site } = pageProps(context, 'storiesData');
  return dataFile(storiesJson(site, exportUrls), 'application/json');
}
