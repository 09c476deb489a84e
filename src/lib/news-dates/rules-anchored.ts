/**
 * Anchored expressions: dates counted from the date just mentioned, in text order ("the day
 * before", "two days later", "the following month", "a year earlier", "later that day", "that
 * week", "the same day"). The anchor is the latest earlier mention fine enough for the unit: a
 * day for days and weeks, a day or month for months, any date for years. Without one the
 * expression is left alone: "exports rose from a year earlier" names no date.
 *
 * The result is no finer than the anchor, and a count of months or years no finer than a month:
 * "two months later" after 3 March is May, "a year earlier" after March 2024 is March 2023.
 */
import { addDays } from 'date-fns/addDays';
import { addMonths } from 'date-fns/addMonths';
import { addWeeks } from 'date-fns/addWeeks';
import { addYears } from 'date-fns/addYears';
import { isSameISOWeek } from 'date-fns/isSameISOWeek';
import { firstOf, type CalendarDate } from './calendar';
import { isoWeek } from './rules-weeks';
import { atDay, atMonth, atYear, B, days, E, rei, type Anchors, type Earlier, type Resolved, type Rule, UNIT_HINT } from './rule';
import { COUNT_PATTERN, countValue } from './vocabulary';

type Unit = 'day' | 'week' | 'month' | 'year';
/** `count`: "two days later", a distance; `period`: "the following month", "that week", a calendar period. */
type Relation = 'count' | 'period';

const unitOf = (word: string): Unit => (word.toLowerCase().replace(/s$/, '').replace('night', 'day') as Unit);

/** A span of days inside one ISO week ("last week", "earlier this week"): "that week" is its week. */
const isWeekSpan = (e: Earlier) => {
  const { start, end } = e.resolved.value;
  return !!end && start.precision === 'day' && end.precision === 'day' && isSameISOWeek(firstOf(start), firstOf(end));
};

function anchorFor(unit: Unit, relation: Relation, earlier: readonly Earlier[]): Earlier | undefined {
  const fits = (e: Earlier): boolean => {
    if (e.resolved.window) return false;
    const { start, end } = e.resolved.value;
    if (unit === 'day') return !end && start.precision === 'day';
    if (unit === 'week') return (!end && start.precision === 'day') || (relation === 'period' && isWeekSpan(e));
    if (unit === 'month') return !end && start.precision !== 'year';
    return true;
  };
  return earlier.findLast(fits);
}

/** The anchor moved by `amount` units, at the precision the header describes. */
function shifted(anchor: Earlier, unit: Unit, amount: number, relation: Relation): Resolved {
  const start = anchor.resolved.value.start;
  const day = firstOf(start);
  switch (unit) {
    case 'day':
      return atDay('anchored-day', addDays(day, amount));
    case 'week':
      if (relation === 'count') return atDay('anchored-day', addWeeks(day, amount));
      return weekSpan(addWeeks(day, amount));
    case 'month':
      return atMonth('anchored-month', addMonths(day, amount));
    case 'year': {
      const moved = addYears(day, amount);
      return start.precision !== 'year' && relation === 'count' ? atMonth('anchored-year', moved) : atYear('anchored-year', moved);
    }
  }
}

function weekSpan(date: CalendarDate): Resolved {
  const week = isoWeek(date);
  return days('anchored-week', week.first, week.last);
}

function anchoredTo(unit: Unit, amount: number, relation: Relation, rule?: string) {
  return ({ earlier }: Anchors): Resolved | undefined => {
    const anchor = anchorFor(unit, relation, earlier);
    const resolved = anchor && shifted(anchor, unit, amount, relation);
    return resolved && rule ? { ...resolved, rule } : resolved;
  };
}

const CLOSES_CLAUSE = /^\s*(?:[,.;:!?)"”’]|$|and\b|but\b|when\b)/;
const FORWARD = new Set(['later', 'after', 'on', 'next', 'following']);

export const ANCHORED_RULES: readonly Rule[] = [
  {
    name: 'same-day',
    needs: /same/i,
    pattern: rei(`${B}(?:on\\s+)?((?:the|that)\\s+same\\s+(day|week|month|year))${E}`),
    group: 1,
    resolve: (m) => ({ rule: 'same-day', anchored: anchoredTo(unitOf(m[2]!), 0, 'period', 'same-day') }),
  },
  {
    name: 'that-period',
    needs: /that/i,
    pattern: rei(`${B}(?:(?:later|earlier)\\s+)?that\\s+(day|week|month|year|night)${E}(?![’']\\p{L}{2})`),
    resolve: (m) => ({ rule: 'anchored', anchored: anchoredTo(unitOf(m[1]!), 0, 'period') }),
  },
  {
    // "two days later", "a year earlier", "a week on"; "before"/"after" only where nothing follows.
    name: 'count-later',
    needs: UNIT_HINT,
    pattern: rei(`${B}(${COUNT_PATTERN})\\s+(days?|weeks?|months?|years?)\\s+(earlier|later|before|after|on)${E}`),
    resolve: (m, c) => {
      const relation = m[3]!.toLowerCase();
      if ((relation === 'before' || relation === 'after' || relation === 'on') && !CLOSES_CLAUSE.test(c.after)) return undefined;
      const count = countValue(m[1]!);
      if (!Number.isFinite(count)) return undefined;
      const amount = FORWARD.has(relation) ? count : -count;
      return { rule: 'anchored', anchored: anchoredTo(unitOf(m[2]!), amount, 'count') };
    },
  },
  {
    name: 'next-period',
    needs: UNIT_HINT,
    pattern: rei(`${B}the\\s+(next|following|previous|preceding)\\s+(day|week|month|year)${E}`),
    resolve: (m) => ({ rule: 'anchored', anchored: anchoredTo(unitOf(m[2]!), FORWARD.has(m[1]!.toLowerCase()) ? 1 : -1, 'period') }),
  },
  {
    name: 'period-before',
    needs: UNIT_HINT,
    pattern: rei(`${B}the\\s+(day|night|week|month|year)\\s+(before|after)${E}`),
    resolve: (m, c) => {
      if (!CLOSES_CLAUSE.test(c.after)) return undefined; // "the day before the vote" counts from the vote
      return { rule: 'anchored', anchored: anchoredTo(unitOf(m[1]!), m[2]!.toLowerCase() === 'after' ? 1 : -1, 'period') };
    },
  },
];
