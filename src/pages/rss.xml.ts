import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { pageProps } from '../data/page';
import { paths } from '../data/paths';
import { feedItems } from '../lib/feed';
import { siteTagline, siteTitle } from '../site-config';

export async function GET(context: APIContext) {
  const { articles } = pageProps(context, 'feed');
  return rss({
    title: siteTitle,
    description: siteTagline,
    site: new URL(import.meta.env.BASE_URL, context.site),
    items: feedItems(articles, paths),
    customData: '<language>en</language>',
  });
}
