/**
 * Builds every index the site renders from the three collections, once per build: the reference
 * check, each story's timeline, the site timeline, the actor, location and date indexes, the story
 * threads.
 * Pure: the same content always gives the same index, whatever the clock or time zone.
 */
import { buildActorIndex, type ActorProfile } from './actor-index';
import { buildDateArchive, type DateArchive } from './date-archive';
import { buildLocationIndex, type LocationProfile } from './location-index';
import type { ActorEntry, ArticleEntry, ArticleSummary, ContentInput, LocationEntry, SaidQuote, TimelineEntry } from './model';
import { compareNewestFirst } from './published-date';
import { ContentReferenceError, findReferenceProblems } from './references';
import { uniqueById } from './by-id';
import { digestText } from './digest';
import { exportArticle } from './exports/site';
import { buildStoryThreads, type StoryThread } from './story-threads';
import { mergeTimelines, sortTimeline, timelineKey } from './timeline';
import { sameItems } from './same-items';

export interface ArticleRecord<A extends ArticleEntry = ArticleEntry> {
  readonly entry: A;
  readonly summary: ArticleSummary;
  /** The story's `actors`, in the order the editor listed them. */
  readonly actors: readonly ActorEntry[];
  /** Its `actors` and then any further actors of its events. */
  readonly allActors: readonly ActorEntry[];
  /** Its `locations` and then any further places of its events. */
  readonly locations: readonly LocationEntry[];
  /** This story's own events, sorted. */
  readonly timeline: readonly TimelineEntry[];
  /** Its quotations whose speaker is known, in the order of the text. */
  readonly said: readonly SaidQuote[];
}

export interface SiteIndex<A extends ArticleEntry = ArticleEntry> {
  /** Newest first. */
  readonly articles: readonly ArticleRecord<A>[];
  readonly articlesById: ReadonlyMap<string, ArticleRecord<A>>;
  readonly actors: ReadonlyMap<string, ActorProfile>;
  readonly locations: ReadonlyMap<string, LocationProfile>;
  /** Every event of every story, merged and sorted. */
  readonly timeline: readonly TimelineEntry[];
  readonly archive: DateArchive;
  /** Each story's earlier and later stories in its thread, by story id. */
  readonly threads: ReadonlyMap<string, StoryThread>;
  /** What each actor said, by actor id: newest story first, in the order of the text. */
  readonly words: ReadonlyMap<string, readonly SaidQuote[]>;
}

/**
 * @param record how each story's record is made (`rememberArticleRecords()` keeps them between builds).
 * @param previous the index of an earlier build of the same code, whose unchanged parts are kept
 *   as the same objects (see buildActorIndex); the result equals a fresh index either way.
 * @param referencesChecked the input comes from the content store, whose lint has already refused
 *   broken references (looking again cost some 35 ms per update at 5,000 stories).
 * @param articles the stories' records as `articleRecords(input, record)` made them, when the
 *   caller needed them before the rest of the index.
 * @throws {ContentReferenceError} listing every id that does not resolve.
 */
export function buildSiteIndex<A extends ArticleEntry>(
  input: ContentInput<A>,
  contentDir?: string,
  record: ArticleRecordMaker = buildArticleRecord,
  previous?: SiteIndex,
  { referencesChecked = false, articles: made }: { referencesChecked?: boolean; articles?: readonly ArticleRecord<A>[] } = {},
): SiteIndex<A> {
  const problems = referencesChecked ? [] : findReferenceProblems(input, contentDir);
  if (problems.length > 0) throw new ContentReferenceError(problems);

  const articles = made ?? articleRecords(input, record);

  const timeline = mergeTimelines(articles.map((article) => article.timeline).reverse());
  const summaries = articles.map((article) => article.summary);
  return {
    articles,
    articlesById: new Map(articles.map((article) => [article.entry.id, article])),
    actors: buildActorIndex(
      input.actors,
      articles.map((a) => ({ summary: a.summary, actors: a.allActors })),
      timeline,
      previous?.actors,
    ),
    locations: buildLocationIndex(
      input.locations,
      articles.map((a) => ({ summary: a.summary, locations: a.locations })),
      timeline,
      previous?.locations,
    ),
    timeline,
    archive: buildDateArchive(timeline, summaries, previous?.archive),
    threads: buildStoryThreads(articles, previous),
    words: wordsBySpeaker(articles),
  };
}

/**
 * Each story's record, newest first (then by id), as `SiteIndex.articles` lists them: what a
 * story's own page and search record are made of, without the rest of the index.
 */
export function articleRecords<A extends ArticleEntry>(input: ContentInput<A>, record: ArticleRecordMaker = buildArticleRecord): ArticleRecord<A>[] {
  const actorsById = new Map(input.actors.map((entry) => [entry.id, entry]));
  const locationsById = new Map(input.locations.map((entry) => [entry.id, entry]));
  const actor = (id: string) => actorsById.get(id)!;
  const location = (id: string) => locationsById.get(id)!;
  return [...input.articles]
    .sort((a, b) => compareNewestFirst(a.data.published, b.data.published) || (a.id < b.id ? -1 : 1))
    .map((entry) => record(entry, actor, location));
}

export type ArticleRecordMaker = <A extends ArticleEntry>(entry: A, actor: (id: string) => ActorEntry, location: (id: string) => LocationEntry) => ArticleRecord<A>;

/**
 * `buildArticleRecord`, remembering each record while its story entry and the actor and place
 * entries it names are the same objects. The content store keeps an unchanged file's entry, so
 * between the updates of `npm run build -- --watch` only edited stories get a new record, and
 * everything derived from the others (their digests above all) is found already made.
 *
 * @param known the digests of content entries and of their frontmatter data (the content
 *   store's): a record is made from its story and the entries it names and nothing else, so when
 *   all of theirs are known, so are the record's, its summary's, its events' and its quotations',
 *   and a build never walks them to digest them (src/lib/digest.ts).
 */
export function rememberArticleRecords(known?: WeakMap<object, string>): ArticleRecordMaker {
  const made = new WeakMap<ArticleEntry, { record: ArticleRecord; named: readonly object[] }>();
  /** The last record of each story id, and the digest of the frontmatter it was made from. */
  const latest = new Map<string, { record: ArticleRecord; named: readonly object[]; frontmatter: string }>();
  return <A extends ArticleEntry>(entry: A, actor: (id: string) => ActorEntry, location: (id: string) => LocationEntry): ArticleRecord<A> => {
    const earlier = made.get(entry);
    if (earlier && stillNames(earlier.named, entry.data, actor, location)) return earlier.record as ArticleRecord<A>;
    const named: object[] = [];
    eachNamed(entry.data, actor, location, (found) => {
      named.push(found);
      return true;
    });
    // Only the text changed (the frontmatter and the entries it names are as they were): the
    // summary and events are the earlier objects, so every list that shows them is kept too.
    const frontmatter = known?.get(entry.data);
    const before = latest.get(entry.id);
    const textOnly = frontmatter !== undefined && before?.frontmatter === frontmatter && before.record.entry.filePath === entry.filePath && sameItems(before.named, named);
    const record = textOnly ? withText(before.record as ArticleRecord<A>, entry) : buildArticleRecord(entry, actor, location);
    if (known) knowDigests(known, record, named);
    made.set(entry, { record, named });
    if (frontmatter !== undefined) latest.set(entry.id, { record, named, frontmatter });
    return record;
  };
}

/**
 * A story's summary, events and export are made from its frontmatter and the entries it names, its record
 * and quotations from its whole file too: an edit of the text alone leaves the digests of the
 * summary and events, and so of every list that shows them, as they were.
 */
function knowDigests(known: WeakMap<object, string>, record: ArticleRecord, named: readonly object[]): void {
  const file = shortDigest(known, record.entry);
  const data = shortDigest(known, record.entry.data);
  const names = named.map((entry) => shortDigest(known, entry));
  if (file === undefined || data === undefined || names.some((name) => name === undefined)) return;
  const base = digestText([record.entry.id, data, ...names].join('|'));
  const whole = `${file}|${base}`;
  known.set(record, `R${whole}`);
  known.set(record.summary, `S${base}`);
  // What the data files read of a story is made of the same, so a body edit leaves them alone.
  known.set(exportArticle(record), `X${base}`);
  record.timeline.forEach((event, i) => known.set(event, `T${i}|${base}`));
  record.said.forEach((quote, i) => known.set(quote, `Q${i}|${whole}`));
}

/** An entry's digest, shortened once: the same actors and places are named by many stories. */
const shortDigests = new WeakMap<object, string>();

function shortDigest(known: WeakMap<object, string>, source: object): string | undefined {
  let short = shortDigests.get(source);
  if (short === undefined) {
    const digest = known.get(source);
    if (digest === undefined) return undefined;
    short = digestText(digest);
    shortDigests.set(source, short);
  }
  return short;
}

/** Calls `visit` with every entry a story names, in a fixed order, while it returns true. */
function eachNamed(data: ArticleEntry['data'], actor: (id: string) => ActorEntry, location: (id: string) => LocationEntry, visit: (entry: object) => boolean): boolean {
  if (!visit(location(data.dateline))) return false;
  for (const id of data.actors) if (!visit(actor(id))) return false;
  for (const id of data.locations) if (!visit(location(id))) return false;
  for (const event of data.events) {
    for (const id of event.actors) if (!visit(actor(id))) return false;
    for (const id of event.locations) if (!visit(location(id))) return false;
  }
  return true;
}

/** Whether the story names the very entries it named before (checked without building a list: this runs for every story on every update). */
function stillNames(named: readonly object[], data: ArticleEntry['data'], actor: (id: string) => ActorEntry, location: (id: string) => LocationEntry): boolean {
  let i = 0;
  return eachNamed(data, actor, location, (found) => named[i++] === found) && i === named.length;
}

/**
 * One story's record: its summary, its own sorted timeline, its actors and places resolved. It
 * depends on the story's entry and the actor and place entries it names, nothing else, so a single
 * story's page can be rendered before the rest of the index is built (`npm run build -- --watch`).
 */
export function buildArticleRecord<A extends ArticleEntry>(
  entry: A,
  actor: (id: string) => ActorEntry,
  location: (id: string) => LocationEntry,
): ArticleRecord<A> {
  const { data } = entry;
  const summary: ArticleSummary = {
    id: entry.id,
    title: data.title,
    summary: data.summary,
    published: data.published,
    source: data.source,
    dateline: location(data.dateline),
  };
  const timeline = sortTimeline(
    data.events.map((event) => ({
      key: timelineKey(event.date, event.title),
      date: event.date,
      title: event.title,
      status: event.status,
      actors: event.actors.map(actor),
      locations: event.locations.map(location),
      articles: [summary],
    })),
  );
  const actors = data.actors.map(actor);
  return {
    entry,
    summary,
    actors,
    allActors: uniqueById([actors, ...timeline.map((event) => event.actors)]),
    locations: uniqueById([data.locations.map(location), ...timeline.map((event) => event.locations)]),
    timeline,
    said: saidIn(entry, summary),
  };
}

/** An earlier record of the story, for its entry with the same frontmatter and other text. */
function withText<A extends ArticleEntry>(record: ArticleRecord<A>, entry: A): ArticleRecord<A> {
  return { ...record, entry, said: saidIn(entry, record.summary) };
}

function saidIn(entry: ArticleEntry, story: ArticleSummary): SaidQuote[] {
  return (entry.quotes ?? []).flatMap((quote) => (quote.speaker ? [{ text: quote.text, partial: quote.partial, speaker: quote.speaker, story }] : []));
}

/** @param articles newest first */
function wordsBySpeaker(articles: readonly ArticleRecord[]): Map<string, SaidQuote[]> {
  const words = new Map<string, SaidQuote[]>();
  for (const article of articles) {
    for (const quote of article.said) {
      const list = words.get(quote.speaker);
      if (list) list.push(quote);
      else words.set(quote.speaker, [quote]);
    }
  }
  return words;
}
