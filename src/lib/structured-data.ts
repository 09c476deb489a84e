/**
 * schema.org structured data (JSON-LD) for search engines and news aggregators: NewsArticle for
 * stories, Person / Organization / GovernmentOrganization for actors, Place for locations.
 */
import type { ActorEntry, LocationEntry } from './model';
import type { SitePaths } from './paths';
import type { ArticleRecord } from './site-index';

/** Turns a site path into an absolute URL (the site's `site` + `base`). */
export type Absolute = (path: string) => string;

/** schema.org's types for places: a town is a City to schema.org, a province or district an AdministrativeArea. */
const PLACE_TYPES: Record<LocationEntry['data']['kind'], string> = {
  city: 'City',
  town: 'City',
  district: 'AdministrativeArea',
  province: 'AdministrativeArea',
  country: 'Country',
  region: 'Place',
  facility: 'Place',
  sea: 'BodyOfWater',
  other: 'Place',
};

const ACTOR_TYPES: Record<ActorEntry['data']['kind'], string> = {
  person: 'Person',
  government: 'GovernmentOrganization',
  state: 'Country',
  organization: 'Organization',
  military: 'Organization',
  other: 'Thing',
};

function sameAs(wikidata: string | undefined): { sameAs?: string } {
  return wikidata ? { sameAs: `https://www.wikidata.org/wiki/${wikidata}` } : {};
}

export function actorThing(actor: ActorEntry, paths: SitePaths, absolute: Absolute): Record<string, unknown> {
  return {
    '@type': ACTOR_TYPES[actor.data.kind],
    name: actor.data.name,
    url: absolute(paths.actor(actor.id)),
    ...(actor.data.role && actor.data.kind === 'person' ? { jobTitle: actor.data.role } : {}),
    ...(actor.data.role && actor.data.kind !== 'person' ? { description: actor.data.role } : {}),
    ...(actor.data.aliases.length ? { alternateName: actor.data.aliases } : {}),
    ...sameAs(actor.data.wikidata),
  };
}

export function placeThing(location: LocationEntry, paths: SitePaths, absolute: Absolute): Record<string, unknown> {
  const [latitude, longitude] = location.data.coordinates ?? [];
  return {
    '@type': PLACE_TYPES[location.data.kind],
    name: location.data.name,
    url: absolute(paths.location(location.id)),
    ...(latitude !== undefined ? { geo: { '@type': 'GeoCoordinates', latitude, longitude } } : {}),
    ...(location.data.aliases.length ? { alternateName: location.data.aliases } : {}),
    ...sameAs(location.data.wikidata),
  };
}

export function newsArticle(article: ArticleRecord, paths: SitePaths, absolute: Absolute): Record<string, unknown> {
  const { data } = article.entry;
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: data.title,
    ...(data.summary ? { description: data.summary } : {}),
    url: absolute(paths.article(article.entry.id)),
    mainEntityOfPage: absolute(paths.article(article.entry.id)),
    dateline: article.summary.dateline.data.name,
    datePublished: data.published.iso,
    dateModified: (data.updated ?? data.published).iso,
    ...(data.author ? { author: { '@type': 'Person', name: data.author } } : {}),
    publisher: { '@type': 'Organization', name: data.source },
    sourceOrganization: { '@type': 'Organization', name: data.source },
    about: article.actors.map((actor) => actorThing(actor, paths, absolute)),
    mentions: [
      ...article.allActors.filter((a) => !article.actors.includes(a)).map((actor) => actorThing(actor, paths, absolute)),
      ...article.locations.map((location) => placeThing(location, paths, absolute)),
    ],
    contentLocation: placeThing(article.summary.dateline, paths, absolute),
  };
}

export function withContext(thing: Record<string, unknown>): Record<string, unknown> {
  return { '@context': 'https://schema.org', ...thing };
}
