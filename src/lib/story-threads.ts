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

/**
 * @param articles newest first, as `SiteIndex.articles`.
 * @returns each story's thread by story id; a story in no thread maps to an empty one.
 */
export function buildStoryThreads(articles: readonly Pick<ArticleRecord, 'summary' | 'actors' | 'allActors' | 'locations' | 'timeline'>[]): Map<string, StoryThread> {
  const related = articles.map(() => new Set<number>());
  const join = (a: number, b: number) => {
    if (a === b) return;
    related[a]!.add(b);
    related[b]!.add(a);
  };
  joinBySharedEvents(articles, join);
  joinBySharedActors(articles, join);

  const threads = new Map<string, StoryThread>();
  articles.forEach((article, i) => {
    const others = related[i]!;
    if (others.size === 0) {
      threads.set(article.summary.id, NO_THREAD);
      return;
    }
    const sorted = [...others].sort((a, b) => a - b);
    // Positions are newest first: later stories come before i, earlier ones after it.
    const after = sorted.findIndex((j) => j > i);
    const laterPositions = after < 0 ? sorted : sorted.slice(0, after);
    const earlierPositions = after < 0 ? [] : sorted.slice(after);
    threads.set(article.summary.id, {
      earlier: earlierPositions.slice(0, THREAD_LENGTH).map((j) => articles[j]!.summary),
      later: laterPositions.slice(-THREAD_LENGTH).map((j) => articles[j]!.summary),
    });
  });
  return threads;
}

type Join = (a: number, b: number) => void;
type Story = Pick<ArticleRecord, 'actors' | 'allActors' | 'locations' | 'timeline'>;

/**
 * Events are filed by each actor or place they name and by their start at its own precision. An
 * event then meets those filed under its own date, its month and its year: a day-precise event
 * finds the month- and year-precise ones it agrees with, and since joining is symmetric, they
 * need not look for it.
 */
function joinBySharedEvents(articles: readonly Story[], join: Join): void {
  const filed = new Map<string, number[]>();
  articles.forEach((article, story) => {
    for (const event of article.timeline) {
      for (const party of partiesOf(event, article)) {
        const key = `${party}|${event.date.start.iso}`;
        const list = filed.get(key);
        if (list) list.push(story);
        else filed.set(key, [story]);
      }
    }
  });
  articles.forEach((article, story) => {
    for (const event of article.timeline) {
      const { iso } = event.date.start;
      for (const party of partiesOf(event, article)) {
        // `2026-02-17`, `2026-02`, `2026`: the date and the coarser periods it falls in.
        for (let length = iso.length; length >= 4; length -= 3) {
          for (const other of filed.get(`${party}|${iso.slice(0, length)}`) ?? []) join(story, other);
        }
      }
    }
  });
}

function partiesOf(event: TimelineEntry, story: Story): readonly string[] {
  const own = [...event.actors, ...event.locations];
  return (own.length > 0 ? own : [...story.allActors, ...story.locations]).map((entry) => entry.id);
}

/** Stories a few weeks apart that list mostly the same actors. */
function joinBySharedActors(articles: readonly (Story & { summary: ArticleSummary })[], join: Join): void {
  const days = articles.map((article) => differenceInCalendarDays(firstDay(article.summary.published.date), EPOCH));
  const casts = articles.map((article) => new Set(article.actors.map((actor) => actor.id)));
  for (let i = 0; i < articles.length; i++) {
    const cast = casts[i]!;
    if (cast.size < 2) continue;
    // Newest first: the stories after i are older, and the scan stops at the window's far end.
    for (let j = i + 1; j < articles.length && days[i]! - days[j]! <= THREAD_WINDOW_DAYS; j++) {
      const other = casts[j]!;
      if (other.size < 2) continue;
      let shared = 0;
      for (const id of other) if (cast.has(id)) shared++;
      if (shared >= 2 && shared * 2 > cast.size && shared * 2 > other.size) join(i, j);
    }
  }
}

const EPOCH = new Date(2000, 0, 1);
