/**
 * Publication dates (`published`, `updated`): an ISO 8601 calendar date, or a date-time with an
 * explicit offset. The calendar date and wall-clock time are kept as written, in the story's own
 * offset, so a story filed at 01:00 in Istanbul is never shown as the previous day anywhere.
 */
import { isValid } from 'date-fns/isValid';
import { parse } from 'date-fns/parse';
import { dayDate, PartialDateError, parsePartialDate, type PartialDate } from './partial-date';

export interface PublishedDate {
  /** The value for `datetime` attributes and feeds: `2026-02-20` or `2026-02-20T14:05:00+03:00`. */
  readonly iso: string;
  /** The calendar day as written (in the story's offset). */
  readonly date: PartialDate;
  /** Wall-clock time as written, `HH:mm`, when a time was given. */
  readonly time?: string;
  /** The offset as written (`+03:00`, `Z`), when a time was given. */
  readonly offset?: string;
  /** Milliseconds since the epoch, for ordering stories; a bare date counts as its UTC midnight. */
  readonly epochMs: number;
}

const DATE_TIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;

const EXPECTED = 'write an ISO 8601 date "2026-02-20" or a date-time with offset "2026-02-20T14:05:00+03:00"';

/**
 * @throws {PartialDateError} when the value is not a valid ISO date or date-time with offset.
 */
export function parsePublishedDate(input: unknown): PublishedDate {
  if (input instanceof Date) return fromYamlTimestamp(input);
  if (typeof input !== 'string') throw new PartialDateError(`expected a date, got ${typeof input}; ${EXPECTED}`);
  const text = input.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) {
    const date = parsePartialDate(text);
    return { iso: date.iso, date, epochMs: Date.UTC(date.year, date.month! - 1, date.day) };
  }
  const match = DATE_TIME.exec(text);
  if (!match) {
    const hint = /T\d{2}:\d{2}/.test(text) ? ' (a date-time needs an offset such as "Z" or "+03:00")' : '';
    throw new PartialDateError(`"${input}" is not an ISO 8601 date or date-time${hint}; ${EXPECTED}`);
  }
  const [, day = '', hours = '', minutes = '', seconds = '00', rawOffset = ''] = match;
  const date = parsePartialDate(day);
  if (!isValid(parse(`${hours}:${minutes}:${seconds}`, 'HH:mm:ss', new Date(2000, 0, 1)))) {
    throw new PartialDateError(`"${input}" has an impossible time of day; ${EXPECTED}`);
  }
  const offset = rawOffset === 'Z' ? 'Z' : rawOffset.replace(/^([+-]\d{2}):?(\d{2})$/, '$1:$2');
  if (!isRealOffset(offset)) {
    throw new PartialDateError(`"${input}" has the offset ${offset}, which no place on Earth uses; write an offset from -12:00 to +14:00 with minutes below 60, such as "+03:00" or "Z"`);
  }
  const iso = `${day}T${hours}:${minutes}:${seconds}${offset}`;
  return { iso, date, time: `${hours}:${minutes}`, offset, epochMs: Date.parse(iso) };
}

/** `Z`, or ±hh:mm from -12:00 to +14:00 with minutes below 60: the offsets clocks use. */
function isRealOffset(offset: string): boolean {
  if (offset === 'Z') return true;
  const sign = offset[0] === '-' ? -1 : 1;
  const hours = Number(offset.slice(1, 3));
  const minutes = Number(offset.slice(4, 6));
  const total = sign * (hours * 60 + minutes);
  return minutes < 60 && total >= -12 * 60 && total <= 14 * 60;
}

/**
 * YAML turns an unquoted `2026-02-20` into midnight UTC and an unquoted date-time into an instant
 * (losing its offset): read midnight UTC as the bare date, anything else as a time in UTC.
 */
function fromYamlTimestamp(value: Date): PublishedDate {
  if (!isValid(value)) throw new PartialDateError(`invalid date; ${EXPECTED}`);
  const date = dayDate(value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate());
  const epochMs = value.getTime();
  if (epochMs === Date.UTC(date.year, date.month! - 1, date.day)) return { iso: date.iso, date, epochMs };
  const iso = value.toISOString().replace(/\.000Z$/, 'Z');
  return { iso, date, time: iso.slice(11, 16), offset: 'Z', epochMs };
}

/** Newest first; equal instants keep a stable order by the given tie-breaker. */
export function compareNewestFirst(a: PublishedDate, b: PublishedDate): number {
  return b.epochMs - a.epochMs;
}
