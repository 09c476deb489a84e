/**
 * Rules for quarters, halves and seasons, each a span of whole months: "the first quarter"
 * (January–March), "Q3 2025", "the second half of 2025" (July–December), "last spring"
 * (March–May; seasons are the northern meteorological ones, see `SEASONS`), "late summer"
 * (August: early, mid and late name a season's first, second and third month), and the adjectives
 * of results: "fourth-quarter profit", "second-half growth", "third-quarter 2025".
 */
import { addMonths } from 'date-fns/addMonths';
import { addQuarters } from 'date-fns/addQuarters';
import { endOfMonth } from 'date-fns/endOfMonth';
import { startOfDay } from 'date-fns/startOfDay';
import { startOfMonth } from 'date-fns/startOfMonth';
import { startOfQuarter } from 'date-fns/startOfQuarter';
import { chooseAmong, chooseOccurrence, CalendarDate, nearest, yearFrom, type Period } from './calendar';
import { atMonth, B, E, months, re, rei, type Context, type Resolved, type Rule } from './rule';
import { ORDINALS, SEASON_PATTERN, SEASONS } from './vocabulary';

interface MonthSpan extends Period {
  readonly year: number;
}

/** `count` months from month `month` (0-based; -1 is the December before) of `year`. */
function monthSpan(year: number, month: number, count: number): MonthSpan {
  const first = addMonths(CalendarDate.of(year, 0, 1), month);
  return { first, last: startOfDay(endOfMonth(addMonths(first, count - 1))), year };
}

const spanResolved = (rule: string, span: MonthSpan | undefined): Resolved | undefined =>
  span && months(rule, span.first, startOfMonth(span.last));

/** "this year", "2025", "the year" (undefined: the year the direction picks). */
function namedYear(c: Context, phrase: string | undefined): number | undefined {
  const lower = phrase?.toLowerCase();
  const here = c.published.getFullYear();
  if (lower === undefined || lower === 'the year') return undefined;
  if (lower === 'this year' || lower === 'the current year') return here;
  if (lower === 'last year' || lower === 'the previous year') return yearFrom(c.published, -1);
  if (lower === 'next year') return yearFrom(c.published, 1);
  return Number(lower);
}

function spanInYear(c: Context, phrase: string | undefined, span: (year: number) => MonthSpan): MonthSpan | undefined {
  const year = namedYear(c, phrase);
  return year !== undefined ? span(year) : chooseOccurrence(c.reference, c.direction, span);
}

const quarter = (q: number) => (year: number) => monthSpan(year, (q - 1) * 3, 3);
const half = (h: number) => (year: number) => monthSpan(year, (h - 1) * 6, 6);

const YEAR_PHRASE = '(the year|this year|last year|next year|the current year|the previous year|\\d{4})';
const THE_BEFORE = /\bthe\s+$/i;
const OF_SOMETHING_ELSE = /^\s+of\s/i;

function relativeQuarter(c: Context, which: string): MonthSpan {
  const shift = { last: -1, 'the previous': -1, 'the past': -1, this: 0, 'the current': 0, next: 1, 'the coming': 1 }[which.toLowerCase()] ?? 0;
  const first = startOfQuarter(addQuarters(c.published, shift));
  return monthSpan(first.getFullYear(), first.getMonth(), 3);
}

/**
 * What an adjectival quarter or half ("fourth-quarter profit", "second-half growth") must qualify
 * to be a period of the calendar: results and the economy. Sports use the same words for a
 * match's periods ("a fourth-quarter touchdown", "a second-half goal"), the lunar calendar for
 * the moon ("the first-quarter moon"): those nouns are not listed.
 */
const RESULT_NOUNS =
  'profits?|earnings|results|revenues?|sales|growth|gdp|output|loss(?:es)?|income|figures|data|deliveries|shipments|margins?|performance|forecasts?|guidance|contraction|expansion|production|exports|imports|deficits?|surplus(?:es)?|dividends?|estimates|numbers|turnover|demand|spending|investment|inflation|unemployment|decline|slowdown|rebound|gains|operating|net|reports?|ebitda|volumes?|orders|bookings|consumption|trading';

const RELEASE_AFTER = /^[\s-]+(?:\w+\s+)?(?:results|earnings|figures|data|reports?|numbers)\b/i;

const ADJECTIVE_AFTER = new RegExp(`^[\\s-]+(?:[\\p{L}-]+\\s+)?(?:${RESULT_NOUNS})\\b`, 'iu');

const SEASON_LEAD = /\b(?:in|during|by|until|till|since|through|throughout|over|for|from|before|after)\s+(?:the\s+)?$/i;
const NOT_THE_SEASON = /^\s+(?:of\s+(?!\d{4})|short\b|by\b|in\b|to\b|back\b|behind\b|below\b|apart\b|further\b|sharply\b|slightly\b)/i;

function season(name: string): (year: number) => MonthSpan {
  const { first } = SEASONS.get(name.toLowerCase())!;
  return (year) => monthSpan(year, first, 3);
}

function resolveSeason(c: Context, m: RegExpExecArray): Resolved | undefined {
  const [, qualifier, part, name, year] = m;
  if (!qualifier && !year && !SEASON_LEAD.test(c.before)) return undefined;
  if (NOT_THE_SEASON.test(c.after)) return undefined;
  const occurrence = season(name!);
  let chosen: MonthSpan | undefined;
  const which = qualifier?.toLowerCase();
  const here = c.published.getFullYear();
  const around = [-2, -1, 0, 1, 2].map((offset) => occurrence(here + offset));
  if (year) chosen = occurrence(Number(year));
  else if (which === 'last' || which === 'past' || which === 'previous') chosen = around.filter((s) => s.last < c.published).at(-1);
  else if (which === 'next' || which === 'coming') chosen = around.find((s) => s.first > c.published);
  else if (which === 'this') chosen = nearest(c.published, around);
  else chosen = chooseAmong(c.reference, c.direction, around);
  if (!chosen) return undefined;
  if (!part) return spanResolved('season', chosen);
  const offset = { early: 0, mid: 1, late: 2 }[part.toLowerCase()] ?? 0;
  return atMonth('season', addMonths(chosen.first, offset));
}

export const PERIOD_RULES: readonly Rule[] = [
  {
    name: 'quarter',
    needs: /quarter/i,
    pattern: rei(`${B}(first|second|third|fourth|final|last|1st|2nd|3rd|4th)\\s+quarter(?:\\s+of\\s+${YEAR_PHRASE})?${E}`),
    resolve: (m, c) => {
      const ordinal = m[1]!.toLowerCase();
      const final = ordinal === 'final' || ordinal === 'last';
      if (!THE_BEFORE.test(c.before)) return undefined; // "a quarter", "three-quarters" are fractions
      if (!m[2] && (final || OF_SOMETHING_ELSE.test(c.after))) return undefined; // "the final quarter of the match"
      return spanResolved('quarter', spanInYear(c, m[2], quarter(final ? 4 : ORDINALS.get(ordinal)!)));
    },
  },
  {
    name: 'quarter-short',
    needs: /Q[1-4]/,
    pattern: re(`${B}Q([1-4])(?:\\s+(\\d{4})|\\s?['’](\\d{2})|\\s+of\\s+(\\d{4}))?${E}`),
    resolve: (m, c) => {
      const year = m[2] ?? m[4] ?? (m[3] ? String(2000 + Number(m[3])) : undefined);
      return spanResolved('quarter', spanInYear(c, year, quarter(Number(m[1]))));
    },
  },
  {
    name: 'quarter-relative',
    needs: /quarter/i,
    pattern: rei(`${B}(last|this|next|the current|the previous|the past|the coming)\\s+quarter${E}`),
    resolve: (m, c) => (OF_SOMETHING_ELSE.test(c.after) ? undefined : spanResolved('quarter', relativeQuarter(c, m[1]!))),
  },
  {
    // "fourth-quarter profit", "first-half results", "third-quarter 2025", "first quarter
    // earnings": the quarter or half of the year the clause's direction picks, or of the year given.
    name: 'period-adjective',
    needs: /quarter|half/i,
    pattern: rei(`${B}(first|second|third|fourth|1st|2nd|3rd|4th)(-|\\s+)(quarter|half)(?:\\s+(\\d{4}))?${E}`),
    resolve: (m, c) => {
      const [, ordinalText, joint, kind, year] = m;
      const ordinal = ORDINALS.get(ordinalText!.toLowerCase())!;
      const isHalf = kind!.toLowerCase() === 'half';
      if (isHalf && ordinal > 2) return undefined;
      // With a space, "the first quarter" is the rule above's and "a third quarter of" a fraction.
      if (joint !== '-' && (THE_BEFORE.test(c.before) || /\b(?:a|one|every)\s+$/i.test(c.before))) return undefined;
      if (!year && !ADJECTIVE_AFTER.test(c.after)) return undefined;
      if (year && Number(year) > c.published.getFullYear() + 100) return undefined;
      const span = isHalf ? half(ordinal) : quarter(ordinal);
      const rule = isHalf ? 'half' : 'quarter';
      // Figures are released after their period: "fourth-quarter data is due next week" in January
      // is the quarter just ended, so a release looks ahead only to the nearest period.
      const release = RELEASE_AFTER.test(c.after) && c.direction === 'ahead';
      if (year || c.direction !== 'back') return spanResolved(rule, spanInYear({ ...c, direction: release ? 'nearest' : c.direction }, year, span));
      // Results reported in the past are of a period that is over: "posted first-half results" in
      // February is last year's first half, not the one just begun.
      const here = c.reference.getFullYear();
      return spanResolved(rule, [here - 1, here].map(span).filter((s) => s.last < c.reference).at(-1));
    },
  },
  {
    name: 'half',
    needs: /half|H[12]/i,
    pattern: rei(`${B}(?:(first|second|1st|2nd)\\s+half\\s+of\\s+${YEAR_PHRASE}|H([12])\\s+(\\d{4}))${E}`),
    resolve: (m, c) => {
      const h = m[1] ? ORDINALS.get(m[1].toLowerCase())! : Number(m[3]);
      return spanResolved('half', spanInYear(c, m[2] ?? m[4], half(h)));
    },
  },
  {
    name: 'season',
    needs: /spring|summer|autumn|fall|winter/i,
    pattern: re(
      `${B}(?:([Ll]ast|[Tt]his|[Nn]ext|[Pp]ast|[Cc]oming|[Pp]revious)\\s+)?(?:(early|mid|late|[Ee]arly|[Mm]id|[Ll]ate)(?:\\s+|-))?(${SEASON_PATTERN})(?:\\s+(?:of\\s+)?(\\d{4}))?${E}`,
    ),
    resolve: (m, c) => resolveSeason(c, m),
  },
];
