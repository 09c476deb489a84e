/**
 * Every page and feed of the site, with the props it renders from: the one list the build
 * publishes and the dev server serves. A page reads nothing but these props (and the code), so the
 * digest of its props says whether it must be rendered again (src/lib/digest.ts).
 */
import type { ActorProfile } from './actor-index';
import type { ArchivePeriod } from './date-archive';
import type { LocationProfile } from './location-index';
import type { LocationEntry } from './model';
import type { PartialDate } from './partial-date';
import { createPaths } from './paths';
import type { ArticleRecord, SiteIndex } from './site-index';

/** A neighbouring archive period, as the pager shows it. */
export interface PeriodLink {
  readonly date: PartialDate;
}

/** The props of each kind of page, by its route name. */
export interface PageProps {
  home: { site: SiteIndex };
  timeline: { site: SiteIndex };
  search: { site: SiteIndex };
  feed: { site: SiteIndex };
  actors: { site: SiteIndex };
  actor: { profile: ActorProfile; country: LocationEntry | undefined };
  actorFeed: { profile: ActorProfile; articles: readonly ArticleRecord[] };
  article: { article: ArticleRecord };
  locations: { site: SiteIndex };
  /** `map`: this place and, for a country, the places in it. */
  location: { profile: LocationProfile; map: readonly LocationProfile[] };
  dates: { site: SiteIndex };
  year: { period: ArchivePeriod & { months: readonly ArchivePeriod[] }; previous: PeriodLink | undefined; next: PeriodLink | undefined };
  month: { period: ArchivePeriod & { days: readonly ArchivePeriod[] }; previous: PeriodLink | undefined; next: PeriodLink | undefined };
  day: { period: ArchivePeriod; previous: PeriodLink | undefined; next: PeriodLink | undefined };
  notFound: Record<string, never>;
}

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

/** Every page of the site, in a fixed order. */
export function sitePages(site: SiteIndex): SitePage[] {
  const pages: SitePage[] = [
    page('home', relative(at.home()), { site }),
    page('timeline', relative(at.timeline()), { site }),
    page('search', relative(at.search()), { site }),
    page('feed', relative(at.feed()), { site }),
    page('actors', relative(at.actors()), { site }),
    page('locations', relative(at.locations()), { site }),
    page('dates', relative(at.dates()), { site }),
    { route: 'notFound', path: '404/', file: '404.html', props: {} },
  ];
  for (const article of site.articles) pages.push(page('article', relative(at.article(article.entry.id)), { article }));
  for (const profile of site.actors.values()) {
    const { actor } = profile;
    const country = actor.data.country ? site.locations.get(actor.data.country)?.location : undefined;
    pages.push(page('actor', relative(at.actor(actor.id)), { profile, country }));
    const articles = profile.articles.map((summary) => site.articlesById.get(summary.id)!);
    pages.push(page('actorFeed', relative(at.actorFeed(actor.id)), { profile, articles }));
  }
  for (const profile of site.locations.values()) {
    const map = [profile, ...profile.places.flatMap((place) => site.locations.get(place.id) ?? [])];
    pages.push(page('location', relative(at.location(profile.location.id)), { profile, map }));
  }
  const { years, months, days } = site.archive;
  years.forEach((period, i) => pages.push(page('year', relative(at.date(period.date)), { period, previous: link(years[i - 1]), next: link(years[i + 1]) })));
  months.forEach((period, i) =>
    pages.push(page('month', relative(at.date(period.date)), { period, previous: link(months[i - 1]), next: link(months[i + 1]) })),
  );
  days.forEach((period, i) =>
    pages.push(page('day', relative(at.date(period.date)), { period, previous: link(days[i - 1]), next: link(days[i + 1]) })),
  );
  return pages;
}
