/**
 * Timelines: ordering events of mixed precision, merging the same event reported by several
 * stories, and grouping by year and month for display.
 */
import { slug } from 'github-slugger';
import { compareDateSpans, spanIso } from './date-span';
import { unionById } from './by-id';
import type { TimelineEntry } from './model';
import { partialDateOrder } from './partial-date';

/**
 * By date (see `compareDateSpans`: earlier first, a coarser period before the finer ones it starts
 * with), then occurred before expected. Events still tied keep the order they were given in: the
 * editor's order within a story, and older stories first across stories (`sortTimeline` is stable),
 * because the editor knows that "the talks ended" came before "Vance spoke" on the same day.
 */
export function compareTimelineEntries(a: TimelineEntry, b: TimelineEntry): number {
  return compareDateSpans(a.date, b.date) || (a.status === b.status ? 0 : a.status === 'occurred' ? -1 : 1);
}

/**
 * Sorted copy; stable, so ties keep their input order. In `compareTimelineEntries`' order, by
 * numbers worked out once per entry.
 */
export function sortTimeline(entries: Iterable<TimelineEntry>): TimelineEntry[] {
  const keyed = [...entries].map((entry) => {
    const { start, end } = entry.date;
    // A single date (-1) before a range at the same start; then the range's end.
    return { entry, start: partialDateOrder(start), end: end ? partialDateOrder(end) : -1, status: entry.status === 'occurred' ? 0 : 1 };
  });
  keyed.sort((a, b) => a.start - b.start || a.end - b.end || a.status - b.status);
  return keyed.map((keyed) => keyed.entry);
}

/** The anchor key of an event: its ISO date and title, e.g. `2026-02-17-second-round-concluded`. */
export function timelineKey(date: TimelineEntry['date'], title: string): string {
  return slugOf(`${spanIso(date).replace('/', '--')} ${title}`).slice(0, 96).replace(/-+$/, '');
}

const ASCII = /^[\0-\x7F]*$/;
/** What github-slugger removes of ASCII: every character but letters, digits, space, `-` and `_`. */
const ASCII_REMOVED = /[\0-\x1F!-,./:-@[-^`{-\x7F]/g;

/**
 * github-slugger's `slug`, taking a short cut for plain ASCII text (most titles): its pattern
 * covers all of Unicode, and matching it was most of the time it takes to key a newsroom's events.
 */
function slugOf(text: string): string {
  return ASCII.test(text) ? text.toLowerCase().replace(ASCII_REMOVED, '').replaceAll(' ', '-') : slug(text);
}

/**
 * Merges events that several stories report: same date and same title (ignoring case and
 * punctuation) become one entry listing every story, with the union of their actors and places.
 * Pass the timelines oldest story first: ties in date keep that order.
 */
export function mergeTimelines(timelines: Iterable<readonly TimelineEntry[]>): TimelineEntry[] {
  const merged = new Map<string, TimelineEntry>();
  for (const timeline of timelines) {
    for (const entry of timeline) {
      const existing = merged.get(entry.key);
      merged.set(entry.key, existing ? combine(existing, entry) : entry);
    }
  }
  return sortTimeline(merged.values());
}

/**
 * Each merge of two entries, kept while both are the same objects: an event two stories share is
 * then the same object from one update of `--watch` to the next, like any other, and so are the
 * archive pages and profiles that list it.
 */
const combined = new WeakMap<TimelineEntry, WeakMap<TimelineEntry, TimelineEntry>>();

function combine(a: TimelineEntry, b: TimelineEntry): TimelineEntry {
  let withA = combined.get(a);
  if (!withA) combined.set(a, (withA = new WeakMap()));
  let merged = withA.get(b);
  if (!merged) withA.set(b, (merged = combineFresh(a, b)));
  return merged;
}

function combineFresh(a: TimelineEntry, b: TimelineEntry): TimelineEntry {
  return {
    ...a,
    // One report of it having happened outweighs another that still expected it.
    status: a.status === 'occurred' || b.status === 'occurred' ? 'occurred' : 'expected',
    actors: unionById(a.actors, b.actors),
    locations: unionById(a.locations, b.locations),
    articles: unionById(a.articles, b.articles),
  };
}

export interface TimelineMonthGroup {
  /** 1–12, or `undefined` for events known only to the year. */
  readonly month: number | undefined;
  readonly entries: TimelineEntry[];
}

export interface TimelineYearGroup {
  readonly year: number;
  readonly months: TimelineMonthGroup[];
}

/**
 * More events than this (about 300 KB of HTML) and a page does not list them all: the site timeline
 * becomes an overview of months, and a year's archive page sends the reader to its months. (At
 * 5,000 stories a site has 20,000 events: one page of them all is tens of megabytes.)
 */
export const MAX_LISTED_EVENTS = 300;

/**
 * Groups a sorted timeline by the year and month its entries start in. Year-only events come
 * first in their year, as the sort order already puts them.
 */
export function groupByYearAndMonth(sorted: readonly TimelineEntry[]): TimelineYearGroup[] {
  const years: TimelineYearGroup[] = [];
  for (const entry of sorted) {
    const { year, month } = entry.date.start;
    let yearGroup = years.at(-1);
    if (yearGroup?.year !== year) {
      yearGroup = { year, months: [] };
      years.push(yearGroup);
    }
    let monthGroup = yearGroup.months.at(-1);
    if (!monthGroup || monthGroup.month !== month) {
      monthGroup = { month, entries: [] };
      yearGroup.months.push(monthGroup);
    }
    monthGroup.entries.push(entry);
  }
  return years;
}
