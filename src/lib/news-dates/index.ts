/**
 * Finds date expressions in English news text and resolves them against the story's publication
 * day.
 *
 * Reading an undated expression. Wire stories report in the past tense, so "on Tuesday" in a
 * Friday story is three days earlier. A future clause ("will meet on Monday", "is due", "set to",
 * "the leaders meet again Monday") reads ahead, and a weekday it names is the publication day
 * itself when they match; "since" always reads back, to the start point (not a span to
 * publication) and never as an expectation; "until" and "by" ahead (unless the past
 * perfect says it lies behind: "by March, talks had collapsed"). A month and day, a
 * month (also one before an event noun: "the May deadline", "the March vote"), a quarter or a
 * season in a clause whose tense says neither is the nearest occurrence. A
 * stated weekday fixes the year ("Saturday, April 25" is the nearest 25 April that is a Saturday).
 * Each day of a list is its own date, in the month and year of the day before it ("May 14 and 28",
 * "June 1, 2 and 3, 2025"; "on 3 and 5 March" takes the year of its last day).
 * "would" and "was due to" report an expectation: read ahead from the date of the report when the
 * sentence gives one ("On Tuesday, he said talks would resume on Thursday").
 *
 * Periods, as spans of the site's `PartialDate` precisions (`DateSpan`, year | month | day):
 * - a decade "the 1990s" is the year span 1990–1999; early/mid/late take years 0–3, 4–6, 7–9;
 *   two digits name the latest such decade begun by publication (in 2026 the ’20s are the
 *   2020s, the ’30s the 1930s); "the 1800s" (any hundred before
 *   2000) and "the 19th century" are the century 1800–1899, in thirds 00–33, 34–66, 67–99;
 * - a year part: "early 2023" January–April, "mid-2024" May–August, "late 2027"
 *   September–December (month spans); "2019-2021" the year span;
 * - a quarter is a month span ("Q3" July–September), a half "the first half of 2025" January–June;
 * - a season is a month span of the northern hemisphere's meteorological seasons (spring
 *   March–May, summer June–August, autumn/fall September–November, winter December–February,
 *   "winter 2025" being December 2024–February 2025); "late summer" is its last month;
 * - a month part is a day span: "early March" 1–10, "mid-March" 11–20, "late March" 21st to the
 *   end; "the end of March", "the end of the month" and "year-end" are the last day, but a
 *   deadline ("by the end of March", "until year-end") dates an expectation within the month or
 *   year, so it is that month or year;
 * - "earlier this month" and "earlier this year" run to the day before publication, "later this
 *   month/year" from the day after (day spans), as "earlier this week" does;
 * - a week is a day span in an ISO week (see rules-weeks.ts; "this week" never runs past
 *   publication in a past clause), a weekend Saturday–Sunday;
 * - a window "over the next 10 days" runs from the day its sentence is about; "the past week"
 *   is the span of days ending on that day.
 * Offsets: "three days ago", and ahead "in six months" (in a future clause only: "prices doubled
 * in six months" is a duration) and "two years from now", at the unit's precision (days and weeks
 * a day, months a month, years a year), counted from the date of the report when there is one.
 * Anchored expressions ("the day before", "a year earlier", "the following month", "later that
 * day", "that week") count from the date just mentioned (rules-anchored.ts).
 *
 * No date comes from "march" the verb, "May" the modal, "12-day war", "fall short", amounts,
 * counts ("1500 people") or fractions ("a quarter of"). All arithmetic goes through date-fns on
 * `CalendarDate`s (calendar.ts), which no time zone can shift or skip.
 */
import type { DateSpan } from '../date-span';
import type { PartialDate } from '../partial-date';
import { firstOf, lastOf, type CalendarDate, type Direction } from './calendar';
import { isAnchored, isAsciiWordText, type Context, type Earlier, type MentionPrecision, type Outcome, type Resolved } from './rule';
import { RULES } from './rules';
import { sentencesOf, type Sentence } from './sentences';
import { clauseTense, type ClauseTense, type Tense } from './tense';
import { FULL_MONTH_PATTERN } from './vocabulary';

export type { Tense } from './tense';
export type { MentionPrecision } from './rule';

export interface DateMention {
  /** The matched words, e.g. `Tuesday`, `last June`, `over the next probably 10 days`. */
  readonly text: string;
  /** Offsets of `text` in the input (UTF-16 code units). */
  readonly start: number;
  readonly end: number;
  /** The resolved date or span; a window may have no end ("in the coming weeks"). */
  readonly value: DateSpan;
  readonly precision: MentionPrecision;
  /** A period ahead of the moment the sentence refers to, rather than a date. */
  readonly window: boolean;
  /** Which rule resolved it, e.g. `weekday-past`, `month-day`, `window`. */
  readonly rule: string;
  /**
   * `future` marks something anticipated as of publication: a window, a date after publication,
   * or a future clause's date not before it.
   */
  readonly tense: Tense;
  /** The sentence it appears in, with its offsets in the input. */
  readonly sentence: { readonly text: string; readonly start: number; readonly end: number };
}

/**
 * Every rule needs one of these somewhere in its match. Text without any cannot hold a date
 * expression, so it is neither split into sentences nor run through the rules: most paragraphs
 * of a story hold none.
 */
const MAY_HOLD_DATE = new RegExp(
  `\\d|day|week|month|year|tomorrow|tonight|night|morning|afternoon|evening|quarter|half|century|spring|summer|autumn|fall|winter|${FULL_MONTH_PATTERN}`,
  'iu',
);

interface Candidate {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly sentence: Sentence;
  readonly clause: ClauseTense;
  readonly outcome: Outcome;
  /** For a reported expectation: the same rule read ahead from the report's date. */
  readonly fromReport?: (report: CalendarDate) => Outcome | undefined;
  /** Led by "since": a start point behind the text, whatever the clause's tense. */
  readonly since: boolean;
}

const SINCE = /\bsince\s+(?:the\s+)?$/i;
const UNTIL = /\b(?:until|till|by)\s+(?:the\s+)?$/i;
/** "had been postponed until March 3" names a date the postponement looks ahead to. */
const RESCHEDULED = /\b(?:postponed|delayed|extended|adjourned|deferred|pushed back|put off|moved|suspended|rescheduled)\s+(?:[\p{L}’'-]+\s+){0,3}(?:until|till|by)\s+(?:the\s+)?$/iu;

function directionOf(clause: ClauseTense, before: string): { direction: Direction; forced: boolean } {
  if (SINCE.test(before)) return { direction: 'back', forced: true };
  if (UNTIL.test(before)) return { direction: clause.perfect && !RESCHEDULED.test(before) ? 'back' : 'ahead', forced: true };
  if (clause.reported) return { direction: clause.reported.fallback, forced: false };
  return { direction: clause.tense === 'future' ? 'ahead' : clause.tense === 'past' ? 'back' : 'nearest', forced: false };
}

/**
 * All date expressions in `text`, in order, resolved against `reference` (the publication day).
 *
 * @example findDates('Lavrov on Friday reaffirmed support.', dayDate(2026, 2, 20))
 *   // [{ text: 'Friday', value: { start: 2026-02-20 }, precision: 'day', rule: 'weekday-past', … }]
 */
export function findDates(text: string, reference: PartialDate): DateMention[] {
  if (!MAY_HOLD_DATE.test(text)) return [];
  const published = firstOf(reference);
  const candidates: Candidate[] = [];
  for (const sentence of sentencesOf(text)) {
    if (!MAY_HOLD_DATE.test(sentence.text)) continue;
    const asciiWords = isAsciiWordText(sentence.text);
    for (const rule of RULES) {
      if (!rule.needs.test(sentence.text)) continue;
      for (const match of sentence.text.matchAll(rule.pattern.for(asciiWords))) {
        const group = rule.group ?? 0;
        const matched = match[group]!;
        const start = match.index + (group === 0 ? 0 : match[0].indexOf(matched));
        const end = start + matched.length;
        const clause = clauseTense(sentence.text, start, end);
        const before = sentence.text.slice(0, start);
        const { direction, forced } = directionOf(clause, before);
        const context: Context = { published, reference: published, direction, tense: clause.tense, before, after: sentence.text.slice(end) };
        const outcome = rule.resolve(match as RegExpExecArray, context);
        if (!outcome) continue;
        const fromReport =
          clause.reported && !forced
            ? (report: CalendarDate) => rule.resolve(match as RegExpExecArray, { ...context, reference: report, direction: 'ahead' })
            : undefined;
        const since = SINCE.test(before);
        candidates.push({ start: sentence.start + start, end: sentence.start + end, text: matched, sentence, clause, outcome, fromReport, since });
      }
    }
  }
  return resolveInOrder(longestFirst(candidates), published).filter(withinNewsYears);
}

/**
 * Years a news story dates things in: four digits, as ISO 8601 and the site's archive write them.
 * "2015 years ago" in a story of 1969 would otherwise come out as the year -46.
 */
function withinNewsYears(mention: DateMention): boolean {
  const years = [mention.value.start.year, mention.value.end?.year ?? mention.value.start.year];
  return years.every((year) => year >= 1000 && year <= 9999);
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
 * Second pass, in text order, for what depends on other mentions: anchored expressions take the
 * dates before them, windows the day their sentence is about, reported expectations the date of
 * the report (the latest mention of the sentence before its "would" outside a future clause).
 */
function resolveInOrder(candidates: readonly Candidate[], published: CalendarDate): DateMention[] {
  const mentions: DateMention[] = [];
  const earlier: Earlier[] = [];
  for (const candidate of candidates) {
    const resolved = resolveCandidate(candidate, candidates, earlier, published);
    if (!resolved) continue;
    // "since 2030" in a story of 2026 is a slip: what has gone on since a date began before the text.
    if (candidate.since && firstOf(resolved.value.start) > published) continue;
    earlier.push({ start: candidate.start, end: candidate.end, resolved, futureClause: candidate.clause.tense === 'future' });
    const clauseFuture = candidate.clause.tense === 'future' && lastOf(resolved.value.end ?? resolved.value.start) >= published;
    // "will keep rising, as they have since January" in a story of 15 January: January has begun,
    // and what began then is no expectation even in a future clause.
    const future = !candidate.since && (resolved.window || clauseFuture || firstOf(resolved.value.start) > published);
    mentions.push({
      text: candidate.text,
      start: candidate.start,
      end: candidate.end,
      value: resolved.value,
      precision: resolved.precision,
      window: resolved.window ?? false,
      rule: resolved.rule,
      tense: future ? 'future' : 'past',
      sentence: candidate.sentence,
    });
  }
  return mentions;
}

function resolveCandidate(
  candidate: Candidate,
  all: readonly Candidate[],
  earlier: readonly Earlier[],
  published: CalendarDate,
): Resolved | undefined {
  let outcome: Outcome | undefined = candidate.outcome;
  if (candidate.fromReport && candidate.clause.reported) {
    const reportedAt = candidate.sentence.start + candidate.clause.reported.index;
    // The date of the report: a mention before the "would" that is not itself an expectation
    // ("said temporary housing would be ready by the end of March, and that inspections would
    // begin on Thursday" reads Thursday from publication, not from 31 March).
    const report = earlier.findLast(
      (e) => e.start >= candidate.sentence.start && e.end <= reportedAt && !e.resolved.window && !e.futureClause,
    );
    if (report) outcome = candidate.fromReport(firstOf(report.resolved.value.start));
  }
  if (!outcome) return undefined;
  if (!isAnchored(outcome)) return outcome;
  return outcome.anchored({ earlier, sentenceDay: sentenceDay(candidate, all, earlier) ?? published });
}

/** The nearest day-precise mention of the candidate's sentence, before it if there is one. */
function sentenceDay(candidate: Candidate, all: readonly Candidate[], earlier: readonly Earlier[]): CalendarDate | undefined {
  const before = earlier.findLast(
    (e) => e.start >= candidate.sentence.start && e.end <= candidate.start && e.resolved.precision === 'day' && !e.resolved.window,
  );
  if (before) return firstOf(before.resolved.value.start);
  const after = all.find((c) => c.sentence === candidate.sentence && c.start >= candidate.end && !isAnchored(c.outcome) && c.outcome.precision === 'day');
  return after && !isAnchored(after.outcome) ? firstOf(after.outcome.value.start) : undefined;
}
