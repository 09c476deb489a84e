import type { APIContext } from 'astro';
import { pageProps } from '../../data/page';
import { dataFile, exportUrls } from '../../data/paths';
import { actorsJson } from '../../lib/exports';

export function GET(context: APIContext) {
  const { site } = pageProps(context, 'actorsData');
  return dataFile(actorsJson(site, exportUrls), 'application/json');
}
