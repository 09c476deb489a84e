/**
 * Calendar days for date-fns that no time zone can move or lose.
 *
 * date-fns computes on a `Date`'s local fields. A local `Date` built from a calendar day
 * (`new Date(2011, 11, 30)`) is wrong in a zone that skipped that day: Pacific/Apia went from 29 to
 * 31 December 2011, so there that `Date` is the 31st and "yesterday" in a story of the 31st comes
 * out as the 31st again. `CalendarDate` is a `Date` whose local fields *are* its UTC fields, so
 * every day exists and midnight is never shifted; date-fns builds its results with the argument's
 * constructor, so they stay `CalendarDate`s through every computation. (The same idea as
 * `@date-fns/utc`'s `UTCDate`, which the project does not depend on.)
 */
import { addYears } from 'date-fns/addYears';
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { endOfMonth } from 'date-fns/endOfMonth';
import { endOfYear } from 'date-fns/endOfYear';
import { startOfDay } from 'date-fns/startOfDay';
import type { DateSpan } from '../date-span';
import { dayDate, monthDate, yearDate, type PartialDate } from '../partial-date';

export class CalendarDate extends Date {
  /** A calendar day; `month` is 0–11. Out-of-range fields roll over, as `Date` does. */
  static of(year: number, month: number, day: number): CalendarDate {
    const date = new CalendarDate(0);
    date.setUTCFullYear(year, month, day); // setUTCFullYear, unlike Date.UTC, takes years 0–99 as written
    return date;
  }

  override getFullYear(): number {
    return this.getUTCFullYear();
  }
  override getMonth(): number {
    return this.getUTCMonth();
  }
  override getDate(): number {
    return this.getUTCDate();
  }
  override getDay(): number {
    return this.getUTCDay();
  }
  override getHours(): number {
    return this.getUTCHours();
  }
  override getMinutes(): number {
    return this.getUTCMinutes();
  }
  override getSeconds(): number {
    return this.getUTCSeconds();
  }
  override getMilliseconds(): number {
    return this.getUTCMilliseconds();
  }
  override getTimezoneOffset(): number {
    return 0;
  }
  override setFullYear(...args: [number, number?, number?]): number {
    return this.setUTCFullYear(...(args as [number, number, number]));
  }
  override setMonth(...args: [number, number?]): number {
    return this.setUTCMonth(...(args as [number, number]));
  }
  override setDate(date: number): number {
    return this.setUTCDate(date);
  }
  override setHours(...args: [number, number?, number?, number?]): number {
    return this.setUTCHours(...(args as [number, number, number, number]));
  }
  override setMinutes(...args: [number, number?, number?]): number {
    return this.setUTCMinutes(...(args as [number, number, number]));
  }
  override setSeconds(...args: [number, number?]): number {
    return this.setUTCSeconds(...(args as [number, number]));
  }
  override setMilliseconds(ms: number): number {
    return this.setUTCMilliseconds(ms);
  }
}

/** The real calendar day or nothing: 31 April is not 1 May. `month` is 0–11. */
export function exactDay(year: number, month: number, day: number): CalendarDate | undefined {
  const date = CalendarDate.of(year, month, day);
  return date.getFullYear() === year && date.getMonth() === month && date.getDate() === day ? date : undefined;
}

/** The first day of a partial date's period. */
export function firstOf(date: PartialDate): CalendarDate {
  return CalendarDate.of(date.year, (date.month ?? 1) - 1, date.day ?? 1);
}

/** The last day of a partial date's period. */
export function lastOf(date: PartialDate): CalendarDate {
  const first = firstOf(date);
  if (date.precision === 'day') return first;
  return startOfDay(date.precision === 'month' ? endOfMonth(first) : endOfYear(first));
}

/** The year `amount` years from `date`'s: "last year", "next year". */
export const yearFrom = (date: CalendarDate, amount: number): number => addYears(date, amount).getFullYear();

export const asDay = (date: Date): PartialDate => dayDate(date.getFullYear(), date.getMonth() + 1, date.getDate());
export const asMonth = (date: Date): PartialDate => monthDate(date.getFullYear(), date.getMonth() + 1);
export const asYear = (date: Date): PartialDate => yearDate(date.getFullYear());

/** A period as first and last day, the form every choice of occurrence below compares. */
export interface Period {
  readonly first: CalendarDate;
  readonly last: CalendarDate;
}

export function periodOf(span: DateSpan): Period {
  return { first: firstOf(span.start), last: lastOf(span.end ?? span.start) };
}

/**
 * Which way an undated recurring period ("June", "March 3", "the first quarter") is read from the
 * reference day: `back` to the latest that has begun, `ahead` to the first that has not yet ended,
 * `nearest` to the one containing the reference or else the closest (a tie goes back, as wire
 * stories report).
 */
export type Direction = 'back' | 'ahead' | 'nearest';

/**
 * The occurrence of a yearly period chosen by `direction`; `occurrence(year)` gives the period
 * labelled by that year, or nothing when that year has none (29 February).
 */
export function chooseOccurrence<T extends Period>(
  reference: CalendarDate,
  direction: Direction,
  occurrence: (year: number) => T | undefined,
): T | undefined {
  // Eight years either side always reach a leap year's 29 February.
  const candidates: T[] = [];
  for (let offset = -8; offset <= 8; offset++) {
    const found = occurrence(reference.getFullYear() + offset);
    if (found) candidates.push(found);
  }
  return chooseAmong(reference, direction, candidates);
}

/** `chooseOccurrence` over given candidates, in calendar order. */
export function chooseAmong<T extends Period>(reference: CalendarDate, direction: Direction, candidates: readonly T[]): T | undefined {
  if (direction === 'back') return candidates.filter((c) => c.first <= reference).at(-1);
  if (direction === 'ahead') return candidates.find((c) => c.last >= reference);
  return nearest(reference, candidates);
}

/** The candidate containing `reference`, or else the closest to it; the earlier on a tie. */
export function nearest<T extends Period>(reference: CalendarDate, candidates: readonly T[]): T | undefined {
  let best: T | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    const distance =
      candidate.last < reference
        ? differenceInCalendarDays(reference, candidate.last)
        : candidate.first > reference
          ? differenceInCalendarDays(candidate.first, reference)
          : 0;
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}
