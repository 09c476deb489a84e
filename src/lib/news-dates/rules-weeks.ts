/**
 * Rules for weeks and weekends, as spans of days in ISO weeks (Monday to Sunday).
 *
 * "last week" and "next week" are whole ISO weeks. "this week" is the publication's ISO week but
 * never a span running past publication in a past or unmarked clause (Monday to publication;
 * "earlier this week" to the day before), nor before it in a future one (publication to Sunday;
 * "later this week" from the day after). "early next week" is Monday–Wednesday, "late last week"
 * Thursday–Sunday; a weekend is Saturday and Sunday.
 */
import { addDays } from 'date-fns/addDays';
import { addWeeks } from 'date-fns/addWeeks';
import { endOfISOWeek } from 'date-fns/endOfISOWeek';
import { max } from 'date-fns/max';
import { min } from 'date-fns/min';
import { startOfDay } from 'date-fns/startOfDay';
import { startOfISOWeek } from 'date-fns/startOfISOWeek';
import { subDays } from 'date-fns/subDays';
import { chooseAmong, exactDay, type CalendarDate, type Period } from './calendar';
import { monthDay } from './rules-days';
import { B, DAY, days, E, leadWord, re, rei, YEAR, type Resolved, type Rule } from './rule';
import { MONTH_PATTERN, monthIndex } from './vocabulary';

export function isoWeek(date: CalendarDate): Period {
  return { first: startOfISOWeek(date), last: startOfDay(endOfISOWeek(date)) };
}

const weekend = (date: CalendarDate): Period => {
  const monday = startOfISOWeek(date);
  return { first: addDays(monday, 5), last: addDays(monday, 6) };
};

const span = (rule: string, period: Period): Resolved => days(rule, period.first, period.last);

function thisWeek(published: CalendarDate, modifier: string | undefined, ahead: boolean): Period {
  const { first: monday, last: sunday } = isoWeek(published);
  switch (modifier) {
    case 'earlier':
      return { first: monday, last: max([monday, subDays(published, 1)]) };
    case 'later':
      return { first: min([addDays(published, 1), sunday]), last: sunday };
    case 'early':
      return { first: monday, last: addDays(monday, 2) };
    case 'late':
      return { first: addDays(monday, 3), last: sunday };
    default:
      return ahead ? { first: published, last: sunday } : { first: monday, last: published };
  }
}

const WEEKEND_LEADS = new Set(['over', 'at', 'during', 'on', 'by', 'until', 'since', 'for', 'through', 'before', 'after', 'throughout']);

export const WEEK_RULES: readonly Rule[] = [
  {
    name: 'relative-week',
    needs: /week/i,
    pattern: rei(`${B}(?:(earlier|later|early|late)\\s+)?(last|this|next|the coming)\\s+week${E}`),
    resolve: (m, c) => {
      const which = m[2]!.toLowerCase();
      const modifier = m[1]?.toLowerCase();
      if (which === 'this') return span('relative-week', thisWeek(c.published, modifier, c.direction === 'ahead'));
      const week = isoWeek(addWeeks(c.published, which === 'last' ? -1 : 1));
      if (modifier === 'early') return span('relative-week', { first: week.first, last: addDays(week.first, 2) });
      if (modifier === 'late') return span('relative-week', { first: addDays(week.first, 3), last: week.last });
      return span('relative-week', week);
    },
  },
  {
    // "earlier in the week" is the publication's week, as "earlier this week".
    name: 'in-the-week',
    needs: /week/i,
    pattern: rei(`${B}(earlier|later)\\s+in\\s+the\\s+week${E}`),
    resolve: (m, c) => span('relative-week', thisWeek(c.published, m[1]!.toLowerCase(), false)),
  },
  {
    name: 'week-before-last',
    needs: /week/i,
    pattern: rei(`${B}the week before last${E}`),
    resolve: (_, c) => span('relative-week', isoWeek(addWeeks(c.published, -2))),
  },
  {
    name: 'weekend',
    needs: /weekend/i,
    pattern: rei(`${B}(?:(last|this|next|the coming)\\s+weekend|the\\s+weekend)${E}`),
    resolve: (m, c) => {
      const which = m[1]?.toLowerCase();
      if (which === 'last') return span('weekend', weekend(addWeeks(c.published, -1)));
      if (which === 'this') return span('weekend', weekend(c.published));
      if (which) return span('weekend', weekend(addWeeks(c.published, 1)));
      if (!WEEKEND_LEADS.has(leadWord(c.before))) return undefined;
      const around = [-1, 0, 1].map((offset) => weekend(addWeeks(c.published, offset)));
      const chosen = chooseAmong(c.reference, c.direction === 'nearest' ? 'back' : c.direction, around);
      return chosen && span('weekend', chosen);
    },
  },
  {
    // "the week of March 9": the ISO week holding that day.
    name: 'week-of',
    needs: /week/i,
    pattern: re(`${B}[Ww]eek of\\s+(?:(${MONTH_PATTERN})\\s+${DAY}|(?:the\\s+)?${DAY}\\s+(?:of\\s+)?(${MONTH_PATTERN}))(?:,?\\s+${YEAR})?${E}`),
    resolve: (m, c) => {
      const month = monthIndex(m[1] ?? m[4]!);
      const day = Number(m[2] ?? m[3]);
      const date = m[5] ? exactDay(Number(m[5]), month, day) : monthDay(c, month, day);
      return date && span('week-of', isoWeek(date));
    },
  },
];
