import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { pageProps } from '../../../data/page';
import { paths } from '../../../data/paths';
import { feedItems } from '../../../lib/feed';
import { siteTitle } from '../../../site-config';

export async function GET(context: APIContext) {
  const { profile, articles } = pageProps(context, 'actorFeed');
  return rss({
    title: `${profile.actor.data.name} — ${siteTitle}`,
    description: `Stories naming ${profile.actor.data.name}${profile.actor.data.role ? `, ${profile.actor.data.role}` : ''}.`,
    site: new URL(import.meta.env.BASE_URL, context.site),
    items: feedItems(articles, paths),
    customData: '<language>en</language>',
  });
}
