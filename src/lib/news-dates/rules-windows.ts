/**
 * Windows: a period counted from the day its sentence is about (its nearest day-precise mention,
 * before it if there is one, else publication). Ahead: "over the next 10 days", "within 120 days",
 * "in the coming weeks" (no end). Behind: "over the past week", "in the last three months", a span
 * of days ending on that day.
 */
import { addDays } from 'date-fns/addDays';
import { addMonths } from 'date-fns/addMonths';
import { addWeeks } from 'date-fns/addWeeks';
import { addYears } from 'date-fns/addYears';
import { asDay, type CalendarDate } from './calendar';
import { B, days, E, re, rei, type Resolved, type Rule, UNIT_HINT } from './rule';
import { COUNT_PATTERN, countValue } from './vocabulary';

function shift(anchor: CalendarDate, unit: string, count: number): CalendarDate {
  const add = unit.startsWith('day') ? addDays : unit.startsWith('week') ? addWeeks : unit.startsWith('month') ? addMonths : addYears;
  return add(anchor, count);
}

function ahead(anchor: CalendarDate, count: number | undefined, unit: string): Resolved {
  const start = asDay(anchor);
  if (count === undefined || !Number.isFinite(count)) return { rule: 'window', value: { start }, precision: 'range', window: true };
  return { rule: 'window', value: { start, end: asDay(shift(anchor, unit, count)) }, precision: 'range', window: true };
}

const HEDGE = '(?:(?:probably|roughly|about|around|some|approximately|at least|at most)\\s+)?';

export const WINDOW_RULES: readonly Rule[] = [
  {
    name: 'window',
    needs: UNIT_HINT,
    pattern: re(`${B}((?:over|in|during|within)\\s+)?the\\s+(?:next|coming|following)\\s+${HEDGE}(?:(${COUNT_PATTERN}|few|several)\\s+)?(days?|weeks?|months?|years?)${E}`),
    resolve: (m) => {
      const [, preposition, countText, unit] = m;
      // "the next day", "the following month" without a preposition are dates after the one just mentioned.
      if (!preposition && !countText && !unit!.endsWith('s')) return undefined;
      const count = countText && countText !== 'few' && countText !== 'several' ? countValue(countText) : undefined;
      return { rule: 'window', anchored: ({ sentenceDay }) => ahead(sentenceDay, count, unit!) };
    },
  },
  {
    name: 'window-within',
    needs: UNIT_HINT,
    pattern: rei(`${B}within\\s+(${COUNT_PATTERN})\\s+(days?|weeks?|months?|years?)${E}`),
    resolve: (m) => ({ rule: 'window', anchored: ({ sentenceDay }) => ahead(sentenceDay, countValue(m[1]!), m[2]!.toLowerCase()) }),
  },
  {
    name: 'past-window',
    needs: UNIT_HINT,
    pattern: rei(`${B}the\\s+(?:past|last)\\s+(?:(${COUNT_PATTERN}|few|several)\\s+)?(days?|weeks?|months?|years?)${E}(?!\\s+of\\b)`),
    resolve: (m) => {
      const [, countText, unit] = m;
      const plural = unit!.toLowerCase().endsWith('s');
      if (countText ? countText === 'few' || countText === 'several' : plural) return undefined; // "the past few days" has no length
      const count = countText ? countValue(countText) : 1;
      if (!Number.isFinite(count)) return undefined;
      return {
        rule: 'past-window',
        anchored: ({ sentenceDay }) => days('past-window', shift(sentenceDay, unit!.toLowerCase(), -count), sentenceDay),
      };
    },
  },
];
