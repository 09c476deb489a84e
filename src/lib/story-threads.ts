/**
 * Story threads: the earlier stories a story follows up, and the later ones that follow it.
 *
 * Two stories belong to one thread when either
 * - they share an event: an event of each starts on the same date, compared at the coarser of the
 *   two precisions (`2026-02` and `2026-02-17` agree, `2026-02-17` and `2026-02-18` do not), and
 *   the two events have an actor or a place in common (an event that names neither stands for its
 *   story's actors and places); or
 * - they were published at most `THREAD_WINDOW_DAYS` calendar days apart and have most of their
 *   actors in common: at least two of the actors each story lists, and more than half of each
 *   one's list, so that a round-up naming everyone does not join every thread.
 * The relation is symmetric: if B is earlier in A's thread, A is later in B's.
 *
 * Each story gets at most `THREAD_LENGTH` earlier and `THREAD_LENGTH` later stories: the nearest
 * in time on each side, newest first. Stories are ordered as the site lists them (newest first,
 * then by id), so two published at the same moment still have a before and an after.
 *
 * Candidates are found through indexes by actor or place and date, never by comparing every pair
 * of stories, and an update of `npm run build -- --watch` makes again only the threads its
 * changes can reach.
 */
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import type { ArticleSummary, TimelineEntry } from './model';
import { firstDay } from './partial-date';
import type { ArticleRecord } from './site-index';

export const THREAD_WINDOW_DAYS = 30;
export const THREAD_LENGTH = 5;

export interface StoryThread {
  /** Published before this story, newest first. */
  readonly earlier: readonly ArticleSummary[];
  /** Published after it, newest first. */
  readonly later: readonly ArticleSummary[];
}

const NO_THREAD: StoryThread = { earlier: [], later: [] };

type Story = Pick<ArticleRecord, 'summary' | 'actors' | 'allActors' | 'locations' | 'timeline'>;

/** An earlier result of `buildStoryThreads`, with the list it was made from. */
export interface EarlierThreads {
  readonly articles: readonly Story[];
  readonly threads: ReadonlyMap<string, StoryThread>;
}

/**
 * Past this many stories changed since the earlier result, every thread is made again: finding
 * the few that a handful of edits can reach is only worth it for a handful.
 */
const MOST_CHANGED = 64;

/**
 * @param articles newest first, as `SiteIndex.articles`.
 * @param earlier the threads of an earlier list of the same code (`npm run build -- --watch`): a
 *   story's thread is made again only when a story that changed (as it was, or as it is) shares an
 *   event with it or could join it by its cast; every other story keeps its thread object. The
 *   result equals one made from nothing.
 * @returns each story's thread by story id; a story in no thread maps to an empty one.
 */
export function buildStoryThreads(articles: readonly Story[], earlier?: EarlierThreads): Map<string, StoryThread> {
  const facts = articles.map(factsOf);
  const filed = new Map<number, number[]>();
  facts.forEach((story, i) => {
    for (const key of story.filed) {
      const list = filed.get(key);
      if (list) list.push(i);
      else filed.set(key, [i]);
    }
  });
  const days = facts.map((story) => story.day);
  const paired = byActorPair(facts);
  const threads = new Map<string, StoryThread>();
  const reached = earlier && storiesReached(articles, facts, filed, paired, earlier);
  articles.forEach((article, i) => {
    const kept = reached && !reached.has(i) ? earlier.threads.get(article.summary.id) : undefined;
    if (kept) {
      threads.set(article.summary.id, kept);
      return;
    }
    // Positions are newest first: earlier stories come after i, later ones before it. Each source
    // of candidates is scanned outwards from i until it offers nothing nearer than the nearest
    // found so far, so the nearest of them all are found.
    const before = nearest((j, k) => j < k);
    const after = nearest((j, k) => j > k);
    for (const key of facts[i]!.meets) {
      const list = filed.get(key);
      if (list) nearestInList(list, i, before, after);
    }
    nearestWithCast(i, days, facts, paired, before, after);
    if (before.found.length === 0 && after.found.length === 0) {
      threads.set(article.summary.id, NO_THREAD);
      return;
    }
    const summaries = (positions: readonly number[]) => [...positions].sort((a, b) => a - b).map((j) => articles[j]!.summary);
    threads.set(article.summary.id, { earlier: summaries(before.found), later: summaries(after.found) });
  });
  return threads;
}

/**
 * The positions of the stories whose thread the changes since `earlier` can reach, or undefined
 * when too much changed to be worth it. A story's thread is found from the lists of its `meets`
 * and from the casts near its day, so it can only change when a story entering or leaving one of
 * those (or its own record) changed; the relation is symmetric, so the changed stories' own
 * `meets` and window find them all.
 */
function storiesReached(
  articles: readonly Story[],
  facts: readonly StoryFacts[],
  filed: ReadonlyMap<number, number[]>,
  paired: ReadonlyMap<number, number[]>,
  earlier: EarlierThreads,
): Set<number> | undefined {
  const before = new Set(earlier.articles);
  const now = new Set(articles);
  const changed: StoryFacts[] = [];
  const reached = new Set<number>();
  articles.forEach((article, i) => {
    if (before.has(article)) return;
    changed.push(facts[i]!);
    reached.add(i);
  });
  for (const article of earlier.articles) if (!now.has(article)) changed.push(factsOf(article));
  if (changed.length > MOST_CHANGED) return undefined;
  for (const story of changed) {
    for (const key of story.meets) for (const i of filed.get(key) ?? []) reached.add(i);
    for (const pair of story.cast.pairs) {
      for (const i of paired.get(pair) ?? []) {
        const other = facts[i]!;
        if (Math.abs(other.day - story.day) <= THREAD_WINDOW_DAYS && castsAgree(story.cast, other.cast)) reached.add(i);
      }
    }
  }
  return reached;
}

/** What the threads need of a story, kept with its record: records outlive an update when unchanged. */
interface StoryFacts {
  /** The keys of the lists it is filed in, each once. */
  readonly filed: readonly number[];
  /** The keys of the lists whose stories share an event with it, each once. */
  readonly meets: readonly number[];
  /** Its publication day, in days since `EPOCH`. */
  readonly day: number;
  readonly cast: Cast;
}

const factsKept = new WeakMap<Story, StoryFacts>();

function factsOf(article: Story): StoryFacts {
  let facts = factsKept.get(article);
  if (!facts) {
    facts = { ...eventKeys(article), day: differenceInCalendarDays(firstDay(article.summary.published.date), EPOCH), cast: castOf(article) };
    factsKept.set(article, facts);
  }
  return facts;
}

/**
 * A story's lists, by the events it reports: it is filed under each actor or place of an event and
 * the event's start at its own precision (`EXACT`), and under that party and each coarser period
 * the start falls in (`WITHIN`: a day-precise event under its month and year, a month-precise one
 * under its year).
 *
 * And the keys of the lists whose events agree with one of its own at the coarser precision and
 * share a party (`meets`): for a day, those of the same day and the month- and year-precise ones
 * of its month and year; for a month, the month- and year-precise ones and every day within it;
 * for a year, the year-precise ones and everything within it. Sharing an event is symmetric: B is
 * in a list A meets exactly when A is in a list B meets.
 *
 * Keys are numbers (party, kind of list, period), which a newsroom's tens of thousands of events
 * file and look up much faster than strings.
 */
function eventKeys(article: Story): { filed: number[]; meets: number[] } {
  const filed = new Set<number>();
  const meets = new Set<number>();
  for (const event of article.timeline) {
    const { start } = event.date;
    // The start and the coarser periods it falls in: `2026-02-17`, `2026-02`, `2026`.
    const periods = [periodCode(start.year, start.month, start.day)];
    if (start.day !== undefined) periods.push(periodCode(start.year, start.month));
    if (start.month !== undefined) periods.push(periodCode(start.year));
    for (const entry of partiesOf(event, article)) {
      const party = partyNumber(entry);
      const [own, ...coarser] = periods;
      filed.add(key(party, EXACT, own!));
      meets.add(key(party, EXACT, own!));
      meets.add(key(party, WITHIN, own!));
      for (const period of coarser) {
        filed.add(key(party, WITHIN, period));
        meets.add(key(party, EXACT, period));
      }
    }
  }
  return { filed: [...filed], meets: [...meets] };
}

/** A number for each actor or place entry, the same for as long as the entry lives. */
const parties = new WeakMap<object, number>();
let partiesNumbered = 0;

function partyNumber(entry: object): number {
  let party = parties.get(entry);
  if (party === undefined) parties.set(entry, (party = partiesNumbered++));
  return party;
}

const EXACT = 0;
const WITHIN = 1;
/** `yyyymmdd`, with 00 for a month or day the period does not fix. */
const periodCode = (year: number, month = 0, day = 0) => (year * 100 + month) * 100 + day;
const key = (party: number, list: typeof EXACT | typeof WITHIN, period: number) => (party * 2 + list) * 1e8 + period;

/** The entries an event names, or, for an event that names none, its story's actors and places. */
function partiesOf(event: TimelineEntry, story: Story): readonly object[] {
  const own = [...event.actors, ...event.locations];
  return own.length > 0 ? own : [...story.allActors, ...story.locations];
}

/** The `THREAD_LENGTH` nearest positions on one side of a story, as candidates are offered. */
interface Nearest {
  /** Nearest first. */
  readonly found: number[];
  /** Takes `j` if it is among the nearest so far; false once nothing at or past `j` can be. */
  offer(j: number): boolean;
}

/** @param nearer whether position `j` is nearer to the story than `k` */
function nearest(nearer: (j: number, k: number) => boolean): Nearest {
  const found: number[] = [];
  return {
    found,
    offer(j) {
      if (found.length === THREAD_LENGTH && !nearer(j, found[THREAD_LENGTH - 1]!)) return false;
      let at = found.length;
      while (at > 0 && nearer(j, found[at - 1]!)) at--;
      if (found[at - 1] !== j) {
        found.splice(at, 0, j);
        if (found.length > THREAD_LENGTH) found.pop();
      }
      return true;
    },
  };
}

/** Offers the positions of an ascending list outwards from `i`, on each side, while they can be among the nearest. */
function nearestInList(list: readonly number[], i: number, earlier: Nearest, later: Nearest): void {
  const low = firstAtOrAfter(list, i);
  for (let k = low - 1; k >= 0 && later.offer(list[k]!); k--);
  for (let k = list[low] === i ? low + 1 : low; k < list.length && earlier.offer(list[k]!); k++);
}

interface Cast {
  readonly ids: ReadonlySet<string>;
  /**
   * A key for each pair of its actors: casts that agree have at least two actors in common, so
   * they share a pair, and a story's candidates are the stories filed under its pairs.
   */
  readonly pairs: readonly number[];
}

function castOf(article: Story): Cast {
  const ids = new Set(article.actors.map((actor) => actor.id));
  const numbers = [...ids].map(actorNumber).sort((a, b) => a - b);
  const pairs: number[] = [];
  for (let a = 0; a < numbers.length; a++) for (let b = a + 1; b < numbers.length; b++) pairs.push(numbers[a]! * 2 ** 26 + numbers[b]!);
  return { ids, pairs };
}

/** A number for each actor id, the same for as long as the process runs. */
const actorNumbers = new Map<string, number>();

function actorNumber(id: string): number {
  let number = actorNumbers.get(id);
  if (number === undefined) actorNumbers.set(id, (number = actorNumbers.size));
  return number;
}

/** The positions of the stories filed under each pair of actors, ascending. */
function byActorPair(facts: readonly StoryFacts[]): Map<number, number[]> {
  const paired = new Map<number, number[]>();
  facts.forEach((story, i) => {
    for (const pair of story.cast.pairs) {
      const list = paired.get(pair);
      if (list) list.push(i);
      else paired.set(pair, [i]);
    }
  });
  return paired;
}

/** Whether two casts have most of their actors in common: at least two, and more than half of each. */
function castsAgree(cast: Cast, other: Cast): boolean {
  if (cast.ids.size < 2 || other.ids.size < 2) return false;
  let shared = 0;
  for (const id of other.ids) if (cast.ids.has(id)) shared++;
  return shared >= 2 && shared * 2 > cast.ids.size && shared * 2 > other.ids.size;
}

/**
 * The nearest stories a few weeks either side that list mostly the same actors: a story that
 * agrees is in the list of one of the pairs of its actors.
 */
function nearestWithCast(i: number, days: readonly number[], facts: readonly StoryFacts[], paired: ReadonlyMap<number, number[]>, earlier: Nearest, later: Nearest): void {
  const { cast } = facts[i]!;
  const agrees = (j: number) => Math.abs(days[i]! - days[j]!) <= THREAD_WINDOW_DAYS && castsAgree(cast, facts[j]!.cast);
  for (const pair of cast.pairs) {
    const list = paired.get(pair)!;
    if (list.length < 2) continue;
    const at = firstAtOrAfter(list, i);
    // A date-time in its own offset can put a story a calendar day off the order of publication:
    // the scan runs a day past the window and checks each story's own distance.
    for (let k = at + 1; k < list.length && days[i]! - days[list[k]!]! <= THREAD_WINDOW_DAYS + 1; k++) {
      if (agrees(list[k]!) && !earlier.offer(list[k]!)) break;
    }
    for (let k = at - 1; k >= 0 && days[list[k]!]! - days[i]! <= THREAD_WINDOW_DAYS + 1; k--) {
      if (agrees(list[k]!) && !later.offer(list[k]!)) break;
    }
  }
}

/** The first index of an ascending list whose position is `i` or after it (the list's length if none is). */
function firstAtOrAfter(list: readonly number[], i: number): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (list[middle]! < i) low = middle + 1;
    else high = middle;
  }
  return low;
}

const EPOCH = new Date(2000, 0, 1);
