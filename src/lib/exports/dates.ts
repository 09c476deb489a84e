/**
 * Calendar days for the exports, as `CalendarDate`s (src/lib/news-dates/calendar.ts) that date-fns
 * computes on: the exports must not change with the build machine's time zone (the unit tests run
 * in three), and these days have no daylight-saving gaps or skipped days to trip on.
 */
import { addDays as addCalendarDays } from 'date-fns/addDays';
import { format } from 'date-fns/format';
import type { DateSpan } from '../date-span';
import { spanIso } from '../date-span';
import { CalendarDate, firstOf, lastOf } from '../news-dates/calendar';
import type { PartialDate, Precision } from '../partial-date';

export type Day = CalendarDate;

export const firstDayOf = (date: PartialDate): Day => firstOf(date);
export const lastDayOf = (date: PartialDate): Day => lastOf(date);
export const addDays = (day: Day, days: number): Day => addCalendarDays(day, days);
export const spanFirst = (span: DateSpan): Day => firstOf(span.start);
export const spanLast = (span: DateSpan): Day => lastOf(span.end ?? span.start);

export const dayIso = (day: Day): string => format(day, 'yyyy-MM-dd');

/** `20260301`: the form of an iCalendar DATE. */
export const dayBasic = (day: Day): string => format(day, 'yyyyMMdd');

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
