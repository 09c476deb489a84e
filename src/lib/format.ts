/**
 * How dates read on the page. Every format goes through date-fns, fed with local `Date`s built from
 * calendar fields (see partial-date.ts), so the output never depends on the machine's time zone.
 */
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { differenceInCalendarMonths } from 'date-fns/differenceInCalendarMonths';
import { differenceInCalendarYears } from 'date-fns/differenceInCalendarYears';
import { format } from 'date-fns/format';
import type { DateSpan } from './date-span';
import { remembered } from './remembered';
import { firstDay, lastDay, type PartialDate, type Precision } from './partial-date';
import type { PublishedDate } from './published-date';

/** One remembered `format` per pattern, keyed by the local date's time (fixed for a process). */
const formatters = new Map<string, (time: number) => string>();

/**
 * date-fns `format`, remembered: a site formats the same few thousand days over and over (every
 * page's timeline, every axis tick), and `format` was the largest cost in a profile of a
 * 1,000-story build.
 */
export function formatDate(date: Date, pattern: string): string {
  let formatter = formatters.get(pattern);
  if (!formatter) formatters.set(pattern, (formatter = remembered((time: number) => format(new Date(time), pattern))));
  return formatter(date.getTime());
}

const PATTERNS: Record<Precision, string> = {
  year: 'yyyy',
  month: 'MMMM yyyy',
  day: 'EEE d MMM yyyy',
};

/** `2025`, `June 2025` or `Tue 17 Feb 2026`: the precision shows in the form. */
export function formatPartialDate(date: PartialDate): string {
  return formatDate(firstDay(date), PATTERNS[date.precision]);
}

/** A single date, or `start – end` for a range. */
export function formatDateSpan(span: DateSpan): string {
  const start = formatPartialDate(span.start);
  return span.end ? `${start} – ${formatPartialDate(span.end)}` : start;
}

/** `Fri 20 Feb 2026`, or `Fri 20 Feb 2026, 14:05 (UTC+03:00)` when a time was given. */
export function formatPublished(published: PublishedDate): string {
  const day = formatPartialDate(published.date);
  if (!published.time) return day;
  const offset = published.offset === 'Z' ? 'UTC' : `UTC${published.offset}`;
  return `${day}, ${published.time} (${offset})`;
}

/** Long form for a page heading: `17 February 2026`, `February 2026`, `2026`. */
export function formatLongDate(date: PartialDate): string {
  const pattern = date.precision === 'day' ? 'EEEE d MMMM yyyy' : PATTERNS[date.precision];
  return formatDate(firstDay(date), pattern);
}

/**
 * How far an event lies from a story's publication, in the event's own precision: "3 days before",
 * "8 months before", "9 days after", "same day". A period that contains the publication day (an
 * event in "February 2026" for a story of 20 Feb 2026) is "same month" / "same year".
 */
export function describeOffset(span: DateSpan, published: PublishedDate): string {
  const reference = firstDay(published.date);
  const date = span.start;
  const start = firstDay(date);
  if (start <= reference && reference <= lastDay(span.end ?? date) && span.end) return 'ongoing at publication';
  switch (date.precision) {
    case 'day':
      return phrase(differenceInCalendarDays(start, reference), 'day');
    case 'month':
      return phrase(differenceInCalendarMonths(start, reference), 'month');
    case 'year':
      return phrase(differenceInCalendarYears(start, reference), 'year');
  }
}

function phrase(difference: number, unit: 'day' | 'month' | 'year'): string {
  if (difference === 0) return `same ${unit}`;
  const count = Math.abs(difference);
  return `${count} ${unit}${count === 1 ? '' : 's'} ${difference < 0 ? 'before' : 'after'}`;
}

/** `1 story`, `3 stories`, `0 events`. */
export function countNoun(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}
