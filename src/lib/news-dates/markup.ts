/**
 * How a resolved date expression is marked up: the machine-readable `datetime` value and the
 * absolute date a reader can look up ("Tuesday" → "Tuesday 17 February 2026").
 */
import { getISOWeek } from 'date-fns/getISOWeek';
import { getISOWeekYear } from 'date-fns/getISOWeekYear';
import { formatDateSpan, formatLongDate, formatPartialDate } from '../format';
import { firstDay } from '../partial-date';
import type { DateMention } from './index';

/**
 * A valid HTML `datetime`: the date at its precision, an ISO week (`2026-W07`) for a week, and
 * the first day of a window (HTML has no interval syntax).
 */
export function mentionDatetime(mention: DateMention): string {
  const { start, end } = mention.value;
  if (mention.window || !end) return start.iso;
  const first = firstDay(start);
  return `${getISOWeekYear(first)}-W${String(getISOWeek(first)).padStart(2, '0')}`;
}

/** The absolute date in words, for the `title` of the `<time>` element. */
export function describeMention(mention: DateMention): string {
  const { start, end } = mention.value;
  if (mention.window) {
    return end ? `from ${formatPartialDate(start)} to ${formatPartialDate(end)}` : `from ${formatPartialDate(start)} on`;
  }
  return end ? formatDateSpan(mention.value) : formatLongDate(start);
}
