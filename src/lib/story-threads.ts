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
 * of stories: the threads are rebuilt on every update of `npm run build -- --watch`.
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

/**
 * @param articles newest first, as `SiteIndex.articles`.
 * @returns each story's thread by story id; a story in no thread maps to an empty one.
 */
export function buildStoryThreads(articles: readonly Story[]): Map<string, StoryThread> {
  const { filed, meets } = fileEvents(articles);
  const days = articles.map((article) => differenceInCalendarDays(firstDay(article.summary.published.date), EPOCH));
  const casts = articles.map((article) => castOf(article));
  const threads = new Map<string, StoryThread>();
  articles.forEach((article, i) => {
    // Positions are newest first: earlier stories come after i, later ones before it. Each source
    // of candidates gives its nearest few on each side, so the nearest of them all are among them.
    const earlier = new Set<number>();
    const later = new Set<number>();
    for (const key of meets[i]!) {
      const list = filed.get(key);
      if (list) nearestInList(list, i, earlier, later);
    }
    nearestWithCast(i, days, casts, earlier, later);
    if (earlier.size === 0 && later.size === 0) {
      threads.set(article.summary.id, NO_THREAD);
      return;
    }
    const summaries = (positions: Set<number>) => [...positions].sort((a, b) => a - b).map((j) => articles[j]!.summary);
    threads.set(article.summary.id, {
      earlier: summaries(earlier).slice(0, THREAD_LENGTH),
      later: summaries(later).slice(-THREAD_LENGTH),
    });
  });
  return threads;
}

/**
 * Stories by the events they report, filed twice: under each actor or place of the event and its
 * start at its own precision (`EXACT`), and under that party and each coarser period the start
 * falls in (`WITHIN`: a day-precise event under its month and year, a month-precise one under its
 * year). Each list holds story positions in ascending order, each once.
 *
 * And for each story, the keys of the lists whose events agree with one of its own at the coarser
 * precision and share a party: for a day, those of the same day and the month- and year-precise
 * ones of its month and year; for a month, the month- and year-precise ones and every day within
 * it; for a year, the year-precise ones and everything within it.
 *
 * Keys are numbers (party, kind of list, period), which a newsroom's tens of thousands of events
 * file and look up much faster than strings.
 */
function fileEvents(articles: readonly Story[]): { filed: Map<number, number[]>; meets: Set<number>[] } {
  const filed = new Map<number, number[]>();
  const parties = new Map<object, number>();
  const add = (key: number, story: number) => {
    const list = filed.get(key);
    if (!list) filed.set(key, [story]);
    else if (list.at(-1) !== story) list.push(story);
  };
  const meets = articles.map((article, story) => {
    const keys = new Set<number>();
    for (const event of article.timeline) {
      const { start } = event.date;
      // The start and the coarser periods it falls in: `2026-02-17`, `2026-02`, `2026`.
      const periods = [periodCode(start.year, start.month, start.day)];
      if (start.day !== undefined) periods.push(periodCode(start.year, start.month));
      if (start.month !== undefined) periods.push(periodCode(start.year));
      for (const entry of partiesOf(event, article)) {
        let party = parties.get(entry);
        if (party === undefined) parties.set(entry, (party = parties.size));
        const [own, ...coarser] = periods;
        add(key(party, EXACT, own!), story);
        keys.add(key(party, EXACT, own!));
        keys.add(key(party, WITHIN, own!));
        for (const period of coarser) {
          add(key(party, WITHIN, period), story);
          keys.add(key(party, EXACT, period));
        }
      }
    }
    return keys;
  });
  return { filed, meets };
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

/** The `THREAD_LENGTH` nearest positions to `i` on each side in an ascending list. */
function nearestInList(list: readonly number[], i: number, earlier: Set<number>, later: Set<number>): void {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (list[middle]! < i) low = middle + 1;
    else high = middle;
  }
  for (let k = low - 1; k >= 0 && k >= low - THREAD_LENGTH; k--) later.add(list[k]!);
  const from = list[low] === i ? low + 1 : low;
  for (let k = from; k < list.length && k < from + THREAD_LENGTH; k++) earlier.add(list[k]!);
}

interface Cast {
  readonly ids: ReadonlySet<string>;
  /** One bit per actor id (by a hash): two casts whose masks share no bit share no actor. */
  readonly mask: number;
}

function castOf(article: Story): Cast {
  const ids = new Set(article.actors.map((actor) => actor.id));
  let mask = 0;
  for (const id of ids) mask |= 1 << (hashOf(id) & 31);
  return { ids, mask };
}

function hashOf(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/** The nearest stories a few weeks either side that list mostly the same actors. */
function nearestWithCast(i: number, days: readonly number[], casts: readonly Cast[], earlier: Set<number>, later: Set<number>): void {
  const cast = casts[i]!;
  if (cast.ids.size < 2) return;
  const shares = (j: number) => {
    const other = casts[j]!;
    if (other.ids.size < 2 || (cast.mask & other.mask) === 0) return false;
    let shared = 0;
    for (const id of other.ids) if (cast.ids.has(id)) shared++;
    return shared >= 2 && shared * 2 > cast.ids.size && shared * 2 > other.ids.size;
  };
  // A date-time in its own offset can put a story a calendar day off the order of publication:
  // the scan runs a day past the window and checks each story's own distance.
  const near = (j: number) => Math.abs(days[i]! - days[j]!) <= THREAD_WINDOW_DAYS;
  for (let j = i + 1, found = 0; j < days.length && found < THREAD_LENGTH && days[i]! - days[j]! <= THREAD_WINDOW_DAYS + 1; j++) {
    if (near(j) && shares(j)) earlier.add(j), found++;
  }
  for (let j = i - 1, found = 0; j >= 0 && found < THREAD_LENGTH && days[j]! - days[i]! <= THREAD_WINDOW_DAYS + 1; j--) {
    if (near(j) && shares(j)) later.add(j), found++;
  }
}

const EPOCH = new Date(2000, 0, 1);
