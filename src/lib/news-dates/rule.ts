/**
 * What a rule is and what it returns. A rule is a pattern and a resolver; the resolver reads the
 * match against its clause (reference day, direction, the words around it) and returns a date, or
 * an `Anchored` resolution that must wait for the dates said before it ("the day before").
 */
import type { DateSpan } from '../date-span';
import type { PartialDate } from '../partial-date';
import { asDay, asMonth, asYear, CalendarDate, type Direction } from './calendar';
import type { Tense } from './tense';

/** `range` covers spans (weeks, quarters, seasons, "early March") and windows. */
export type MentionPrecision = 'day' | 'month' | 'year' | 'range';

export interface Resolved {
  /** Which rule resolved it, e.g. `weekday-past`, `month-day`, `window`. */
  readonly rule: string;
  readonly value: DateSpan;
  readonly precision: MentionPrecision;
  /** A period ahead of the moment the sentence refers to, rather than a date. */
  readonly window?: boolean;
}

export interface Context {
  /** The story's publication day: what "yesterday" and "last week" count from. */
  readonly published: CalendarDate;
  /**
   * The day an undated recurring period is read from: publication, or the date of the report in
   * "On Tuesday, he said talks would resume on Thursday".
   */
  readonly reference: CalendarDate;
  readonly direction: Direction;
  readonly tense?: Tense;
  /** The sentence around the match. */
  readonly before: string;
  readonly after: string;
}

/** A mention already resolved, as anchored rules see it. */
export interface Earlier {
  readonly start: number;
  readonly end: number;
  readonly resolved: Resolved;
  /** Its clause is future: it dates what is expected, not when something was said. */
  readonly futureClause: boolean;
}

export interface Anchors {
  /** Every mention before this one in the text, in order. */
  readonly earlier: readonly Earlier[];
  /** The day the sentence is about: its nearest day-precise mention (before this one if any), or publication. */
  readonly sentenceDay: CalendarDate;
}

export interface Anchored {
  readonly rule: string;
  readonly anchored: (anchors: Anchors) => Resolved | undefined;
}

export type Outcome = Resolved | Anchored;

export interface Rule {
  readonly name: string;
  readonly pattern: WordPattern;
  /** Which capture group holds the expression to report (0 = the whole match). */
  readonly group?: number;
  /**
   * A cheap test every match of `pattern` passes: a sentence without it is not scanned. The
   * patterns' look-behinds are tried at every offset, and most sentences hold no date.
   */
  readonly needs: RegExp;
  resolve(match: RegExpExecArray, context: Context): Outcome | undefined;
}

export const MONTH_HINT = /Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec/;
export const UNIT_HINT = /day|night|week|month|year/i;

export const isAnchored = (outcome: Outcome): outcome is Anchored => 'anchored' in outcome;

/** Word start that also works before "Feb." and "’90s". */
export const B = '(?<![\\p{L}\\p{N}])';
/** Word end; a hyphen ends no word here ("12-day" is not "12"). */
export const E = '(?![\\p{L}\\p{N}]|-\\p{L})';
/** B and E for text whose letters and digits are all ASCII, where they accept the same characters. */
const ASCII_B = '(?<![A-Za-z0-9])';
const ASCII_E = '(?![A-Za-z0-9]|-[A-Za-z])';
/** A letter or digit beyond ASCII: text without one is matched with a pattern's ASCII form. */
const WIDE_WORD_CHAR = /(?![\x00-\x7F])[\p{L}\p{N}]/u;

/**
 * A rule's pattern, in two forms that find the same matches in text whose letters and digits
 * are all ASCII, as most agency copy is: as written, and with its word boundaries (B, E) testing
 * for ASCII letters and digits. A regular expression that tests for any letter or digit is compiled
 * into a search over hundreds of character ranges, in every process that uses it, which made
 * compiling the rules most of the time the resolver spent on a build's first story; each form is
 * compiled only when text needs it. (Case-insensitive forms agree too: the characters that fold
 * into ASCII letters, such as the long s, are themselves letters beyond ASCII.)
 */
export class WordPattern {
  #unicode: RegExp | undefined;
  #ascii: RegExp | undefined;

  constructor(
    readonly source: string,
    readonly flags: string,
  ) {}

  /** The pattern as written: right for any text. */
  get unicode(): RegExp {
    return (this.#unicode ??= new RegExp(this.source, this.flags));
  }

  /** The pattern for text whose letters and digits are all ASCII. */
  get ascii(): RegExp {
    return (this.#ascii ??= new RegExp(this.source.replaceAll(B, ASCII_B).replaceAll(E, ASCII_E), this.flags));
  }

  /** The form to match `text` with (see `isAsciiWordText`). */
  for(asciiWords: boolean): RegExp {
    return asciiWords ? this.ascii : this.unicode;
  }
}

/** Whether every letter and digit of `text` is ASCII: then a pattern's ASCII form may match it. */
export const isAsciiWordText = (text: string): boolean => !WIDE_WORD_CHAR.test(text);

export const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
export const YEAR = '(\\d{4})';
export const re = (source: string) => new WordPattern(source, 'gu');
/** Case-insensitive: only for patterns without month or weekday names, whose capitals matter ("May", "March"). */
export const rei = (source: string) => new WordPattern(source, 'giu');

export const atDay = (rule: string, date: Date): Resolved => ({ rule, value: { start: asDay(date) }, precision: 'day' });
export const atMonth = (rule: string, date: Date): Resolved => ({ rule, value: { start: asMonth(date) }, precision: 'month' });
export const atYear = (rule: string, date: Date): Resolved => ({ rule, value: { start: asYear(date) }, precision: 'year' });
export const inYear = (rule: string, year: number): Resolved => atYear(rule, CalendarDate.of(year, 0, 1));

/** A span; one that starts and ends in the same period is that period ("earlier this week" on a Tuesday is Monday). */
function span(rule: string, start: PartialDate, end: PartialDate, precision: 'day' | 'month' | 'year'): Resolved {
  return start.iso === end.iso ? { rule, value: { start }, precision } : { rule, value: { start, end }, precision: 'range' };
}
export const days = (rule: string, first: Date, last: Date): Resolved => span(rule, asDay(first), asDay(last), 'day');
export const months = (rule: string, first: Date, last: Date): Resolved => span(rule, asMonth(first), asMonth(last), 'month');
export const years = (rule: string, first: number, last: number): Resolved =>
  span(rule, asYear(CalendarDate.of(first, 0, 1)), asYear(CalendarDate.of(last, 0, 1)), 'year');

/**
 * "by the end of March", "until year-end": a deadline, which dates an expectation within the
 * period rather than on its last day ("at the end of 2025" is 31 December).
 */
export const isDeadline = (before: string): boolean => /\b(?:by|before|until|till)\s+(?:the\s+)?$/i.test(before);

/** The word right before a match, lower case: what makes "in 1898" a year and "Flight 1549" none. */
export function leadWord(before: string): string {
  return /([\p{L}’'-]+)[\s,]*$/u.exec(before)?.[1]?.toLowerCase() ?? '';
}
