/**
 * The date of an event: one calendar period, or a range `{ start, end }` of them.
 */
import { isAfter } from 'date-fns/isAfter';
import {
  comparePartialDates,
  firstDay,
  lastDay,
  parsePartialDate,
  PartialDateError,
  type PartialDate,
} from './partial-date';

export interface DateSpan {
  readonly start: PartialDate;
  /** Present only for ranges; never before `start`. */
  readonly end?: PartialDate;
}

/**
 * Reads an event's `date` field: a single date in any form `parsePartialDate` accepts, or an
 * object `{ start, end }` of them.
 * @throws {PartialDateError} with the part (`start`, `end`) that is wrong.
 */
export function parseDateSpan(input: unknown): DateSpan {
  if (input !== null && typeof input === 'object' && !(input instanceof Date) && !Array.isArray(input)) {
    const { start, end, ...rest } = input as Record<string, unknown>;
    const unknown = Object.keys(rest);
    if (unknown.length > 0) {
      throw new PartialDateError(`unknown key "${unknown[0]}" in a date range; a range has only "start" and "end"`);
    }
    const startDate = parsePart(start, 'start');
    const endDate = parsePart(end, 'end');
    if (isAfter(firstDay(startDate), firstDay(endDate))) {
      throw new PartialDateError(`the range ends (${endDate.iso}) before it starts (${startDate.iso}); swap start and end`);
    }
    return { start: startDate, end: endDate };
  }
  return { start: parsePartialDate(input) };
}

function parsePart(value: unknown, part: 'start' | 'end'): PartialDate {
  if (value === undefined) throw new PartialDateError(`a date range needs "${part}"`);
  try {
    return parsePartialDate(value);
  } catch (error) {
    throw new PartialDateError(`${part}: ${(error as Error).message}`);
  }
}

/** First day covered by the span, as a local `Date`. */
export function spanFirstDay(span: DateSpan): Date {
  return firstDay(span.start);
}

/** Last day covered by the span, as a local `Date`. */
export function spanLastDay(span: DateSpan): Date {
  return lastDay(span.end ?? span.start);
}

/**
 * Spans sort by their start (see `comparePartialDates`); at the same start a single date comes
 * before a range, and shorter ranges before longer ones.
 */
export function compareDateSpans(a: DateSpan, b: DateSpan): number {
  const byStart = comparePartialDates(a.start, b.start);
  if (byStart !== 0) return byStart;
  if (!a.end || !b.end) return (a.end ? 1 : 0) - (b.end ? 1 : 0);
  return comparePartialDates(a.end, b.end);
}

/** The `datetime` value of a span: the ISO date, or ISO 8601 interval `start/end` for a range. */
export function spanIso(span: DateSpan): string {
  return span.end ? `${span.start.iso}/${span.end.iso}` : span.start.iso;
}
