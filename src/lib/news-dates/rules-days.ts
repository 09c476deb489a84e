/**
 * Rules for single days: weekdays, month and day ("Feb. 6", "6 February", "Saturday, April 25",
 * each day of "May 14 and 28" and "on 3 and 5 March"), "yesterday" and kin, "three days ago", and
 * its mirror "in six months" / "two years from now".
 */
import { addDays } from 'date-fns/addDays';
import { addMonths } from 'date-fns/addMonths';
import { addWeeks } from 'date-fns/addWeeks';
import { addYears } from 'date-fns/addYears';
import { getDay } from 'date-fns/getDay';
import { nextDay } from 'date-fns/nextDay';
import { previousDay } from 'date-fns/previousDay';
import type { Day } from 'date-fns';
import { chooseOccurrence, exactDay, firstOf, nearest, type CalendarDate, type Direction } from './calendar';
import { atDay, atMonth, atYear, B, DAY, days, E, re, rei, YEAR, type Anchored, type Context, type Earlier, type Resolved, type Rule, MONTH_HINT } from './rule';
import { anyCase, COUNT_NOUNS, COUNT_PATTERN, countValue, MONTH_NAMES, MONTH_PATTERN, monthIndex, WEEKDAY_PATTERN, weekdayIndex } from './vocabulary';

/** The weekday on or before the reference (looking back), or on or after it (looking ahead). */
function weekday(reference: CalendarDate, index: number, direction: Direction): CalendarDate {
  if (getDay(reference) === index) return reference;
  return direction === 'ahead' ? nextDay(reference, index as Day) : previousDay(reference, index as Day);
}

/** A month and day without a year: the occurrence `direction` picks (29 February finds a leap year). */
export function monthDay(c: Context, month: number, day: number): CalendarDate | undefined {
  return chooseOccurrence(c.reference, c.direction, (year) => {
    const date = exactDay(year, month, day);
    return date && { first: date, last: date };
  })?.first;
}

/**
 * A month and day with its weekday: the occurrence nearest the reference that falls on that weekday,
 * whatever the tense ("on Saturday, April 25" in a story of Friday 24 April 2026 is the next day).
 * Every month and day meets every weekday within 28 years; a weekday that never matches is a slip,
 * and the date is read without it.
 */
function monthDayOnWeekday(c: Context, month: number, day: number, weekdayName: string): CalendarDate | undefined {
  const wanted = weekdayIndex(weekdayName);
  const matching = [];
  for (let offset = -28; offset <= 28; offset++) {
    const date = exactDay(c.reference.getFullYear() + offset, month, day);
    if (date && getDay(date) === wanted) matching.push({ first: date, last: date });
  }
  return nearest(c.reference, matching)?.first ?? monthDay(c, month, day);
}

function dated(rule: string, c: Context, month: string, dayText: string, stated: string | undefined, weekdayName?: string): Resolved | undefined {
  const m = monthIndex(month);
  const d = Number(dayText);
  // "May 14 and 28, 2025": the year that closes a list of days is the first day's too.
  const year = stated ?? LIST_YEAR_AFTER.exec(c.after)?.[1];
  if (year) {
    const date = exactDay(Number(year), m, d);
    return date && atDay(`${rule}-year`, date);
  }
  const date = weekdayName ? monthDayOnWeekday(c, m, d, weekdayName) : monthDay(c, m, d);
  return date && atDay(rule, date);
}

/** The last day-precise mention before this one, for "the following Tuesday". */
function lastDay(earlier: readonly Earlier[]): CalendarDate | undefined {
  const found = earlier.findLast((e) => e.resolved.precision === 'day');
  return found && firstOf(found.resolved.value.start);
}

const EVERY = /\b(?:every|each)\s+$/i;

/** Between the days of a list: "May 14 and 28", "June 1, 2 and 3", "3, 4 or 5 March". */
const LIST_JOINT = '(?:\\s*,\\s*(?:and\\s+|or\\s+)?|\\s+(?:and|or|&)\\s+)';
const LIST_DAY = '\\d{1,2}(?:st|nd|rd|th)?';
/** The rest of a list after a day, up to a year that closes it: ", 2 and 3, 2026". */
const LIST_YEAR_AFTER = new RegExp(`^(?:${LIST_JOINT}${LIST_DAY})+,?\\s+(\\d{4})${E}`, 'u');

/**
 * What makes a number after a day of a list a count: "on May 14 and 28 people died", "March 3
 * and 5 others", "3 and 5 p.m.", "5-7". A plural noun right after the number is taken for what it
 * counts, as years are (rules-years.ts), at the cost of "the talks on March 3 and 5 remains".
 */
function countsAfterListDay(after: string): boolean {
  if (/^\s*(?:[-–%]|(?:percent|per|million|billion|thousand|hundred|dozen|of|more|other|others|[ap]\.?m\.?|o['’]clock|GMT|UTC|hours?|minutes?|times)\b)/iu.test(after)) return true;
  const word = /^\s+(\p{Ll}[\p{Ll}’'-]*)/u.exec(after)?.[1];
  return !!word && (COUNT_NOUNS.has(word) || (word.length > 3 && word.endsWith('s') && !/(?:ss|us|is)$/.test(word)));
}

const MODIFIER_LIST = new RegExp(`\\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur)\\s+(?:${MONTH_PATTERN})\\s+${LIST_DAY}(?:${LIST_JOINT}${LIST_DAY})*${LIST_JOINT}$`, 'u');

/** Leads of a list whose month comes last: "on 3 and 5 March", "between 10 and 12 April". */
const DAY_LIST_LEAD = /(?:^|\b(?:on|between|from|since|until|till|by|over|the|for|of|during|and)\s+|\d(?:st|nd|rd|th)?\s*,\s*)$/i;

/**
 * A list of days closes with "and" or "or": in "On March 3, 15 were killed" the 15 after a bare
 * comma is a count, in "June 1, 2 and 3" the 2 is a day.
 */
const AND_BEFORE = /,?\s+(?:and|or|&)\s+$/;
const AND_AHEAD = new RegExp(`^(?:\\s*,\\s*${LIST_DAY})*,?\\s+(?:and|or|&)\\s+\\d`, 'u');

/** The later day of a list shares the month and year of the day just before it. */
function listDay(c: Context, month: number, dayText: string, year: string | undefined): Resolved | Anchored | undefined {
  const day = Number(dayText);
  if (year) {
    const date = exactDay(Number(year), month, day);
    return date && atDay('month-day-list', date);
  }
  const own = dated('month-day', c, MONTH_NAMES[month]!, dayText, undefined);
  return {
    rule: 'month-day-list',
    anchored: ({ earlier }) => {
      const previous = earlier.at(-1)?.resolved;
      const start = previous && !previous.value.end && previous.precision === 'day' ? previous.value.start : undefined;
      const date = start && start.month === month + 1 ? exactDay(start.year, month, day) : undefined;
      return date ? atDay('month-day-list', date) : own && { ...own, rule: 'month-day-list' };
    },
  };
}

/**
 * "three weeks ago" and "in three weeks" count whole units from a day and keep the precision the
 * unit states: a week is no calendar week but seven days, as "a week later" is (rules-anchored.ts).
 */
function offset(rule: string, from: CalendarDate, unit: string, count: number): Resolved {
  if (unit.startsWith('day')) return atDay(rule, addDays(from, count));
  if (unit.startsWith('week')) return atDay(rule, addWeeks(from, count));
  if (unit.startsWith('month')) return atMonth(rule, addMonths(from, count));
  return atYear(rule, addYears(from, count));
}

/**
 * "in six months" is a date only when the clause looks ahead: "prices doubled in six months" is a
 * duration. Even ahead, "the first time in two years", "the highest in a decade" and "twice in a
 * year" measure a stretch of time, not a point.
 */
const DURATION_BEFORE =
  /\b(?:time|times|once|twice|first|record|ever|since|\p{L}+est|most|least|more|less|than|only|just|all)\s+(?:[\p{L}-]+\s+){0,2}$/iu;
/** "in six months of talks", "in a day or two", "in two weeks to a month": no single point. */
const NOT_A_POINT_AFTER = /^(?:\s*(?:of|or|to|and)\b|-)/i;

export const DAY_RULES: readonly Rule[] = [
  {
    name: 'weekday-month-day',
    needs: /day/,
    pattern: re(`${B}(${WEEKDAY_PATTERN}),?\\s+(${MONTH_PATTERN})\\s+${DAY}(?:,?\\s+${YEAR})?${E}`),
    resolve: (m, c) => dated('weekday-month-day', c, m[2]!, m[3]!, m[4], m[1]),
  },
  {
    name: 'weekday-day-month',
    needs: /day/,
    pattern: re(`${B}(${WEEKDAY_PATTERN}),?\\s+(?:the\\s+)?${DAY}\\s+(?:of\\s+)?(${MONTH_PATTERN})(?:,?\\s+${YEAR})?${E}`),
    resolve: (m, c) => dated('weekday-month-day', c, m[3]!, m[2]!, m[4], m[1]),
  },
  {
    name: 'month-day',
    needs: MONTH_HINT,
    pattern: re(`${B}(${MONTH_PATTERN})\\s+${DAY}(?:,?\\s+${YEAR})?${E}(?!\\s*[-–]\\s*\\d)`),
    resolve: (m, c) => dated('month-day', c, m[1]!, m[2]!, m[3]),
  },
  {
    // The later days of "May 14 and 28", "on March 3 and 5", "June 1, 2 and 3": each its own date.
    name: 'month-day-list',
    needs: /\d/,
    pattern: re(`(?<=${B}(${MONTH_PATTERN})\\s+${LIST_DAY}(?:${LIST_JOINT}${LIST_DAY})*${LIST_JOINT})${DAY}(?:,?\\s+${YEAR})?${E}`),
    resolve: (m, c) => {
      if (!(AND_BEFORE.test(c.before) || AND_AHEAD.test(c.after))) return undefined;
      // After "the June 2 and 9" the plural is what the days date ("rounds"), not what they count.
      if (!MODIFIER_LIST.test(c.before) && countsAfterListDay(c.after)) return undefined;
      return listDay(c, monthIndex(m[1]!), m[2]!, m[3]);
    },
  },
  {
    // The earlier days of "on 3 and 5 March", "3, 4 or 5 March": the year the last day takes.
    name: 'day-month-list',
    needs: /\d/,
    pattern: re(`${B}${DAY}(?=(?:${LIST_JOINT}${LIST_DAY})*${LIST_JOINT}(${LIST_DAY})\\s+(?:of\\s+)?(${MONTH_PATTERN})(?:,?\\s+${YEAR})?${E})${E}`),
    resolve: (m, c) => {
      if (!DAY_LIST_LEAD.test(c.before)) return undefined;
      const last = dated('day-month', c, m[3]!, m[2]!.replace(/\D+$/, ''), m[4]);
      const date = last && exactDay(last.value.start.year, monthIndex(m[3]!), Number(m[1]));
      return date && atDay('day-month-list', date);
    },
  },
  {
    name: 'day-month',
    needs: MONTH_HINT,
    pattern: re(`${B}(?:the\\s+)?${DAY}\\s+(?:of\\s+)?(${MONTH_PATTERN})(?:,?\\s+${YEAR})?${E}`),
    resolve: (m, c) => dated('day-month', c, m[2]!, m[1]!, m[3]),
  },
  {
    // "March 3-5", "3–5 March": a span of days in one month.
    name: 'month-day-range',
    needs: MONTH_HINT,
    pattern: re(`${B}(?:(${MONTH_PATTERN})\\s+${DAY}\\s*[-–]\\s*${DAY}|${DAY}\\s*[-–]\\s*${DAY}\\s+(${MONTH_PATTERN}))(?:,?\\s+${YEAR})?${E}`),
    resolve: (m, c) => {
      const month = monthIndex(m[1] ?? m[6]!);
      const [from, to] = m[1] ? [Number(m[2]), Number(m[3])] : [Number(m[4]), Number(m[5])];
      if (!(from < to)) return undefined;
      const first = m[7] ? exactDay(Number(m[7]), month, from) : monthDay(c, month, from);
      const last = first && exactDay(first.getFullYear(), month, to);
      return first && last ? days('month-day-range', first, last) : undefined;
    },
  },
  {
    name: 'relative-day',
    needs: /today|yesterday|tomorrow|tonight|morning|afternoon|evening|night/i,
    pattern: rei(
      `${B}(today|yesterday|tomorrow|tonight|this (?:morning|afternoon|evening)|last night|the day before yesterday|the day after tomorrow)${E}(?![’']s)`,
    ),
    resolve: (m, c) => {
      const word = m[1]!.toLowerCase();
      const offset = { yesterday: -1, 'last night': -1, tomorrow: 1, 'the day before yesterday': -2, 'the day after tomorrow': 2 }[word] ?? 0;
      return atDay('relative-day', addDays(c.published, offset));
    },
  },
  {
    name: 'ago',
    needs: /ago/i,
    pattern: rei(`${B}(${COUNT_PATTERN})\\s+(days?|weeks?|months?|years?)\\s+ago${E}`),
    resolve: (m, c) => {
      const count = countValue(m[1]!);
      return Number.isFinite(count) ? offset('ago', c.published, m[2]!.toLowerCase(), -count) : undefined;
    },
  },
  {
    // Counted from the reference, so "said on Monday it would open in 10 days" counts from Monday.
    name: 'in-count',
    needs: /\bin\b/i,
    pattern: rei(`${B}in\\s+(?:(?:about|around|roughly|some|approximately)\\s+)?(${COUNT_PATTERN})\\s+(days?|weeks?|months?|years?)(?:['’]\\s*time)?${E}`),
    resolve: (m, c) => {
      if (c.tense !== 'future' || DURATION_BEFORE.test(c.before) || NOT_A_POINT_AFTER.test(c.after)) return undefined;
      const count = countValue(m[1]!);
      return Number.isFinite(count) ? offset('from-now', c.reference, m[2]!.toLowerCase(), count) : undefined;
    },
  },
  {
    // "now" is the speaker's: the date of the report when the sentence gives one, else publication.
    name: 'from-now',
    needs: /from/i,
    pattern: rei(`${B}(${COUNT_PATTERN})\\s+(days?|weeks?|months?|years?)\\s+from\\s+(?:now|today)${E}`),
    resolve: (m, c) => {
      const count = countValue(m[1]!);
      return Number.isFinite(count) ? offset('from-now', c.reference, m[2]!.toLowerCase(), count) : undefined;
    },
  },
  {
    // "the following Tuesday": the first one after the day just mentioned.
    name: 'weekday-anchored',
    needs: /day/,
    pattern: re(`${B}(?:${anyCase('the')}\\s+(following|next|previous))\\s+(${WEEKDAY_PATTERN})${E}`),
    resolve: (m, c) => ({
      rule: 'weekday-anchored',
      anchored: ({ earlier }) => {
        const anchor = lastDay(earlier) ?? c.published;
        const index = weekdayIndex(m[2]!) as Day;
        return atDay('weekday-anchored', m[1] === 'previous' ? previousDay(anchor, index) : nextDay(anchor, index));
      },
    }),
  },
  {
    name: 'weekday',
    needs: /day/,
    pattern: re(`${B}(?:(${anyCase('last')}|${anyCase('next')}|${anyCase('this')}|(?:${anyCase('this')} )?${anyCase('coming')})\\s+)?(${WEEKDAY_PATTERN})${E}`),
    resolve: (m, c) => {
      if (EVERY.test(c.before)) return undefined; // "every Monday" is no date
      const index = weekdayIndex(m[2]!);
      const qualifier = m[1]?.toLowerCase();
      if (qualifier === 'last') return atDay('weekday-last', previousDay(c.published, index as Day));
      if (qualifier === 'next' || qualifier?.endsWith('coming')) return atDay('weekday-next', nextDay(c.published, index as Day));
      const ahead = c.direction === 'ahead';
      return atDay(ahead ? 'weekday-future' : 'weekday-past', weekday(c.reference, index, ahead ? 'ahead' : 'back'));
    },
  },
];
