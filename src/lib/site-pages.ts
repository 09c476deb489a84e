/**
 * Every page and feed of the site, with the props it renders from: the one list the build
 * publishes and the dev server serves. A page reads nothing but these props (and the code), so the
 * digest of its props says whether it must be rendered again (src/lib/digest.ts).
 */
import { LOCATION_KINDS, type LocationKind } from '../schemas/location';
import type { ActorKind } from '../schemas/actor';
import { groupActorsByKind, rankActors, type ActorProfile } from './actor-index';
import { networkFromProfiles, type NetworkSelection } from './charts/actor-network';
import { placeRows, type PlaceRow } from './charts/place-map';
import type { ArchivePeriod } from './date-archive';
import { exportSite, isOverdue, referenceDate, upcomingEvents, type ExportArticle, type ExportSite } from './exports';
import { FEED_ITEMS } from './feed';
import { byName, type LocationProfile } from './location-index';
import type { ActorEntry, ArticleSummary, LocationEntry, SaidQuote, TimelineEntry } from './model';
import { searchFacets, type SearchFacets } from './search-facets';
import { searchPeriods } from './search-periods';
import type { PartialDate } from './partial-date';
import { createPaths } from './paths';
import type { ArticleRecord, SiteIndex } from './site-index';
import type { StoryThread } from './story-threads';

/** A neighbouring archive period, as the pager shows it. */
export interface PeriodLink {
  readonly date: PartialDate;
}

/** An actor as a list shows it: who, and how often in the news. */
export interface ActorTally {
  readonly actor: ActorEntry;
  readonly stories: number;
  readonly events: number;
}

/** A place as a list shows it. */
export interface PlaceTally {
  readonly location: LocationEntry;
  /** Stories filed from it (its dateline), stories naming it, events there. */
  readonly filed: number;
  readonly mentioned: number;
  readonly events: number;
}

/** A period of the archive as the list of periods shows it. */
export interface PeriodTally {
  readonly date: PartialDate;
  readonly events: number;
  readonly stories: number;
}

/** How many of an actor's most frequent companions their page lists. */
export const LISTED_COMPANIONS = 15;

/** How many of the stories an actor shares with each companion their page lists, newest first. */
export const LISTED_SHARED = 5;

/** How many quotations an actor's page lists, from their newest stories. */
export const LISTED_QUOTES = 30;

/**
 * The props of each kind of page, by its route name. Pages that sum up the whole site get only
 * what they show (counts, the first few of a list), so that an edit renders again only the pages
 * whose text it changes.
 */
export interface PageProps {
  home: {
    latest: readonly ArticleSummary[];
    recent: readonly TimelineEntry[];
    topActors: readonly ActorTally[];
    years: readonly PartialDate[];
    places: readonly LocationEntry[];
  };
  timeline: { timeline: readonly TimelineEntry[]; stories: number };
  search: { facets: SearchFacets; periods: readonly string[] };
  feed: { articles: readonly ArticleRecord[] };
  actors: { groups: readonly { kind: ActorKind; actors: readonly ActorTally[] }[]; network: NetworkSelection; count: number };
  /**
   * `expected`: the actor's events still to come as of the story that reported them; `words`: the
   * newest of what they said (`said` in all).
   */
  actor: { profile: ActorProfile; country: LocationEntry | undefined; expected: readonly TimelineEntry[]; words: readonly SaidQuote[]; said: number };
  actorFeed: { actor: ActorEntry; articles: readonly ArticleRecord[] };
  article: { article: ArticleRecord; thread: StoryThread };
  locations: { groups: readonly { kind: LocationKind; places: readonly PlaceTally[] }[]; map: readonly PlaceRow[] };
  /** `map`: this place and, for a country, the places in it. */
  location: { profile: LocationProfile; map: readonly PlaceRow[] };
  dates: { years: readonly (PeriodTally & { months: readonly PeriodTally[] })[] };
  year: { period: ArchivePeriod & { months: readonly ArchivePeriod[] }; previous: PeriodLink | undefined; next: PeriodLink | undefined };
  month: { period: ArchivePeriod & { days: readonly ArchivePeriod[] }; previous: PeriodLink | undefined; next: PeriodLink | undefined };
  day: { period: ArchivePeriod; previous: PeriodLink | undefined; next: PeriodLink | undefined };
  /** `overdue`: keys of the events whose time passed before `asOf`, the newest story's day. */
  upcoming: { events: readonly TimelineEntry[]; overdue: readonly string[]; asOf: PartialDate | undefined };
  dataFile: DataFileProps;
  notFound: Record<string, never>;
}

/**
 * A data file (src/lib/exports/, its text made by src/data/data-files.ts): which one, and what it
 * is made from.
 */
export type DataFileProps =
  | { readonly kind: 'stories' | 'events' | 'eventsCsv' | 'actors' | 'timeline' | 'calendar'; readonly site: ExportSite }
  | { readonly kind: 'storyTimeline'; readonly article: ExportArticle }
  | { readonly kind: 'schema'; readonly name: DataSchemaName };

/** The JSON files that have a published JSON Schema: `/data/<name>.schema.json`. */
export const DATA_SCHEMAS = ['stories', 'events', 'actors'] as const;
export type DataSchemaName = (typeof DATA_SCHEMAS)[number];

export type RouteName = keyof PageProps;

export interface SitePage<R extends RouteName = RouteName> {
  readonly route: R;
  /** Where the page lives under the site's base, as a URL path: `''`, `actors/jd-vance/`, `rss.xml`. */
  readonly path: string;
  /** The file it is written to in the built site: `index.html`, `actors/jd-vance/index.html`. */
  readonly file: string;
  readonly props: PageProps[R];
}

function page<R extends RouteName>(route: R, path: string, props: PageProps[R]): SitePage<R> {
  const decoded = decodeURIComponent(path);
  const file = decoded === '' || decoded.endsWith('/') ? `${decoded}index.html` : decoded;
  return { route, path, file, props };
}

/** URL paths from the one place that builds them (paths.ts), relative to the base. */
const at = createPaths('/');
const relative = (url: string) => url.slice(1);
const link = (period: ArchivePeriod | undefined): PeriodLink | undefined => period && { date: period.date };

/**
 * A page made of the objects `inputs` (the first one the key), kept while they are the same
 * objects: the site index keeps what an edit did not touch, so under `--watch` most pages are the
 * very objects of the last update, and the digest of their props is found already made.
 */
function keeper<P extends SitePage>() {
  const made = new WeakMap<object, { readonly inputs: readonly unknown[]; readonly page: P }>();
  return (inputs: readonly [object, ...unknown[]], make: () => P): P => {
    const earlier = made.get(inputs[0]);
    if (earlier && earlier.inputs.length === inputs.length && earlier.inputs.every((input, i) => input === inputs[i])) return earlier.page;
    const page = make();
    made.set(inputs[0], { inputs, page });
    return page;
  };
}

const kept = {
  article: keeper<SitePage<'article'>>(),
  storyTimeline: keeper<SitePage<'dataFile'>>(),
  actor: keeper<SitePage<'actor'>>(),
  actorFeed: keeper<SitePage<'actorFeed'>>(),
  location: keeper<SitePage<'location'>>(),
  year: keeper<SitePage<'year' | 'month' | 'day'>>(),
  month: keeper<SitePage<'year' | 'month' | 'day'>>(),
  day: keeper<SitePage<'year' | 'month' | 'day'>>(),
};

/** A story's page: the same whether it comes from the whole list or is made on its own. */
export function articlePage(article: ArticleRecord, thread: StoryThread): SitePage<'article'> {
  return page('article', relative(at.article(article.entry.id)), { article, thread });
}

/**
 * What an actor's page shows of their profile, kept with the profile: the actor index keeps an
 * unchanged profile from one update to the next, and so its digest is found already made.
 */
const actorParts = new WeakMap<ActorProfile, Pick<PageProps['actor'], 'profile' | 'expected'>>();

function actorPageParts(profile: ActorProfile): Pick<PageProps['actor'], 'profile' | 'expected'> {
  let parts = actorParts.get(profile);
  if (!parts) {
    const coAppearances = profile.coAppearances.slice(0, LISTED_COMPANIONS).map((row) => ({ ...row, shared: row.shared.slice(0, LISTED_SHARED) }));
    parts = { profile: { ...profile, coAppearances }, expected: profile.events.filter((event) => event.status === 'expected') };
    actorParts.set(profile, parts);
  }
  return parts;
}

const actorTally = (profile: ActorProfile): ActorTally => ({ actor: profile.actor, stories: profile.articles.length, events: profile.events.length });
const periodTally = (period: ArchivePeriod): PeriodTally => ({ date: period.date, events: period.events.length, stories: period.articles.length });

/** Every page of the site, in a fixed order. */
export function sitePages(site: SiteIndex): SitePage[] {
  const actors = [...site.actors.values()];
  const places = [...site.locations.values()];
  const data = exportSite(site);
  const upcoming = upcomingEvents(site).map(({ event }) => event);
  const asOf = referenceDate(site);
  const pages: SitePage[] = [
    page('home', relative(at.home()), {
      latest: site.articles.slice(0, 10).map((article) => article.summary),
      recent: site.timeline.slice(-8).reverse(),
      topActors: rankActors(actors).slice(0, 10).map(actorTally),
      years: [...site.archive.years].reverse().map((year) => year.date),
      places: places.filter((p) => p.filedFrom.length + p.mentionedIn.length > 0).map((p) => p.location),
    }),
    page('timeline', relative(at.timeline()), { timeline: site.timeline, stories: site.articles.length }),
    page('search', relative(at.search()), {
      facets: searchFacets(site.articles),
      periods: searchPeriods(site.articles.map((article) => article.summary)),
    }),
    page('feed', relative(at.feed()), { articles: site.articles.slice(0, FEED_ITEMS) }),
    page('actors', relative(at.actors()), {
      groups: groupActorsByKind(actors).map((group) => ({ kind: group.kind, actors: group.profiles.map(actorTally) })),
      network: networkFromProfiles(actors),
      count: site.actors.size,
    }),
    page('locations', relative(at.locations()), {
      groups: LOCATION_KINDS.map((kind) => ({
        kind,
        places: places
          .filter((p) => p.location.data.kind === kind)
          .sort((a, b) => byName(a.location, b.location))
          .map((p) => ({ location: p.location, filed: p.filedFrom.length, mentioned: p.mentionedIn.length, events: p.events.length })),
      })).filter((group) => group.places.length > 0),
      map: placeRows(places),
    }),
    page('dates', relative(at.dates()), {
      years: [...site.archive.years].reverse().map((year) => ({ ...periodTally(year), months: year.months.map(periodTally) })),
    }),
    page('upcoming', relative(at.upcoming()), {
      events: upcoming,
      overdue: asOf ? upcoming.filter((event) => isOverdue(event, asOf)).map((event) => event.key) : [],
      asOf,
    }),
    page('dataFile', relative(at.upcomingCalendar()), { kind: 'calendar', site: data }),
    page('dataFile', relative(at.data('stories.json')), { kind: 'stories', site: data }),
    page('dataFile', relative(at.data('events.json')), { kind: 'events', site: data }),
    page('dataFile', relative(at.data('events.csv')), { kind: 'eventsCsv', site: data }),
    page('dataFile', relative(at.data('actors.json')), { kind: 'actors', site: data }),
    page('dataFile', relative(at.data('timeline.json')), { kind: 'timeline', site: data }),
    ...DATA_SCHEMAS.map((name) => page('dataFile', relative(at.data(`${name}.schema.json`)), { kind: 'schema', name })),
    { route: 'notFound', path: '404/', file: '404.html', props: {} },
  ];
  for (const article of site.articles) {
    const thread = site.threads.get(article.entry.id)!;
    pages.push(kept.article([article, thread], () => articlePage(article, thread)));
    const exported = data.articlesById.get(article.entry.id)!;
    pages.push(kept.storyTimeline([exported], () => page('dataFile', relative(at.storyTimeline(article.entry.id)), { kind: 'storyTimeline', article: exported })));
  }
  for (const profile of site.actors.values()) {
    const { actor } = profile;
    const country = actor.data.country ? site.locations.get(actor.data.country)?.location : undefined;
    const words = site.words.get(actor.id) ?? [];
    const quoted = words.slice(0, LISTED_QUOTES);
    pages.push(kept.actor([profile, country, words.length, ...quoted], () => page('actor', relative(at.actor(actor.id)), { ...actorPageParts(profile), country, words: quoted, said: words.length })));
    const articles = profile.articles.slice(0, FEED_ITEMS).map((summary) => site.articlesById.get(summary.id)!);
    pages.push(kept.actorFeed([profile, ...articles], () => page('actorFeed', relative(at.actorFeed(actor.id)), { actor, articles })));
  }
  for (const profile of site.locations.values()) {
    const shown: [LocationProfile, ...LocationProfile[]] = [profile, ...profile.places.flatMap((place) => site.locations.get(place.id) ?? [])];
    pages.push(kept.location(shown, () => page('location', relative(at.location(profile.location.id)), { profile, map: placeRows(shown, profile.location.id) })));
  }
  const { years, months, days } = site.archive;
  const periodPages = (route: 'year' | 'month' | 'day', list: readonly ArchivePeriod[]) =>
    list.forEach((period, i) => {
      const [previous, next] = [list[i - 1], list[i + 1]];
      pages.push(kept[route]([period, previous, next], () => page(route, relative(at.date(period.date)), { period, previous: link(previous), next: link(next) })));
    });
  periodPages('year', years);
  periodPages('month', months);
  periodPages('day', days);
  return pages;
}
