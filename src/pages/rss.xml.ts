import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { paths } from '../data/paths';
import { getSite } from '../data/site-index';
import { feedItems } from '../lib/feed';
import { siteTagline, siteTitle } from '../site-config';

export async function GET(context: APIContext) {
  const site = await getSite();
  return rss({
    title: siteTitle,
    description: siteTagline,
    site: new URL(import.meta.env.BASE_URL, context.site),
    items: feedItems(site.articles, paths),
    customData: '<language>en</language>',
  });
}
