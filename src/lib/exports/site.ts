import type { ActorProfile } from '../actor-index';
import type { ArticleEntry } from '../model';
import type { ArticleRecord, SiteIndex } from '../site-index';

/**
 * What the exports read of a story: its record without its body. A page's props are what decides
 * whether it is written again, so an edit of a story's text alone leaves the data files as they are.
 */
export type ExportArticle = Pick<ArticleRecord, 'summary' | 'actors' | 'allActors' | 'locations' | 'timeline'> & {
  readonly entry: Pick<ArticleEntry, 'id' | 'data'>;
};

/**
 * What the exports read of an actor's profile: their stories and events, not whom they appear
 * with, which no data file holds (and which is most of a profile: digesting the data files' props
 * walked it all again).
 */
export type ExportActor = Pick<ActorProfile, 'actor' | 'articles' | 'events'>;

/** What the exports read of the site index: the stories, the merged timeline and the actors. */
export interface ExportSite extends Pick<SiteIndex, 'timeline'> {
  /** Newest first. */
  readonly articles: readonly ExportArticle[];
  readonly articlesById: ReadonlyMap<string, ExportArticle>;
  readonly actors: ReadonlyMap<string, ExportActor>;
}

/** Kept with each record, which outlives an update when its story is unchanged: so are its digests. */
const exported = new WeakMap<ArticleRecord, ExportArticle>();

export function exportArticle(record: ArticleRecord): ExportArticle {
  let article = exported.get(record);
  if (!article) {
    const { summary, actors, allActors, locations, timeline, entry } = record;
    article = { summary, actors, allActors, locations, timeline, entry: { id: entry.id, data: entry.data } };
    exported.set(record, article);
  }
  return article;
}

/** Kept with each profile, which outlives an update when its actor, stories and events are unchanged. */
const exportedActors = new WeakMap<ActorProfile, ExportActor>();

function exportActor(profile: ActorProfile): ExportActor {
  let actor = exportedActors.get(profile);
  if (!actor) {
    actor = { actor: profile.actor, articles: profile.articles, events: profile.events };
    exportedActors.set(profile, actor);
  }
  return actor;
}

export function exportSite(site: SiteIndex): ExportSite {
  const articles = site.articles.map(exportArticle);
  return {
    articles,
    articlesById: new Map(articles.map((article) => [article.entry.id, article])),
    timeline: site.timeline,
    actors: new Map([...site.actors].map(([id, profile]) => [id, exportActor(profile)])),
  };
}
