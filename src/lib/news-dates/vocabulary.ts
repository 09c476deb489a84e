/**
 * The words news text uses for dates. Month and weekday names come from date-fns' English locale
 * rather than hand-written tables; only English number words, seasons and the nouns that make a
 * four-digit number a count are listed here.
 */
import { format } from 'date-fns/format';
import { CalendarDate } from './calendar';

const YEAR_2001 = 2001; // 1 January 2001 was a Monday, which lines weekday indexes up with getDay().

/** `January`…`December`, index 0–11. */
export const MONTH_NAMES: readonly string[] = Array.from({ length: 12 }, (_, m) => format(CalendarDate.of(YEAR_2001, m, 1), 'MMMM'));

/** `Sunday`…`Saturday`, index 0–6 as `Date.getDay()` counts. */
export const WEEKDAY_NAMES: readonly string[] = Array.from({ length: 7 }, (_, d) =>
  format(CalendarDate.of(YEAR_2001, 0, 7 + d), 'EEEE'),
);

/** Wire-style month abbreviations ("Feb.", "Sept.") mapped to a month index. */
const MONTH_ABBREVIATIONS: ReadonlyMap<string, number> = new Map([
  ...MONTH_NAMES.map((_, m) => [format(CalendarDate.of(YEAR_2001, m, 1), 'MMM'), m] as const),
  ['Sept', 8],
]);

/** Regex source matching a month name or abbreviation (with optional period); longest first. */
export const MONTH_PATTERN = [...MONTH_NAMES, ...[...MONTH_ABBREVIATIONS.keys()].filter((a) => !MONTH_NAMES.includes(a))]
  .sort((a, b) => b.length - a.length)
  .map((name) => (MONTH_NAMES.includes(name) ? name : `${name}\\.?`))
  .join('|');

export const FULL_MONTH_PATTERN = MONTH_NAMES.join('|');

export const WEEKDAY_PATTERN = WEEKDAY_NAMES.join('|');

/** Month index (0–11) of a name or abbreviation as matched by `MONTH_PATTERN`. */
export function monthIndex(word: string): number {
  const bare = word.replace(/\.$/, '');
  const full = MONTH_NAMES.indexOf(bare);
  return full >= 0 ? full : (MONTH_ABBREVIATIONS.get(bare) ?? -1);
}

/** Weekday index (0 = Sunday) of a name matched by `WEEKDAY_PATTERN`. */
export function weekdayIndex(word: string): number {
  return WEEKDAY_NAMES.indexOf(word);
}

const NUMBER_WORDS: ReadonlyMap<string, number> = new Map(
  [
    'a', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
    'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty',
  ].map((word, i) => [word, Math.max(1, i)] as const).concat([
    ['an', 1], ['thirty', 30], ['forty', 40], ['fifty', 50], ['sixty', 60], ['ninety', 90],
  ]),
);

/** Regex source for a count: digits or an English number word. */
export const COUNT_PATTERN = `\\d{1,4}|${[...NUMBER_WORDS.keys()].sort((a, b) => b.length - a.length).join('|')}`;

/** The value of a count matched by `COUNT_PATTERN`. */
export function countValue(word: string): number {
  return /^\d+$/.test(word) ? Number(word) : (NUMBER_WORDS.get(word.toLowerCase()) ?? Number.NaN);
}

/** `[Oo]n`: a lead word that may open a sentence. */
export function anyCase(word: string): string {
  return `[${word[0]!.toUpperCase()}${word[0]!.toLowerCase()}]${word.slice(1)}`;
}

/** Ordinals of quarters and halves, 1-based. */
export const ORDINALS: ReadonlyMap<string, number> = new Map([
  ['first', 1], ['second', 2], ['third', 3], ['fourth', 4], ['1st', 1], ['2nd', 2], ['3rd', 3], ['4th', 4],
]);

/**
 * Seasons as months of the northern hemisphere's meteorological calendar (the agency's own, and
 * the convention of most wire copy): spring March–May, summer June–August, autumn September–
 * November, winter December–February. `first` is the 0-based month the season starts in, counted
 * from January of the year it is labelled with, so winter's -1 is the December before: "winter
 * 2025" is December 2024 to February 2025, named like a meteorological winter by the year that
 * holds its January and February.
 *
 * There is no southern reading ("summer" as December–February in a Sydney story) because the
 * resolver is given only the text and the publication day: the dateline, the one thing that would
 * say which hemisphere a story is written from, is not passed to `findDates`, and a place named in
 * the sentence is not where the writer's seasons are. A hemisphere would have to come from the
 * caller as a parameter, not be guessed here.
 */
export const SEASONS: ReadonlyMap<string, { first: number }> = new Map([
  ['spring', { first: 2 }],
  ['summer', { first: 5 }],
  ['autumn', { first: 8 }],
  ['fall', { first: 8 }],
  ['winter', { first: -1 }],
]);

export const SEASON_PATTERN = [...SEASONS.keys()].join('|');

/**
 * What a four-digit number is counting when the next word is one of these: "1500 people", "2000
 * troops", "1800 tonnes". A year is never followed by one. Plurals ending in -s are caught without
 * a list (see `years.ts`); these are the ones that do not end in -s, and units.
 */
export const COUNT_NOUNS = new Set([
  'people', 'persons', 'children', 'men', 'women', 'police', 'personnel', 'staff', 'aircraft', 'cattle', 'sheep',
  'livestock', 'fish', 'feet', 'foot', 'km', 'kg', 'mw', 'gw', 'kw', 'mwh', 'gwh', 'bcm', 'tcf', 'cubic', 'square',
  'per', 'times', 'strong', 'percent', 'lira', 'yuan', 'yen', 'euro', 'dollar', 'troops', 'hours', 'years',
]);
