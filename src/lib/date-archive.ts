/**
 * The date archive: years, months and days, each with the events that fall in it and the stories
 * published in it. Built in one pass over the timeline and one over the stories.
 *
 * Which periods an event belongs to:
 * - a day-precision event: its day, month and year; a month-precision one: its month and year;
 *   a year-precision one: its year only (the month page of June shows "June 2025" events beside the
 *   dated ones, and the year page shows everything in the year);
 * - a range: every year and month it overlaps (months only when both ends are at least
 *   month-precise), and every day it covers when both ends are days and it spans at most
 *   `MAX_RANGE_DAYS` days; longer day ranges appear on their first and last days only. In the same
 *   way a range of more than `MAX_RANGE_MONTHS` months appears on its first and last months, and
 *   one of more than `MAX_RANGE_YEARS` years on its first and last years: one long range cannot
 *   create thousands of pages (`1000-01` to `9999-12` would otherwise make some 108,000).
 */
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { differenceInCalendarMonths } from 'date-fns/differenceInCalendarMonths';
import { differenceInCalendarYears } from 'date-fns/differenceInCalendarYears';
import { eachDayOfInterval } from 'date-fns/eachDayOfInterval';
import { eachMonthOfInterval } from 'date-fns/eachMonthOfInterval';
import { eachYearOfInterval } from 'date-fns/eachYearOfInterval';
import { spanFirstDay, spanLastDay } from './date-span';
import { sameItems } from './same-items';
import type { ArticleSummary, TimelineEntry } from './model';
import { fromLocalDate, monthDate, yearDate, type PartialDate } from './partial-date';

export const MAX_RANGE_DAYS = 31;
export const MAX_RANGE_MONTHS = 36;
export const MAX_RANGE_YEARS = 20;

/** Every item, or only the first and last when there are more than `most`; never more are made. */
function eachOrEnds<T>(count: number, most: number, first: T, last: T, each: () => T[]): T[] {
  return count <= most ? each() : [first, last];
}

export interface ArchivePeriod {
  readonly date: PartialDate;
  /** In timeline order. */
  readonly events: TimelineEntry[];
  /** Newest first. */
  readonly articles: ArticleSummary[];
}

export interface ArchiveMonth extends ArchivePeriod {
  readonly days: ArchivePeriod[];
}

export interface ArchiveYear extends ArchivePeriod {
  readonly months: ArchiveMonth[];
}

export interface DateArchive {
  /** Oldest first, each with its months and days oldest first. */
  readonly years: ArchiveYear[];
  /** Every month that has something, oldest first. */
  readonly months: ArchiveMonth[];
  /** Every day that has something, oldest first. */
  readonly days: ArchivePeriod[];
  /** Every period by its ISO key (`2026`, `2026-02`, `2026-02-17`). */
  readonly byIso: ReadonlyMap<string, ArchivePeriod>;
}

/**
 * @param timeline sorted (see timeline.ts)
 * @param articles newest first
 */
/**
 * @param previous the archive of an earlier build: a period whose events, stories and sub-periods
 *   are the same objects as then is kept (the same object). The result equals a fresh build.
 */
export function buildDateArchive(timeline: readonly TimelineEntry[], articles: readonly ArticleSummary[], previous?: DateArchive): DateArchive {
  const years = new Map<string, ArchiveYear>();
  const months = new Map<string, ArchiveMonth>();
  const days = new Map<string, ArchivePeriod>();
  // Periods are found by the leading characters of a date's ISO form (years are four digits), so
  // a period's own date is made only when the period is first met.
  const yearOf = (date: PartialDate): ArchiveYear => {
    const iso = date.precision === 'year' ? date.iso : date.iso.slice(0, 4);
    let year = years.get(iso);
    if (!year) years.set(iso, (year = { date: date.precision === 'year' ? date : yearDate(date.year), events: [], articles: [], months: [] }));
    return year;
  };
  const monthOf = (date: PartialDate): ArchiveMonth => {
    const iso = date.precision === 'month' ? date.iso : date.iso.slice(0, 7);
    let month = months.get(iso);
    if (!month) months.set(iso, (month = { date: date.precision === 'month' ? date : monthDate(date.year, date.month!), events: [], articles: [], days: [] }));
    return month;
  };
  const dayOf = (date: PartialDate): ArchivePeriod => {
    let day = days.get(date.iso);
    if (!day) days.set(date.iso, (day = { date, events: [], articles: [] }));
    return day;
  };
  /** The date's year, month and day, as far as the date is precise. */
  const periodsOf = (date: PartialDate): ArchivePeriod[] =>
    date.precision === 'year' ? [yearOf(date)] : date.precision === 'month' ? [yearOf(date), monthOf(date)] : [yearOf(date), monthOf(date), dayOf(date)];

  for (const entry of timeline) {
    const dates = datesCovered(entry);
    // Only a range can meet the same month or year twice.
    const seen = dates.length > 1 ? new Set<ArchivePeriod>() : undefined;
    for (const date of dates) {
      for (const period of periodsOf(date)) {
        if (seen?.has(period)) continue;
        seen?.add(period);
        period.events.push(entry);
      }
    }
  }
  for (const article of articles) {
    for (const period of periodsOf(article.published.date)) period.articles.push(article);
  }

  // Link days into months and months into years, oldest first; each period that is as it was
  // before is the earlier object, which its parent then holds.
  const kept = <T extends ArchivePeriod>(period: T, same: (earlier: T) => boolean): T => {
    const earlier = previous?.byIso.get(period.date.iso) as T | undefined;
    return earlier && sameItems(earlier.events, period.events) && sameItems(earlier.articles, period.articles) && same(earlier) ? earlier : period;
  };
  const byIso = new Map<string, ArchivePeriod>();
  const sortedDays = sortByIso(days.values()).map((day) => kept(day, () => true));
  for (const day of sortedDays) {
    months.get(day.date.iso.slice(0, 7))!.days.push(day);
    byIso.set(day.date.iso, day);
  }
  const sortedMonths = sortByIso(months.values()).map((month) => kept(month, (earlier) => sameItems(earlier.days, month.days)));
  for (const month of sortedMonths) {
    years.get(month.date.iso.slice(0, 4))!.months.push(month);
    byIso.set(month.date.iso, month);
  }
  const sortedYears = sortByIso(years.values()).map((year) => kept(year, (earlier) => sameItems(earlier.months, year.months)));
  for (const year of sortedYears) byIso.set(year.date.iso, year);
  return { years: sortedYears, months: sortedMonths, days: sortedDays, byIso };
}

/**
 * Remembered by date object: a story's dates are the same objects from one update of
 * `npm run build -- --watch` to the next while its file is unchanged, and walking every day of
 * every range again was a good part of rebuilding the archive.
 */
const covered = new WeakMap<TimelineEntry['date'], readonly PartialDate[]>();

/** The finest periods an event touches; `periodsOf` adds their parents. */
function datesCovered(entry: TimelineEntry): readonly PartialDate[] {
  return spanCovers(entry.date);
}

function spanCovers(date: TimelineEntry['date']): readonly PartialDate[] {
  let dates = covered.get(date);
  if (!dates) {
    dates = computeDatesCovered(date);
    covered.set(date, dates);
  }
  return dates;
}

/**
 * The archive page an event's date links to: the page of its start at its own precision (a range
 * of days: its first day; of months: its first month), which the archive always has, since it is
 * the first period the event is filed under.
 */
export function archivePeriodOf(date: TimelineEntry['date']): PartialDate {
  return spanCovers(date)[0]!;
}

function computeDatesCovered(date: TimelineEntry['date']): PartialDate[] {
  // A single date is its own finest period; `periodsOf` adds the month and year.
  if (!date.end) return [date.start];
  const { start, end } = date;
  const interval = { start: spanFirstDay(date), end: spanLastDay(date) };
  const days = () => eachOrEnds(differenceInCalendarDays(interval.end, interval.start) + 1, MAX_RANGE_DAYS, interval.start, interval.end, () => eachDayOfInterval(interval)).map(fromLocalDate);
  // Months the range passes through without a listed day still list it.
  const months = () =>
    eachOrEnds(differenceInCalendarMonths(interval.end, interval.start) + 1, MAX_RANGE_MONTHS, interval.start, interval.end, () => eachMonthOfInterval(interval)).map((m) =>
      monthDate(m.getFullYear(), m.getMonth() + 1),
    );
  if (start.precision === 'day' && end.precision === 'day') return [...days(), ...months()];
  if (start.precision !== 'year' && end.precision !== 'year') return months();
  return eachOrEnds(differenceInCalendarYears(interval.end, interval.start) + 1, MAX_RANGE_YEARS, interval.start, interval.end, () => eachYearOfInterval(interval)).map((y) =>
    yearDate(y.getFullYear()),
  );
}

function sortByIso<T extends ArchivePeriod>(periods: Iterable<T>): T[] {
  return [...periods].sort((a, b) => (a.date.iso < b.date.iso ? -1 : a.date.iso > b.date.iso ? 1 : 0));
}

/**
 * Splits a period's events into those known only to this period or a coarser one ("June 2025" on
 * the June page) and those dated more finely.
 */
export function splitByPrecision(period: ArchivePeriod): { coarse: TimelineEntry[]; fine: TimelineEntry[] } {
  const rank = { year: 0, month: 1, day: 2 } as const;
  const coarse: TimelineEntry[] = [];
  const fine: TimelineEntry[] = [];
  for (const entry of period.events) {
    (rank[entry.date.start.precision] <= rank[period.date.precision] ? coarse : fine).push(entry);
  }
  return { coarse, fine };
}

/** The period with this ISO key in `periods` (oldest first), with the ones before and after it. */
export function periodAt<P extends ArchivePeriod>(periods: readonly P[], iso: string): { period: P; previous: P | undefined; next: P | undefined } | undefined {
  const i = periods.findIndex((p) => p.date.iso === iso);
  return i < 0 ? undefined : { period: periods[i]!, previous: periods[i - 1], next: periods[i + 1] };
}
