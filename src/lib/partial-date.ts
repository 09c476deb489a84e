/**
 * Calendar dates known to a precision: a year (`2025`), a month (`2025-06`) or a day (`2025-06-13`).
 *
 * News events are often known only to the month ("last June"), so a date here is not an instant:
 * it is a calendar period, never shifted by the machine's time zone. To let date-fns do all the
 * arithmetic and formatting, a period is turned into a *local* `Date` built from its components
 * (`new Date(y, m, d)`), whose local fields are the calendar fields whatever `TZ` is.
 */
import { endOfMonth } from 'date-fns/endOfMonth';
import { endOfYear } from 'date-fns/endOfYear';
import { isValid } from 'date-fns/isValid';
import { parse } from 'date-fns/parse';

export type Precision = 'year' | 'month' | 'day';

export interface PartialDate {
  readonly precision: Precision;
  readonly year: number;
  /** 1–12, present for month and day precision. */
  readonly month?: number;
  /** 1–31, present for day precision. */
  readonly day?: number;
  /** The ISO 8601 form at its own precision: `2025`, `2025-06` or `2025-06-13`. */
  readonly iso: string;
}

/** A date input that is not a valid calendar date; the message says what to write instead. */
export class PartialDateError extends Error {
  override name = 'PartialDateError';
}

const PRECISION_RANK: Record<Precision, number> = { year: 0, month: 1, day: 2 };

/** Any fixed reference works: date-fns `parse` needs one only to fill fields the pattern lacks. */
const PARSE_REFERENCE = new Date(2000, 0, 1);

const FORMS: ReadonlyArray<{ pattern: RegExp; dateFns: string; precision: Precision }> = [
  { pattern: /^\d{4}$/, dateFns: 'yyyy', precision: 'year' },
  { pattern: /^\d{4}-\d{2}$/, dateFns: 'yyyy-MM', precision: 'month' },
  { pattern: /^\d{4}-\d{2}-\d{2}$/, dateFns: 'yyyy-MM-dd', precision: 'day' },
];

const EXPECTED_FORMS = 'write YYYY, YYYY-MM or YYYY-MM-DD, e.g. "2025", "2025-06" or "2025-06-13"';

/**
 * Reads a date as editors write it in YAML frontmatter.
 *
 * - a string `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (validated: `2026-02-31` and `2026-13` are errors);
 * - a number, which is what YAML makes of an unquoted year such as `2025`;
 * - a `Date`, which is what YAML makes of an unquoted `2026-02-20`: midnight UTC, so its UTC fields
 *   are the calendar date the editor wrote.
 *
 * @example parsePartialDate('2025-06') // { precision: 'month', year: 2025, month: 6, iso: '2025-06' }
 * @throws {PartialDateError} naming the bad value and the accepted forms.
 */
export function parsePartialDate(input: unknown): PartialDate {
  if (input instanceof Date) {
    if (!isValid(input)) throw new PartialDateError(`invalid date; ${EXPECTED_FORMS}`);
    return dayDate(input.getUTCFullYear(), input.getUTCMonth() + 1, input.getUTCDate());
  }
  if (typeof input === 'number') {
    if (Number.isInteger(input) && input >= 1000 && input <= 9999) return yearDate(input);
    throw new PartialDateError(`${input} is not a four-digit year; ${EXPECTED_FORMS}`);
  }
  if (typeof input !== 'string') {
    throw new PartialDateError(`expected a date, got ${describe(input)}; ${EXPECTED_FORMS}`);
  }
  const text = input.trim();
  const form = FORMS.find((f) => f.pattern.test(text));
  if (!form) throw new PartialDateError(`"${input}" is not an ISO 8601 calendar date; ${EXPECTED_FORMS}`);
  // JavaScript's Date reads years 0–99 as 1900–1999, and a news archive has no use for the first
  // millennium: refused, rather than shown as the wrong century.
  if (Number(text.slice(0, 4)) < 1000) throw new PartialDateError(`"${input}" has the year ${text.slice(0, 4)}: years before 1000 are not supported; write a year from 1000 to 9999`);
  const parsed = parse(text, form.dateFns, PARSE_REFERENCE);
  if (!isValid(parsed)) {
    throw new PartialDateError(`"${input}" is not a date in the calendar (check the month and day); ${EXPECTED_FORMS}`);
  }
  // date-fns has checked the fields; they are read from the text, not from the local `Date`
  // `parse` built, which a zone that skipped the day moves (Pacific/Apia has no 2011-12-30).
  const [year = 0, month = 1, day = 1] = text.split('-').map(Number);
  if (form.precision === 'year') return yearDate(year);
  if (form.precision === 'month') return monthDate(year, month);
  return dayDate(year, month, day);
}

export function yearDate(year: number): PartialDate {
  return { precision: 'year', year, iso: pad(year, 4) };
}

export function monthDate(year: number, month: number): PartialDate {
  return { precision: 'month', year, month, iso: `${pad(year, 4)}-${pad(month, 2)}` };
}

export function dayDate(year: number, month: number, day: number): PartialDate {
  return { precision: 'day', year, month, day, iso: `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}` };
}

/** The calendar day of a local `Date` (as date-fns returns them) at day precision. */
export function fromLocalDate(date: Date): PartialDate {
  return dayDate(date.getFullYear(), date.getMonth() + 1, date.getDate());
}

/** The first day of the period, as a local `Date` for date-fns. */
export function firstDay(date: PartialDate): Date {
  return new Date(date.year, (date.month ?? 1) - 1, date.day ?? 1);
}

/** The last day of the period (at its start), as a local `Date` for date-fns. */
export function lastDay(date: PartialDate): Date {
  const first = firstDay(date);
  if (date.precision === 'day') return first;
  const end = date.precision === 'month' ? endOfMonth(first) : endOfYear(first);
  return new Date(end.getFullYear(), end.getMonth(), end.getDate());
}

/**
 * The order of dates of mixed precision: by first day, and at the same first day the coarser
 * period first. So `2025` < `2025-01` < `2025-01-01` < `2025-01-02` < `2025-02` < `2025-06-13`:
 * a period sorts at its start, and a period that contains another comes before it.
 */
/**
 * A number that orders dates as `comparePartialDates` does: sorting by it compares numbers only,
 * which is what a timeline of 20,000 events is sorted with on every update of `--watch`.
 */
export function partialDateOrder(date: PartialDate): number {
  return ((date.year * 100 + (date.month ?? 1)) * 100 + (date.day ?? 1)) * 4 + PRECISION_RANK[date.precision];
}

export function comparePartialDates(a: PartialDate, b: PartialDate): number {
  return (
    compareNumbers(a.year, b.year) ||
    compareNumbers(a.month ?? 1, b.month ?? 1) ||
    compareNumbers(a.day ?? 1, b.day ?? 1) ||
    compareNumbers(PRECISION_RANK[a.precision], PRECISION_RANK[b.precision])
  );
}

/** Whether `outer` covers all of `inner` (a period contains itself). */
export function containsDate(outer: PartialDate, inner: PartialDate): boolean {
  return firstDay(outer) <= firstDay(inner) && lastDay(inner) <= lastDay(outer);
}

function compareNumbers(a: number, b: number): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'an object' : `${typeof value} ${JSON.stringify(value)}`;
}
