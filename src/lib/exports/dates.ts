/**
 * Calendar arithmetic for the exports, on the date's own fields through `Date.UTC`: the exports
 * must not change with the build machine's time zone (the unit tests run in three), and a UTC
 * day number has no daylight-saving gaps or skipped days to trip on.
 */
import type { DateSpan } from '../date-span';
import { spanIso } from '../date-span';
import type { PartialDate, Precision } from '../partial-date';

/** A calendar day, month 1–12. */
export interface Day {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

const MS_PER_DAY = 86_400_000;

function fromUtc(ms: number): Day {
  const date = new Date(ms);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** Days since 1970-01-01, for comparing days without building local `Date`s. */
export function dayNumber(day: Day): number {
  return Date.UTC(day.year, day.month - 1, day.day) / MS_PER_DAY;
}

export function firstDayOf(date: PartialDate): Day {
  return { year: date.year, month: date.month ?? 1, day: date.day ?? 1 };
}

export function lastDayOf(date: PartialDate): Day {
  if (date.precision === 'day') return firstDayOf(date);
  // Day 0 of the following month or year is the last day of this one.
  if (date.precision === 'month') return fromUtc(Date.UTC(date.year, date.month!, 0));
  return { year: date.year, month: 12, day: 31 };
}

export function addDays(day: Day, days: number): Day {
  return fromUtc(Date.UTC(day.year, day.month - 1, day.day + days));
}

export function spanFirst(span: DateSpan): Day {
  return firstDayOf(span.start);
}

export function spanLast(span: DateSpan): Day {
  return lastDayOf(span.end ?? span.start);
}

export function dayIso(day: Day): string {
  return `${String(day.year).padStart(4, '0')}-${String(day.month).padStart(2, '0')}-${String(day.day).padStart(2, '0')}`;
}

/** `20260301`: the form of an iCalendar DATE. */
export function dayBasic(day: Day): string {
  return dayIso(day).replaceAll('-', '');
}

export interface DateJson {
  readonly iso: string;
  readonly precision: Precision;
}

/**
 * An event's date in the JSON files. Besides the dates at their own precision, the first and last
 * days covered are spelled out, so a consumer can sort and filter by day without reimplementing
 * "a month runs to its last day".
 */
export interface SpanJson {
  /** `2025-06`, `2026-03-01` or an ISO 8601 interval `2026-02-19/2026-03-01`. */
  readonly iso: string;
  readonly start: DateJson;
  readonly end: DateJson | null;
  readonly first_day: string;
  readonly last_day: string;
}

export function dateJson(date: PartialDate): DateJson {
  return { iso: date.iso, precision: date.precision };
}

export function spanJson(span: DateSpan): SpanJson {
  return {
    iso: spanIso(span),
    start: dateJson(span.start),
    end: span.end ? dateJson(span.end) : null,
    first_day: dayIso(spanFirst(span)),
    last_day: dayIso(spanLast(span)),
  };
}
