/**
 * How a resolved date expression is marked up: the machine-readable `datetime` value and the
 * absolute date a reader can look up ("Tuesday" → "Tuesday 17 February 2026").
 */
import { getISOWeek } from 'date-fns/getISOWeek';
import { getISOWeekYear } from 'date-fns/getISOWeekYear';
import { isSameISOWeek } from 'date-fns/isSameISOWeek';
import { formatDateSpan, formatLongDate, formatPartialDate } from '../format';
import { firstOf, lastOf } from './calendar';
import type { DateMention } from './index';

/**
 * A valid HTML `datetime`, which has no syntax for intervals: a single date at its precision;
 * for a span, the narrowest HTML period that holds all of it — an ISO week (`2026-W07`) for a
 * span inside one ISO week (weeks, weekends), else its month (`2026-03` for "early March"), else
 * its year (`2026` for "the third quarter") — and otherwise its first period (`1990` for "the
 * 1990s", `2025-12` for a winter); a window gives its first day.
 */
export function mentionDatetime(mention: DateMention): string {
  const { start, end } = mention.value;
  if (mention.window || !end) return start.iso;
  const first = firstOf(start);
  const last = lastOf(end);
  if (start.precision === 'day' && end.precision === 'day' && isSameISOWeek(first, last)) {
    return `${getISOWeekYear(first)}-W${String(getISOWeek(first)).padStart(2, '0')}`;
  }
  if (first.getFullYear() === last.getFullYear()) {
    return first.getMonth() === last.getMonth() ? start.iso.slice(0, 7) : start.iso.slice(0, 4);
  }
  return start.iso;
}

/** The absolute date in words, for the `title` of the `<time>` element. */
export function describeMention(mention: DateMention): string {
  const { start, end } = mention.value;
  if (mention.window) {
    return end ? `from ${formatPartialDate(start)} to ${formatPartialDate(end)}` : `from ${formatPartialDate(start)} on`;
  }
  return end ? formatDateSpan(mention.value) : formatLongDate(start);
}
