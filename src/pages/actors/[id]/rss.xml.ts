import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { paths } from '../../../data/paths';
import { getSite, type Site } from '../../../data/site-index';
import { feedItems } from '../../../lib/feed';
import { siteTitle } from '../../../site-config';

export async function getStaticPaths() {
  const site = await getSite();
  return [...site.actors.keys()].map((id) => ({ params: { id } }));
}

export async function GET(context: APIContext) {
  const site: Site = await getSite();
  const profile = site.actors.get(context.params.id!)!;
  const articles = profile.articles.map((summary) => site.articlesById.get(summary.id)!);
  return rss({
    title: `${profile.actor.data.name} — ${siteTitle}`,
    description: `Stories naming ${profile.actor.data.name}${profile.actor.data.role ? `, ${profile.actor.data.role}` : ''}.`,
    site: new URL(import.meta.env.BASE_URL, context.site),
    items: feedItems(articles, paths),
    customData: '<language>en</language>',
  });
}
