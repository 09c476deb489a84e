import type { APIContext } from 'astro';
import { pageProps } from '../../data/page';
import { dataFile, exportUrls } from '../../data/paths';
import { timelineJs } from '../../lib/exports';
import { siteTagline, siteTitle } from '../../site-config';

export function GET(context: APIContext) {
  const { site } = pageProps(context, 'timelineData');
  return dataFile(timelineJs(site, exportUrls, { headline: `${siteTitle}: timeline`, text: siteTagline }), 'application/json');
}
