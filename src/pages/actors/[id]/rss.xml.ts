import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { pageProps } from '../../../data/page';
import { paths } from '../../../data/paths';
import { feedItems } from '../../../lib/feed';
import { siteTitle } from '../../../site-config';

export async function GET(context: APIContext) {
  const { actor, articles } = pageProps(context, 'actorFeed');
  return rss({
    title: `${actor.data.name} — ${siteTitle}`,
    description: `Stories naming ${actor.data.name}${actor.data.role ? `, ${actor.data.role}` : ''}.`,
    site: new URL(import.meta.env.BASE_URL, context.site),
    items: feedItems(articles, paths),
    customData: '<language>en</language>',
  });
}
