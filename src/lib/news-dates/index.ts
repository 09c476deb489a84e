/**
 * Finds date expressions in English news text and resolves them against the story's publication
 * day. Wire stories report in the past tense, so "on Tuesday" in a Friday story is three days
 * earlier and "Feb. 6" is the latest 6 February not after publication, unless the clause is future
 * ("will meet on Monday"). Windows ("over the next 10 days") start at the day their sentence is
 * about. All arithmetic goes through date-fns on local calendar dates, so no result depends on TZ.
 */
import { addDays } from 'date-fns/addDays';
import { addMonths } from 'date-fns/addMonths';
import { addWeeks } from 'date-fns/addWeeks';
import { addYears } from 'date-fns/addYears';
import { endOfISOWeek } from 'date-fns/endOfISOWeek';
import { getDay } from 'date-fns/getDay';
import { isValid } from 'date-fns/isValid';
import { nextDay } from 'date-fns/nextDay';
import { previousDay } from 'date-fns/previousDay';
import { startOfISOWeek } from 'date-fns/startOfISOWeek';
import { subDays } from 'date-fns/subDays';
import { subMonths } from 'date-fns/subMonths';
import { subWeeks } from 'date-fns/subWeeks';
import { subYears } from 'date-fns/subYears';
import type { Day } from 'date-fns';
import type { DateSpan } from '../date-span';
import { dayDate, firstDay, fromLocalDate, monthDate, yearDate, type PartialDate } from '../partial-date';
import { tenseAt, type Tense } from './tense';
import {
  anyCase,
  COUNT_PATTERN,
  countValue,
  FULL_MONTH_PATTERN,
  MONTH_PATTERN,
  monthIndex,
  WEEKDAY_PATTERN,
  weekdayIndex,
} from './vocabulary';

export type { Tense } from './tense';

/** `range` covers weeks ("last week") and windows ("over the next 10 days"). */
export type MentionPrecision = 'day' | 'month' | 'year' | 'range';

export interface DateMention {
  /** The matched words, e.g. `Tuesday`, `last June`, `over the next probably 10 days`. */
  readonly text: string;
  /** Offsets of `text` in the input. */
  readonly start: number;
  readonly end: number;
  /** The resolved date; a window may have no end ("in the coming weeks"). */
  readonly value: DateSpan;
  readonly precision: MentionPrecision;
  /** A period ahead of the moment the sentence refers to, rather than a date. */
  readonly window: boolean;
  /** Which rule resolved it, e.g. `weekday-past`, `month-day`, `window`. */
  readonly rule: string;
  /** The tense of its clause: `future` marks something anticipated as of publication. */
  readonly tense: Tense;
  /** The sentence it appears in, with its offsets in the input. */
  readonly sentence: { readonly text: string; readonly start: number; readonly end: number };
}

interface Context {
  readonly reference: Date;
  readonly tense: Tense;
}

type Resolved = Omit<DateMention, 'text' | 'start' | 'end' | 'sentence' | 'tense' | 'window'> & { window?: boolean };

interface Rule {
  readonly name: string;
  readonly pattern: RegExp;
  /** Which capture group holds the expression to report (0 = the whole match). */
  readonly group?: number;
  resolve(match: RegExpExecArray, context: Context): Resolved | undefined;
}

const B = '(?<![\\p{L}\\p{N}])'; // word start that also works before "Feb."
const E = '(?![\\p{L}\\p{N}])';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const YEAR = '(\\d{4})';
const re = (source: string) => new RegExp(source, 'gu');

const day = (date: Date): Resolved['value'] => ({ start: fromLocalDate(date) });
const atDay = (rule: string, date: Date): Resolved => ({ rule, value: day(date), precision: 'day' });
const atMonth = (rule: string, date: Date): Resolved => ({
  rule,
  value: { start: monthDate(date.getFullYear(), date.getMonth() + 1) },
  precision: 'month',
});
const atYear = (rule: string, year: number): Resolved => ({ rule, value: { start: yearDate(year) }, precision: 'year' });
const atWeek = (rule: string, date: Date): Resolved => ({
  rule,
  value: { start: fromLocalDate(startOfISOWeek(date)), end: fromLocalDate(endOfISOWeek(date)) },
  precision: 'range',
});

/** The latest such weekday on or before the reference, or the first one after it. */
function weekday(reference: Date, index: number, tense: Tense): Date {
  if (tense === 'future') return nextDay(reference, index as Day);
  return getDay(reference) === index ? reference : previousDay(reference, index as Day);
}

/**
 * The nearest valid `month`/`day` not after the reference (past) or not before it (future); a
 * 29 February looks back or ahead to a leap year.
 */
function monthDay(reference: Date, month: number, dayOfMonth: number, tense: Tense): Date | undefined {
  const step = tense === 'future' ? 1 : -1;
  for (let offset = 0; Math.abs(offset) <= 8; offset += step) {
    const candidate = exactDate(reference.getFullYear() + offset, month, dayOfMonth);
    if (!candidate) continue;
    if (tense === 'future' ? candidate >= reference : candidate <= reference) return candidate;
  }
  return undefined;
}

/** A real calendar date or nothing: 31 April is not 1 May. */
function exactDate(year: number, month: number, dayOfMonth: number): Date | undefined {
  const date = new Date(year, month, dayOfMonth);
  return isValid(date) && date.getMonth() === month && date.getDate() === dayOfMonth ? date : undefined;
}

/** The month `month` of the latest year whose such month has begun (past) or not yet ended (future). */
function bareMonth(reference: Date, month: number, tense: Tense): Date {
  const thisYear = new Date(reference.getFullYear(), month, 1);
  if (tense === 'future') return month < reference.getMonth() ? addYears(thisYear, 1) : thisYear;
  return month > reference.getMonth() ? subYears(thisYear, 1) : thisYear;
}

function relativeMonth(reference: Date, month: number, which: string): Date {
  const thisYear = new Date(reference.getFullYear(), month, 1);
  switch (which.toLowerCase()) {
    case 'last':
      return month < reference.getMonth() ? thisYear : subYears(thisYear, 1);
    case 'next':
      return month > reference.getMonth() ? thisYear : addYears(thisYear, 1);
    default:
      return thisYear;
  }
}

function shiftPeriod(reference: Date, unit: string, which: string): Date {
  const amount = { last: -1, past: -1, previous: -1, this: 0, next: 1, coming: 1 }[which.toLowerCase()] ?? 0;
  if (unit === 'week') return addWeeks(reference, amount);
  if (unit === 'month') return addMonths(reference, amount);
  return addYears(reference, amount);
}

function ago(reference: Date, count: number, unit: string): Resolved | undefined {
  if (!Number.isFinite(count)) return undefined;
  if (unit.startsWith('day')) return atDay('ago', subDays(reference, count));
  if (unit.startsWith('week')) return atDay('ago', subWeeks(reference, count));
  if (unit.startsWith('month')) return atMonth('ago', subMonths(reference, count));
  return atYear('ago', subYears(reference, count).getFullYear());
}

/** Windows are resolved once their sentence's anchor is known; this marks them for that pass. */
const WINDOW = Symbol('window');
interface PendingWindow extends Resolved {
  [WINDOW]: { count: number | undefined; unit: string };
}

function pendingWindow(count: number | undefined, unit: string): PendingWindow {
  return { rule: 'window', value: { start: dayDate(1, 1, 1) }, precision: 'range', window: true, [WINDOW]: { count, unit } };
}

const RULES: readonly Rule[] = [
  {
    name: 'weekday-month-day',
    pattern: re(`${B}(?:${WEEKDAY_PATTERN}),?\\s+(${MONTH_PATTERN})\\s+${DAY}(?:,?\\s+${YEAR})?${E}`),
    resolve: (m, c) => monthDayRule('weekday-month-day', c, m[1]!, m[2]!, m[3]),
  },
  {
    name: 'month-day',
    pattern: re(`${B}(${MONTH_PATTERN})\\s+${DAY}(?:,?\\s+${YEAR})?${E}(?!\\s*[-–]\\s*\\d)`),
    resolve: (m, c) => monthDayRule('month-day', c, m[1]!, m[2]!, m[3]),
  },
  {
    name: 'day-month',
    pattern: re(`${B}${DAY}\\s+(?:of\\s+)?(${MONTH_PATTERN})(?:,?\\s+${YEAR})?${E}`),
    resolve: (m, c) => monthDayRule('day-month', c, m[2]!, m[1]!, m[3]),
  },
  {
    name: 'month-year',
    pattern: re(`${B}(${MONTH_PATTERN})\\s+(?:of\\s+)?${YEAR}${E}`),
    resolve: (m) => atMonth('month-year', new Date(Number(m[2]), monthIndex(m[1]!), 1)),
  },
  {
    name: 'month-relative',
    pattern: re(`${B}(?:(?:early|late|mid-?)\\s*)?(${anyCase('last')}|${anyCase('next')}|${anyCase('this')})\\s+(${FULL_MONTH_PATTERN})${E}`),
    resolve: (m, c) => atMonth('month-relative', relativeMonth(c.reference, monthIndex(m[2]!), m[1]!)),
  },
  {
    name: 'month-tense',
    pattern: re(
      `(?<=${B}(?:${anyCase('in')}|${anyCase('since')}|${anyCase('until')}|${anyCase('by')}|${anyCase('during')}|from|${anyCase('early')}|${anyCase('late')}|mid-|end of|beginning of)\\s?)(${FULL_MONTH_PATTERN})${E}(?!\\s*\\d)`,
    ),
    resolve: (m, c) => atMonth('month-tense', bareMonth(c.reference, monthIndex(m[1]!), c.tense)),
  },
  {
    name: 'year',
    pattern: re(
      `(?<=${B}(?:${anyCase('in')}|${anyCase('since')}|${anyCase('until')}|${anyCase('by')}|${anyCase('during')}|from|${anyCase('early')}|${anyCase('late')}|mid-|the year|end of)\\s?)((?:19|20)\\d{2})${E}(?![-–]\\d)`,
    ),
    resolve: (m) => atYear('year', Number(m[1])),
  },
  {
    name: 'relative-period',
    pattern: re(
      `${B}(?:(?:${anyCase('earlier')}|${anyCase('later')}|${anyCase('early')}|${anyCase('late')}|mid-)\\s*)?(${anyCase('last')}|${anyCase('this')}|${anyCase('next')}|the (?:past|previous|coming))\\s+(week|month|year)${E}`,
    ),
    resolve: (m, c) => {
      const which = m[1]!.replace(/^the /, '');
      const date = shiftPeriod(c.reference, m[2]!, which);
      if (m[2] === 'week') return atWeek('relative-week', date);
      if (m[2] === 'month') return atMonth('relative-month', date);
      return atYear('relative-year', date.getFullYear());
    },
  },
  {
    name: 'relative-day',
    pattern: re(`${B}(${anyCase('today')}|${anyCase('yesterday')}|${anyCase('tomorrow')}|${anyCase('tonight')}|this (?:morning|afternoon|evening))${E}`),
    resolve: (m, c) => {
      const word = m[1]!.toLowerCase();
      const offset = word === 'yesterday' ? -1 : word === 'tomorrow' ? 1 : 0;
      return atDay('relative-day', addDays(c.reference, offset));
    },
  },
  {
    name: 'ago',
    pattern: re(`${B}(${COUNT_PATTERN})\\s+(days?|weeks?|months?|years?)\\s+ago${E}`),
    resolve: (m, c) => ago(c.reference, countValue(m[1]!), m[2]!),
  },
  {
    name: 'same-day',
    pattern: re(`${B}(?:${anyCase('on')}\\s+)?(the same day)${E}`),
    group: 1,
    resolve: () => ({ rule: 'same-day', value: { start: dayDate(1, 1, 1) }, precision: 'day' }),
  },
  {
    name: 'weekday',
    pattern: re(`${B}(?:(${anyCase('last')}|${anyCase('next')}|${anyCase('this')}|(?:this )?coming)\\s+)?(${WEEKDAY_PATTERN})${E}`),
    resolve: (m, c) => {
      const index = weekdayIndex(m[2]!);
      const qualifier = m[1]?.toLowerCase();
      if (qualifier === 'last') return atDay('weekday-last', previousDay(c.reference, index as Day));
      if (qualifier === 'next' || qualifier?.endsWith('coming')) return atDay('weekday-next', nextDay(c.reference, index as Day));
      return atDay(c.tense === 'future' ? 'weekday-future' : 'weekday-past', weekday(c.reference, index, c.tense));
    },
  },
  {
    name: 'window',
    pattern: re(
      `${B}(?:(?:over|in|during|within)\\s+)?the\\s+(?:next|coming|following)\\s+(?:(?:probably|roughly|about|around|some|approximately|at least|at most)\\s+)?(?:(${COUNT_PATTERN}|few|several)\\s+)?(days?|weeks?|months?|years?)${E}`,
    ),
    resolve: (m) => pendingWindow(m[1] ? countValue(m[1]) : undefined, m[2]!),
  },
  {
    name: 'window-within',
    pattern: re(`${B}${anyCase('within')}\\s+(${COUNT_PATTERN})\\s+(days?|weeks?|months?|years?)${E}`),
    resolve: (m) => pendingWindow(countValue(m[1]!), m[2]!),
  },
];

function monthDayRule(rule: string, c: Context, month: string, dayText: string, year: string | undefined): Resolved | undefined {
  const m = monthIndex(month);
  const d = Number(dayText);
  const date = year ? exactDate(Number(year), m, d) : monthDay(c.reference, m, d, c.tense);
  return date ? atDay(year ? `${rule}-year` : rule, date) : undefined;
}

interface Sentence {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

const SEGMENTER = new Intl.Segmenter('en', { granularity: 'sentence' });

/** Unicode sentence breaking splits after "Feb." in "on Feb. 6." and after initials: rejoin those. */
const ENDS_IN_ABBREVIATION =
  /(?:^|[\s(])(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Mr|Mrs|Ms|Dr|St|Gen|Lt|Col|Capt|Sen|Rep|Gov|Prof|No|Jr|Sr|vs|[A-Z])\.\s*$/;

function sentencesOf(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  for (const { segment, index } of SEGMENTER.segment(text)) {
    const previous = sentences.at(-1);
    if (previous && ENDS_IN_ABBREVIATION.test(previous.text)) {
      sentences[sentences.length - 1] = { text: previous.text + segment, start: previous.start, end: index + segment.length };
    } else {
      sentences.push({ text: segment, start: index, end: index + segment.length });
    }
  }
  return sentences;
}

/**
 * Every rule needs one of these somewhere in its match: a digit, a month's full name, or a word
 * with day, week, month or year in it (weekday names, "today" and "the same day" included), or
 * "tomorrow", "tonight", "this morning". Text without any cannot hold a date expression, so it is
 * neither split into sentences nor run through the rules: most paragraphs of a story hold none.
 */
const MAY_HOLD_DATE = new RegExp(`\\d|day|week|month|year|tomorrow|tonight|morning|afternoon|evening|${FULL_MONTH_PATTERN}`, 'iu');

interface Candidate {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly sentence: Sentence;
  readonly tense: Tense;
  readonly resolved: Resolved;
}

/**
 * All date expressions in `text`, in order, resolved against `reference` (the publication day).
 *
 * @example findDates('Lavrov on Friday reaffirmed support.', dayDate(2026, 2, 20))
 *   // [{ text: 'Friday', value: { start: 2026-02-20 }, precision: 'day', rule: 'weekday-past', … }]
 */
export function findDates(text: string, reference: PartialDate): DateMention[] {
  const referenceDay = firstDay(reference);
  if (!MAY_HOLD_DATE.test(text)) return [];
  const candidates: Candidate[] = [];
  for (const sentence of sentencesOf(text)) {
    if (!MAY_HOLD_DATE.test(sentence.text)) continue;
    for (const rule of RULES) {
      for (const match of sentence.text.matchAll(rule.pattern)) {
        const group = rule.group ?? 0;
        const matched = match[group]!;
        const start = match.index + (group === 0 ? 0 : match[0].indexOf(matched));
        const end = start + matched.length;
        const tense = tenseAt(sentence.text, start, end);
        const resolved = rule.resolve(match as RegExpExecArray, { reference: referenceDay, tense });
        if (!resolved) continue;
        candidates.push({ start: sentence.start + start, end: sentence.start + end, text: matched, sentence, tense, resolved });
      }
    }
  }
  return anchorRelativeMentions(longestFirst(candidates), referenceDay);
}

/** Overlapping candidates: the longest wins ("Tuesday, Feb. 17" over "Tuesday"); then by position. */
function longestFirst(candidates: Candidate[]): Candidate[] {
  const chosen: Candidate[] = [];
  const bySize = [...candidates].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  for (const candidate of bySize) {
    if (chosen.every((c) => candidate.end <= c.start || candidate.start >= c.end)) chosen.push(candidate);
  }
  return chosen.sort((a, b) => a.start - b.start);
}

/**
 * Second pass, in text order: "the same day" takes the last day mentioned before it, and a window
 * starts at the day its sentence is about (the nearest day-precise mention in the sentence, before
 * it if there is one) or else at publication.
 */
function anchorRelativeMentions(candidates: Candidate[], reference: Date): DateMention[] {
  const mentions: DateMention[] = [];
  let lastDay: PartialDate | undefined;
  for (const candidate of candidates) {
    let resolved = candidate.resolved;
    if (resolved.rule === 'same-day') {
      if (!lastDay) continue;
      resolved = { ...resolved, value: { start: lastDay } };
    } else if (WINDOW in resolved) {
      const anchor = windowAnchor(candidate, candidates) ?? reference;
      resolved = resolveWindow(anchor, (resolved as PendingWindow)[WINDOW]);
    }
    if (resolved.precision === 'day') lastDay = resolved.value.start;
    mentions.push({
      text: candidate.text,
      start: candidate.start,
      end: candidate.end,
      value: resolved.value,
      precision: resolved.precision,
      window: resolved.window ?? false,
      rule: resolved.rule,
      tense: resolved.window ? 'future' : candidate.tense,
      sentence: candidate.sentence,
    });
  }
  return mentions;
}

function windowAnchor(window: Candidate, all: readonly Candidate[]): Date | undefined {
  const sameSentence = all.filter(
    (c) => c.sentence === window.sentence && c !== window && c.resolved.precision === 'day' && c.resolved.rule !== 'same-day',
  );
  const before = sameSentence.filter((c) => c.end <= window.start).at(-1);
  const anchor = before ?? sameSentence[0];
  return anchor ? firstDay(anchor.resolved.value.start) : undefined;
}

function resolveWindow(anchor: Date, { count, unit }: PendingWindow[typeof WINDOW]): Resolved {
  const start = fromLocalDate(anchor);
  if (count === undefined || !Number.isFinite(count)) return { rule: 'window', value: { start }, precision: 'range', window: true };
  const add = unit.startsWith('day') ? addDays : unit.startsWith('week') ? addWeeks : unit.startsWith('month') ? addMonths : addYears;
  return { rule: 'window', value: { start, end: fromLocalDate(add(anchor, count)) }, precision: 'range', window: true };
}
