/**
 * Rules for years and longer periods: "1987", "2019-2021", "mid-2024" (May–August), "last year",
 * "earlier this year" (1 January to the day before publication), "the end of 2025" (31 December;
 * the year for a deadline: "by year-end"), the 1990s (1990–1999), the ’00s (2000–2009), the 1800s
 * and the 19th century (1800–1899).
 *
 * A four-digit number is a year only where the words around it say so: a preposition or
 * conjunction before it ("in 1898", "between 1985 and 1987", "fiscal 2025"), a determiner before
 * it and a noun after ("the 1987 crash", "its 2019 constitution"), or a possessive ("2023's
 * earthquake"). It is a count or an amount when a currency sign or a label ("Flight 1549",
 * "Resolution 1701") precedes it, or a unit, a time zone, "percent" or a plural noun follows it
 * ("1500 people", "1200 suspects", "1500 GMT"); after a determiner or a preposition of time a
 * plural leaves a year only within the last 125 and next 10 years ("the 2024 elections", "in 1500
 * homes" counts), and the listed count nouns always count ("the 2000 troops").
 */
import { addDays } from 'date-fns/addDays';
import { addYears } from 'date-fns/addYears';
import { endOfYear } from 'date-fns/endOfYear';
import { max } from 'date-fns/max';
import { min } from 'date-fns/min';
import { startOfDay } from 'date-fns/startOfDay';
import { startOfYear } from 'date-fns/startOfYear';
import { subDays } from 'date-fns/subDays';
import { chooseAmong, CalendarDate, yearFrom, type Period } from './calendar';
import { atDay, atMonth, B, days, E, inYear, isDeadline, leadWord, months, re, rei, years, type Context, type Resolved, type Rule } from './rule';
import { COUNT_NOUNS } from './vocabulary';

const YEAR_LEADS = new Set([
  'in', 'since', 'until', 'till', 'by', 'from', 'between', 'and', 'or', 'to', 'through', 'throughout', 'during',
  'before', 'after', 'of', 'for', 'around', 'circa', 'early', 'late', 'year', 'fiscal', 'season', 'than', 'into',
  'spring', 'summer', 'autumn', 'fall', 'winter', 'end', 'start', 'beginning', 'vs', 'versus', 'period', 'years',
]);

/** Leads after which a number is a year whatever follows: "the year 1915 remains", "fiscal 2025 results". */
const STRONG_LEADS = new Set(['year', 'fiscal', 'circa', 'season', 'spring', 'summer', 'autumn', 'fall', 'winter']);

const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'whose', 'this', 'that']);

/** Words ending in -s that are no plural nouns, after which a year may still stand. */
const NOT_PLURAL = new Set([
  'was', 'is', 'has', 'as', 'us', 'its', 'this', 'thus', 'plus', 'across', 'less', 'unless', 'news', 'series', 'crisis',
  'process', 'congress', 'business', 'address', 'analysis', 'basis', 'status', 'census', 'bonus', 'virus', 'consensus',
  'success', 'access', 'progress', 'olympics', 'games', 'elections', 'polls', 'talks', 'protests', 'riots', 'floods',
  'fires', 'accords', 'sanctions', 'midterms', 'uprisings', 'attacks', 'earthquakes', 'negotiations',
]);

const AMOUNT_BEFORE = /(?:[$€£¥₺]|\b(?:US\$|USD|EUR|GBP|TL|TRY|RMB|Rs))\s*$/u;
const LABEL_BEFORE =
  /\b(?:No\.?|[Nn]umber|[Ff]light|[Rr]esolution|[Rr]oute|[Aa]rticle|[Ss]ection|[Pp]aragraph|[Pp]age|[Rr]oom|[Cc]ode|[Mm]odel|[Vv]ersion|[Cc]hapter|[Bb]us|[Hh]ighway|[Rr]oad|[Pp]latform|[Gg]ate|[Ll]ine|[Uu]nit|[Rr]ow|[Ss]eat|[Ii]tem|[Dd]ecree|[Rr]egulation|[Oo]rder|[Vv]ision|[Aa]genda)\s*$/;
const NOT_A_YEAR_AFTER = /^(?:[.,]\d|\s*(?:%|percent\b|per\s+cent\b|GMT\b|UTC\b|hours?\b|hrs\b|local\s+time\b|[ap]\.?m\.?\b))/iu;
const SENTENCE_START_VERB = /^\s+(?:was|were|is|saw|marked|brought|will|has|had|also|became|began|ended)\b|^,/;

/** The word after a number, and after "and 2000" in "between 1500 and 2000 people". */
function followingNoun(after: string): string | undefined {
  return /^(?:\s*(?:and|or|to|-|–)\s*\d[\d,]*)?\s+(\p{L}[\p{L}’'-]*)/u.exec(after)?.[1];
}

/**
 * Leads that also take counts ("of 2000 tanks", "by 2000 votes"): after these a plural noun makes
 * the number a count. After a determiner or a lead of time ("in", "since", "until") a recent year
 * stays a year before a word in -s, which is as often a verb ("the war that began in 2022 goes
 * on") or a plural of events ("the 2024 elections"); wire style writes counts from 1,000 with a
 * comma anyway.
 */
const COUNT_LEADS = new Set(['of', 'to', 'by', 'for', 'around', 'between', 'and', 'or', 'than', 'into', 'from', 'vs', 'versus']);

function countsSomething(after: string, lead: string, determiner: boolean, year: number, published: CalendarDate): boolean {
  const noun = followingNoun(after);
  if (!noun) return false;
  const lower = noun.toLowerCase();
  if (COUNT_NOUNS.has(lower)) return true;
  const plural = lower.length > 3 && lower.endsWith('s') && !/['’]s$/.test(lower) && !NOT_PLURAL.has(lower);
  if (!plural) return false;
  const recent = year >= published.getFullYear() - 125 && year <= published.getFullYear() + 10;
  const timeLead = YEAR_LEADS.has(lead) && !COUNT_LEADS.has(lead);
  return !((determiner || timeLead) && recent);
}

/** Whether the number `year` at this place in the sentence is a year (see the header). */
export function isYearHere(year: number, before: string, after: string, published: CalendarDate): boolean {
  if (year < 1000 || year > published.getFullYear() + 100) return false;
  if (AMOUNT_BEFORE.test(before) || LABEL_BEFORE.test(before) || NOT_A_YEAR_AFTER.test(after)) return false;
  if (/^['’]s\b/u.test(after)) return true;
  const lead = leadWord(before);
  if (STRONG_LEADS.has(lead)) return true;
  const determiner = DETERMINERS.has(lead) || /\p{L}['’]s\s+$/u.test(before);
  if (countsSomething(after, lead, determiner, year, published)) return false;
  if (YEAR_LEADS.has(lead)) return true;
  if (determiner) return /^\s+\p{L}/u.test(after);
  return before.trim() === '' && SENTENCE_START_VERB.test(after);
}

/** Thirds of a year: early January–April, mid May–August, late September–December. */
function yearPart(year: number, part: string): Resolved {
  const first = { early: 0, mid: 4, late: 8 }[part.toLowerCase()] ?? 0;
  return months('year-part', CalendarDate.of(year, first, 1), CalendarDate.of(year, first + 3, 1));
}

/** A hundred years from `start`, split in thirds like a decade: early 00–33, mid 34–66, late 67–99. */
const century = (start: number, part: string | undefined, rule = 'decade'): Resolved => {
  const [from, to] = part ? ({ early: [0, 33], mid: [34, 66], late: [67, 99] } as Record<string, [number, number]>)[part.toLowerCase()]! : [0, 99];
  return years(rule, start + from, start + to);
};

const decade = (start: number, part: string | undefined): Resolved => {
  // "the 1800s" is a century; "the 2000s" is only ever read as a decade.
  if (start % 100 === 0 && start < 2000) return century(start, part);
  const [from, to] = part ? ({ early: [0, 3], mid: [4, 6], late: [7, 9] } as Record<string, [number, number]>)[part.toLowerCase()]! : [0, 9];
  return years('decade', start + from, start + to);
};

/**
 * Two digits name the latest such decade that has begun by publication: in 2026 the ’20s are the
 * 2020s and the ’30s the 1930s, in a story of 1995 the ’20s are the 1920s. "the Roaring ’20s" is a
 * name for the 1920s.
 */
function twoDigitDecade(digits: string, c: Context): number {
  const here = c.published.getFullYear();
  if (digits === '20' && /\b[Rr]oaring\s+$/.test(c.before)) return 1920;
  const decade = here - (here % 100) + Number(digits);
  return decade > here ? decade - 100 : decade;
}

/** "in their ’20s", "a man in his ’50s": ages, not decades. */
const AGE_BEFORE = /\b(?:their|his|her|its|my|our|your)\s+$/i;

const CENTURY_WORDS: ReadonlyMap<string, number> = new Map([
  ['eleventh', 11], ['twelfth', 12], ['thirteenth', 13], ['fourteenth', 14], ['fifteenth', 15], ['sixteenth', 16],
  ['seventeenth', 17], ['eighteenth', 18], ['nineteenth', 19], ['twentieth', 20], ['twenty-first', 21], ['twenty-second', 22],
]);

/** "earlier this year" runs from 1 January to the day before publication, "later this year" on to 31 December. */
function partOfThisYear(published: CalendarDate, which: string): Resolved {
  const first = startOfYear(published);
  const last = startOfDay(endOfYear(published));
  return which === 'earlier'
    ? days('relative-year', first, max([first, subDays(published, 1)]))
    : days('relative-year', min([addDays(published, 1), last]), last);
}

function yearOf(c: Context, which: string | undefined): number | undefined {
  const here = c.published.getFullYear();
  switch (which?.toLowerCase()) {
    case 'this year':
      return here;
    case 'last year':
      return yearFrom(c.published, -1);
    case 'next year':
      return yearFrom(c.published, 1);
    case undefined:
    case 'the year':
      return undefined;
    default:
      return Number(which);
  }
}

function yearEnd(c: Context, which: string | undefined, part: string): Resolved | undefined {
  const named = yearOf(c, which);
  const occurrence = (year: number): Period & { year: number } => {
    if (part === 'end') return { first: CalendarDate.of(year, 11, 31), last: CalendarDate.of(year, 11, 31), year };
    if (part === 'middle') return { first: CalendarDate.of(year, 4, 1), last: CalendarDate.of(year, 7, 31), year };
    return { first: CalendarDate.of(year, 0, 1), last: CalendarDate.of(year, 0, 31), year };
  };
  const chosen = named ? occurrence(named) : chooseAmong(c.reference, c.direction, [-1, 0, 1].map((offset) => occurrence(yearFrom(c.published, offset))));
  if (!chosen) return undefined;
  if (part === 'end') return isDeadline(c.before) ? inYear('year-end', chosen.year) : atDay('year-end', chosen.first);
  if (part === 'middle') return yearPart(chosen.year, 'mid');
  return atMonth('year-part', chosen.first);
}

export const YEAR_RULES: readonly Rule[] = [
  {
    name: 'year',
    needs: /\d{4}/,
    pattern: re(`${B}(?<![-–/]\\d*)(\\d{4})${E}(?![-–/]\\d)`),
    resolve: (m, c) => {
      const year = Number(m[1]);
      return isYearHere(year, c.before, c.after, c.published) ? inYear('year', year) : undefined;
    },
  },
  {
    name: 'year-range',
    needs: /\d{4}/,
    pattern: re(`${B}(\\d{4})\\s?[-–]\\s?(\\d{4}|\\d{2})${E}`),
    resolve: (m, c) => {
      const first = Number(m[1]);
      const last = m[2]!.length === 2 ? first - (first % 100) + Number(m[2]) : Number(m[2]);
      if (!(last > first && last - first <= 100)) return undefined;
      return isYearHere(first, c.before, c.after, c.published) ? years('year-range', first, last) : undefined;
    },
  },
  {
    name: 'year-part',
    needs: /\d{4}/,
    pattern: rei(`${B}(early|mid|late)(?:\\s+|\\s*-\\s*)(\\d{4})${E}`),
    resolve: (m, c) => (Number(m[2]) <= c.published.getFullYear() + 100 ? yearPart(Number(m[2]), m[1]!) : undefined),
  },
  {
    name: 'decade',
    needs: /\d0s/,
    pattern: rei(`${B}(?:(early|mid|late)(?:\\s+|\\s*-\\s*))?(?:(1\\d\\d0|20\\d0)|['’]([0-9]0))s${E}`),
    resolve: (m, c) => (AGE_BEFORE.test(c.before) ? undefined : decade(m[2] ? Number(m[2]) : twoDigitDecade(m[3]!, c), m[1])),
  },
  {
    // "the 19th century" is 1800–1899, as "the 1800s" is and as wire style counts it (not the
    // astronomers' 1801–1900). Only after "the": "a 19th-century church", "21st Century Fox" and
    // "the 11th century BC" date nothing in the news, and years before 1000 are dropped anyway.
    name: 'century',
    needs: /century/,
    pattern: re(
      `${B}(?:([Ee]arly|[Mm]id|[Ll]ate)(?:\\s+|\\s*-\\s*))?(?:(\\d{1,2})(?:st|nd|rd|th)|(${[...CENTURY_WORDS.keys()].join('|')}))\\s+century${E}(?!\\s+(?:BC|BCE|B\\.C\\.))`,
    ),
    resolve: (m, c) => {
      if (!/\b[Tt]he\s+$/.test(c.before)) return undefined;
      const ordinal = m[2] ? Number(m[2]) : CENTURY_WORDS.get(m[3]!)!;
      return ordinal >= 1 ? century((ordinal - 1) * 100, m[1], 'century') : undefined;
    },
  },
  {
    // "last year", "earlier this year", "late last year" (September–December).
    name: 'relative-year',
    needs: /year/i,
    pattern: rei(`${B}(?:(earlier|later|early|mid|late)(?:\\s+|\\s*-\\s*))?(last|this|next|the coming)\\s+year${E}`),
    resolve: (m, c) => {
      const shift = { last: -1, this: 0, next: 1, 'the coming': 1 }[m[2]!.toLowerCase()] ?? 0;
      const year = addYears(c.published, shift).getFullYear();
      const modifier = m[1]?.toLowerCase();
      if (modifier === 'early' || modifier === 'mid' || modifier === 'late') return yearPart(year, modifier);
      if (shift === 0 && (modifier === 'earlier' || modifier === 'later')) return partOfThisYear(c.published, modifier);
      return inYear('relative-year', year);
    },
  },
  {
    name: 'in-the-year',
    needs: /year/i,
    pattern: rei(`${B}(earlier|later)\\s+in\\s+the\\s+year${E}`),
    resolve: (m, c) => partOfThisYear(c.published, m[1]!.toLowerCase()),
  },
  {
    // "the end of 2025", "by year-end", "the start of next year".
    name: 'year-end',
    needs: /year|end/i,
    pattern: rei(`${B}(?:(beginning|start|middle|end)\\s+of\\s+(the year|this year|last year|next year|\\d{4})|year[- ]end(?:\\s+(\\d{4}))?|end-(year|\\d{4}))${E}`),
    resolve: (m, c) => {
      if (m[1]) return yearEnd(c, m[2], m[1].toLowerCase());
      // A year-end target or forecast looks ahead to this year's end, whatever the tense of "said".
      const target = /^\s+(?:target|goal|forecast|projection|estimate|deadline|expectation)s?\b/i.test(c.after);
      const year = m[3] ?? (m[4] && m[4].toLowerCase() !== 'year' ? m[4] : target ? 'this year' : undefined);
      return yearEnd(c, year, 'end');
    },
  },
];
