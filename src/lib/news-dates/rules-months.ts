/**
 * Rules for months and their parts: "June", "November 2013", "last June", "this month", "early
 * March" (1–10), "mid-March" (11–20), "late March" (21 to the month's end), "the end of March"
 * and "the end of the month" (the month's last day, or the month for a deadline: "by the end of
 * March"), "earlier this month" (the 1st to the day before publication).
 */
import { addDays } from 'date-fns/addDays';
import { addMonths } from 'date-fns/addMonths';
import { addYears } from 'date-fns/addYears';
import { endOfMonth } from 'date-fns/endOfMonth';
import { max } from 'date-fns/max';
import { min } from 'date-fns/min';
import { startOfDay } from 'date-fns/startOfDay';
import { startOfMonth } from 'date-fns/startOfMonth';
import { subDays } from 'date-fns/subDays';
import { subMonths } from 'date-fns/subMonths';
import { subYears } from 'date-fns/subYears';
import { chooseAmong, chooseOccurrence, CalendarDate, type Period } from './calendar';
import { atDay, atMonth, B, days, E, isDeadline, leadWord, MONTH_HINT, re, rei, YEAR, type Context, type Resolved, type Rule } from './rule';
import { anyCase, FULL_MONTH_PATTERN, MONTH_PATTERN, monthIndex } from './vocabulary';

export type Part = 'early' | 'mid' | 'late' | 'end' | 'whole';

/** A part of the month that starts on `first`: thirds by day (1–10, 11–20, 21–end), or its last day. */
export function monthPart(first: CalendarDate, part: Part): Period {
  const year = first.getFullYear();
  const month = first.getMonth();
  const last = startOfDay(endOfMonth(first));
  switch (part) {
    case 'early':
      return { first, last: CalendarDate.of(year, month, 10) };
    case 'mid':
      return { first: CalendarDate.of(year, month, 11), last: CalendarDate.of(year, month, 20) };
    case 'late':
      return { first: CalendarDate.of(year, month, 21), last };
    case 'end':
      return { first: last, last };
    case 'whole':
      return { first, last };
  }
}

export function partName(word: string): Part {
  const lower = word.toLowerCase();
  if (lower === 'beginning' || lower === 'start') return 'early';
  if (lower === 'middle') return 'mid';
  return lower as Part;
}

function resolvePart(rule: string, period: Period | undefined, part: Part, deadline = false): Resolved | undefined {
  if (!period) return undefined;
  if (part === 'end') return deadline ? atMonth(rule, period.first) : atDay(rule, period.first);
  if (part === 'whole') return atMonth(rule, period.first);
  return days(rule, period.first, period.last);
}

/** The named month's part in `year`, or in the year `direction` picks. */
function namedMonthPart(rule: string, c: Context, monthName: string, year: string | undefined, part: Part): Resolved | undefined {
  const month = monthIndex(monthName);
  const occurrence = (y: number) => monthPart(CalendarDate.of(y, month, 1), part);
  const period = year ? occurrence(Number(year)) : chooseOccurrence(c.reference, c.direction, occurrence);
  return resolvePart(rule, period, part, isDeadline(c.before));
}

/** "earlier this month" runs to the day before publication, "later this month" from the day after. */
function partOfThisMonth(published: CalendarDate, which: string): Resolved {
  const { first, last } = monthPart(startOfMonth(published), 'whole');
  return which === 'earlier'
    ? days('relative-month', first, max([first, subDays(published, 1)]))
    : days('relative-month', min([addDays(published, 1), last]), last);
}

/** "last June" is the latest June before this month; "next June" the first after it. */
function relativeMonth(reference: CalendarDate, month: number, which: string): CalendarDate {
  const thisYear = CalendarDate.of(reference.getFullYear(), month, 1);
  switch (which.toLowerCase()) {
    case 'last':
      return month < reference.getMonth() ? thisYear : subYears(thisYear, 1);
    case 'next':
      return month > reference.getMonth() ? thisYear : addYears(thisYear, 1);
    default:
      return thisYear;
  }
}

/** Words before a bare month name that make it a date: "in June", "since March", "by May". */
const MONTH_LEADS = new Set(['in', 'since', 'until', 'till', 'by', 'during', 'from', 'through', 'before', 'after', 'between', 'throughout', 'of']);
const AFTER_MONTH = new RegExp(`(?:${FULL_MONTH_PATTERN})\\s+(?:and|or|to|through|until|till)\\s+$`, 'u');
const OF_MONTH = /\b(?:month|months|events|night|days|weeks)\s+of\s+$/i;

/**
 * Nouns a bare month name dates when it stands before them: "the May deadline", "the March vote",
 * "Turkey's June election". A list rather than any noun, because a capitalised month before a
 * lowercase word is as often a name or a verb phrase ("the March on Washington").
 */
const EVENT_NOUNS =
  'deadline|deadlines|vote|votes|voting|election|elections|poll|polls|ballot|referendum|runoff|primary|primaries|summit|summits|meeting|meetings|talks|session|sessions|conference|hearing|hearings|trial|ruling|verdict|visit|trip|rally|rallies|protest|protests|strike|strikes|attack|attacks|offensive|invasion|ceasefire|truce|accord|agreement|deal|launch|auction|tender|review|census|budget|data|figures|report|forecast|survey|decision|quake|earthquake|floods|storm|coup|uprising|riots|target|contract|round|sitting|inauguration|ceremony|festival|handover|withdrawal';
/** Theresa May's "deal", "plan", "government": nouns after "May" that are hers, not the month's. */
const NOT_AFTER_MAY = new Set(['deal', 'agreement', 'accord', 'budget', 'decision', 'visit', 'trip', 'target', 'review', 'report']);
/**
 * What may stand before such a month: a determiner or possessive ("the", "its", "Turkey's") or a
 * preposition ("ahead of", "after", "since"), with at most one lowercase word between ("the
 * planned March vote"). A capitalised word right before it makes it part of a name ("Theresa May").
 */
const BEFORE_MODIFIER = new RegExp(
  `(?:(?:^|\\s)(?:${['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'this', 'that', 'of', 'for', 'at', 'to', 'on', 'before', 'after', 'since', 'until', 'by', 'from', 'in', 'over', 'with', 'without', 'amid', 'despite', 'during', 'against', 'ahead', 'around', 'toward', 'towards'].map(anyCase).join('|')})|\\p{L}['’]s)\\s+(?:\\p{Ll}[\\p{Ll}-]*\\s+)?$`,
  'u',
);

export const MONTH_RULES: readonly Rule[] = [
  {
    name: 'month-year',
    needs: MONTH_HINT,
    pattern: re(`${B}(${MONTH_PATTERN})\\s+(?:of\\s+)?${YEAR}${E}`),
    resolve: (m) => atMonth('month-year', CalendarDate.of(Number(m[2]), monthIndex(m[1]!), 1)),
  },
  {
    name: 'month-relative',
    needs: MONTH_HINT,
    pattern: re(`${B}([Ll]ast|[Nn]ext|[Tt]his)\\s+(${FULL_MONTH_PATTERN})${E}`),
    resolve: (m, c) => atMonth('month-relative', relativeMonth(c.published, monthIndex(m[2]!), m[1]!)),
  },
  {
    name: 'month-tense',
    needs: MONTH_HINT,
    pattern: re(`${B}(${FULL_MONTH_PATTERN})(?:['’]s)?${E}(?!\\s*\\d)`),
    group: 1,
    resolve: (m, c) => {
      const lead = leadWord(c.before);
      const possessive = /['’]s$/.test(m[0]) && m[1] !== 'May'; // "May's" is more often Theresa May's
      const led = (MONTH_LEADS.has(lead) && (lead !== 'of' || OF_MONTH.test(c.before))) || AFTER_MONTH.test(c.before);
      if (!led && !possessive) return undefined;
      return namedMonthPart('month-tense', c, m[1]!, undefined, 'whole');
    },
  },
  {
    // Read like "in June": the nearest occurrence unless the clause's tense or a scheduling word
    // ("deadline", "due") says back or ahead. "the May deadline" is never the modal: a modal does
    // not follow a determiner or precede a noun.
    name: 'month-modifier',
    needs: MONTH_HINT,
    pattern: re(`${B}(${FULL_MONTH_PATTERN})\\s+(${EVENT_NOUNS})${E}`),
    group: 1,
    resolve: (m, c) => {
      if (!BEFORE_MODIFIER.test(c.before)) return undefined;
      if (m[1] === 'May' && NOT_AFTER_MAY.has(m[2]!)) return undefined;
      return namedMonthPart('month-tense', c, m[1]!, undefined, 'whole');
    },
  },
  {
    name: 'month-part',
    needs: MONTH_HINT,
    pattern: re(`${B}([Ee]arly|[Mm]id|[Ll]ate)(?:\\s+|\\s*-\\s*)(${FULL_MONTH_PATTERN})(?:,?\\s+${YEAR})?${E}(?!\\s*\\d)`),
    resolve: (m, c) => namedMonthPart('month-part', c, m[2]!, m[3], partName(m[1]!)),
  },
  {
    name: 'month-part-of',
    needs: MONTH_HINT,
    pattern: re(`${B}([Bb]eginning|[Ss]tart|[Mm]iddle|[Ee]nd)\\s+of\\s+(${FULL_MONTH_PATTERN})(?:,?\\s+${YEAR})?${E}(?!\\s*\\d)`),
    resolve: (m, c) => namedMonthPart(partName(m[1]!) === 'end' ? 'month-end' : 'month-part', c, m[2]!, m[3], partName(m[1]!)),
  },
  {
    name: 'month-end-hyphen',
    needs: MONTH_HINT,
    pattern: re(`${B}[Ee]nd-(${FULL_MONTH_PATTERN})(?:\\s+${YEAR})?${E}`),
    resolve: (m, c) => namedMonthPart('month-end', c, m[1]!, m[2], 'end'),
  },
  {
    // "last month", "earlier this month", "late last month" (21st to the end), "early next month".
    name: 'relative-month',
    needs: /month/i,
    pattern: rei(`${B}(?:(earlier|later|early|mid|late)(?:\\s+|\\s*-\\s*))?(last|this|next|the coming)\\s+month${E}`),
    resolve: (m, c) => {
      const shift = { last: -1, this: 0, next: 1, 'the coming': 1 }[m[2]!.toLowerCase()] ?? 0;
      const month = startOfMonth(addMonths(c.published, shift));
      const modifier = m[1]?.toLowerCase();
      if (shift === 0 && (modifier === 'earlier' || modifier === 'later')) return partOfThisMonth(c.published, modifier);
      if (!modifier || modifier === 'earlier' || modifier === 'later') return atMonth('relative-month', month);
      return resolvePart('month-part', monthPart(month, partName(modifier)), partName(modifier));
    },
  },
  {
    name: 'in-the-month',
    needs: /month/i,
    pattern: rei(`${B}(earlier|later)\\s+in\\s+the\\s+month${E}`),
    resolve: (m, c) => partOfThisMonth(c.published, m[1]!.toLowerCase()),
  },
  {
    // "the end of the month", "by month-end", "the beginning of next month".
    name: 'month-part-relative',
    needs: /month/i,
    pattern: rei(`${B}(?:(beginning|start|middle|end)\\s+of\\s+(the|this|last|next)\\s+month|month[- ]end)${E}`),
    resolve: (m, c) => {
      const part = m[1] ? partName(m[1]) : 'end';
      const which = m[2]?.toLowerCase() ?? 'the';
      const rule = part === 'end' ? 'month-end' : 'month-part';
      const here = startOfMonth(c.published);
      const deadline = isDeadline(c.before);
      if (which !== 'the') {
        const month = which === 'last' ? subMonths(here, 1) : which === 'next' ? addMonths(here, 1) : here;
        return resolvePart(rule, monthPart(month, part), part, deadline);
      }
      const around = [subMonths(here, 1), here, addMonths(here, 1)].map((month) => monthPart(month, part));
      return resolvePart(rule, chooseAmong(c.reference, c.direction, around), part, deadline);
    },
  },
];
