/**
 * The news-date resolver as a table: phrase, publication day, what a reader of that story would
 * take it to mean. Runs under three time zones with the rest of the unit tests.
 */
import { addDays } from 'date-fns/addDays';
import { format } from 'date-fns/format';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findDates, type DateMention } from '../../src/lib/news-dates';
import { WEEKDAY_NAMES } from '../../src/lib/news-dates/vocabulary';
import { fromLocalDate, parsePartialDate } from '../../src/lib/partial-date';

const FRIDAY = parsePartialDate('2026-02-20');

function value(m: DateMention): string {
  return m.value.end ? `${m.value.start.iso}/${m.value.end.iso}` : m.value.start.iso;
}

/** `text=value` for every mention found. */
function resolve(text: string, published = '2026-02-20'): string[] {
  return findDates(text, parsePartialDate(published)).map((m) => `${m.text}=${value(m)}`);
}

describe('the seed story (published Friday 2026-02-20; a copy of ../shared/seeds/000_e63fccf331610813.txt)', () => {
  const seed = readFileSync(new URL('../fixtures/wire/istanbul-lavrov-araghchi.txt', import.meta.url), 'utf8');
  const body = seed.split('\n').slice(1).join('\n');
  const mentions = findDates(body, FRIDAY);

  it('resolves every date the story states, and nothing else', () => {
    expect(mentions.map((m) => `${m.text}=${value(m)}`)).toEqual([
      'Friday=2026-02-20',
      'Tuesday=2026-02-17',
      'last June=2025-06',
      'Feb. 6=2026-02-06',
      'Thursday=2026-02-19',
      'over the next probably 10 days=2026-02-19/2026-03-01',
    ]);
  });

  it('says which rule fired, the precision, and marks the window', () => {
    expect(mentions.map((m) => [m.rule, m.precision, m.window])).toEqual([
      ['weekday-past', 'day', false],
      ['weekday-past', 'day', false],
      ['month-relative', 'month', false],
      ['month-day', 'day', false],
      ['weekday-past', 'day', false],
      ['window', 'range', true],
    ]);
  });

  it('returns the exact span and its sentence', () => {
    const feb6 = mentions[3]!;
    expect(body.slice(feb6.start, feb6.end)).toBe('Feb. 6');
    expect(feb6.sentence.text.trim()).toBe('The first round was held in Muscat, Oman, on Feb. 6.');
    const window = mentions[5]!;
    expect(window.sentence.text).toMatch(/^On Thursday, Trump said/);
  });
});

describe('phrases', () => {
  it.each([
    // weekdays: past reporting looks back, future clauses look ahead
    ['Lavrov on Friday reaffirmed support.', 'Friday=2026-02-20'],
    ['The talks ended on Tuesday.', 'Tuesday=2026-02-17'],
    ['On Thursday, Trump said it will be clear.', 'Thursday=2026-02-19'],
    ['The ministers met Saturday.', 'Saturday=2026-02-14'],
    ['The envoys will meet on Monday.', 'Monday=2026-02-23'],
    ['The report is due on Wednesday.', 'Wednesday=2026-02-25'],
    ['They will meet next Monday.', 'next Monday=2026-02-23'],
    ['He spoke last Friday.', 'last Friday=2026-02-13'],
    ['Officials said he would travel to Geneva on Sunday.', 'Sunday=2026-02-22'],
    ['Trump, who met Netanyahu on Monday, will travel to Oman.', 'Monday=2026-02-16'],
    ['Friday’s call was the second this month.', 'Friday=2026-02-20', 'this month=2026-02'],
    // month and day
    ['The first round was held in Muscat on Feb. 6.', 'Feb. 6=2026-02-06'],
    ['It happened on February 6.', 'February 6=2026-02-06'],
    ['It happened on 6 February.', '6 February=2026-02-06'],
    ['The deal was signed on July 14, 2015.', 'July 14, 2015=2015-07-14'],
    ['Elections were held on April 27.', 'April 27=2025-04-27'],
    ['Elections will be held on April 27.', 'April 27=2026-04-27'],
    ['The ceasefire began on Sept. 12.', 'Sept. 12=2025-09-12'],
    ['The summit opened on Tuesday, Feb. 17.', 'Tuesday, Feb. 17=2026-02-17'],
    ['The accord of 14 July 2015 was abandoned.', '14 July 2015=2015-07-14'],
    ['It ended on Dec. 31.', 'Dec. 31=2025-12-31'],
    ['The deadline is March 1st.', 'March 1st=2026-03-01'],
    // months and years
    ['The war broke out last June.', 'last June=2025-06'],
    ['Talks stalled in June.', 'June=2025-06'],
    ['Talks resumed in February.', 'February=2026-02'],
    ['Talks will resume in June.', 'June=2026-06'],
    ['The plan was agreed in November 2013.', 'November 2013=2013-11'],
    ['The plan was agreed in July 2015.', 'July 2015=2015-07'],
    ['Sanctions were lifted in 2016.', '2016=2016'],
    ['Relations have been frozen since 2018.', '2018=2018'],
    ['Trade fell last year.', 'last year=2025'],
    ['The visit was postponed late last month.', 'late last month=2026-01-21/2026-01-31'],
    ['He said earlier this month that talks would go on.', 'earlier this month=2026-02-01/2026-02-19'],
    ['The ministers met last week.', 'last week=2026-02-09/2026-02-15'],
    ['The ministers will meet next week.', 'next week=2026-02-23/2026-03-01'],
    ['Talks will resume next month.', 'next month=2026-03'],
    ['The treaty expires next year.', 'next year=2027'],
    ['The fleet sailed in early March.', 'early March=2025-03-01/2025-03-10'],
    ['Talks are expected in mid-March.', 'mid-March=2026-03-11/2026-03-20'],
    // relative days
    ['The ministry said yesterday that it disagreed.', 'yesterday=2026-02-19'],
    ['Talks resume today.', 'today=2026-02-20'],
    ['They meet tomorrow.', 'tomorrow=2026-02-21'],
    ['The strike happened two days ago.', 'two days ago=2026-02-18'],
    ['It began three weeks ago.', 'three weeks ago=2026-01-30'],
    ['It began 18 months ago.', '18 months ago=2024-08'],
    ['The first round was on Feb. 6. On the same day, Oman spoke.', 'Feb. 6=2026-02-06', 'the same day=2026-02-06'],
    // windows
    ['Trump said a deal will be clear over the next 10 days.', 'over the next 10 days=2026-02-20/2026-03-02'],
    ['On Thursday, he said it will be clear over the next probably 10 days.', 'Thursday=2026-02-19', 'over the next probably 10 days=2026-02-19/2026-03-01'],
    ['Iran must respond within 120 days.', 'within 120 days=2026-02-20/2026-06-20'],
    ['A decision is expected in the coming weeks.', 'in the coming weeks=2026-02-20'],
    ['Inspectors will return within two weeks.', 'within two weeks=2026-02-20/2026-03-06'],
    ['On Monday, the envoy said troops would leave in the next three months.', 'Monday=2026-02-16', 'in the next three months=2026-02-16/2026-05-16'],
    // not dates
    ['The US and Iran concluded a second round of talks.'],
    ['Washington may have to take it a step further if negotiations fall short.'],
    ['Trump ordered strikes during the 12-day Iran-Israel war.'],
    ['The US deployed two aircraft carriers and 40 fighter jets.'],
    ['The March on Washington drew 250,000 people.'],
    ['May I ask a question?'],
    ['Some 2,000 troops and 300 vehicles crossed the border.'],
  ])('%s', (text, ...expected) => {
    expect(resolve(text)).toEqual(expected);
  });
});

describe('"since" is a start point, never an expectation', () => {
  it.each([
    ['in a future clause, a period that has begun', 'Prices will keep rising, as they have since January.', '2026-01-15', 'January=2026-01'],
    ['a year that is publication\'s own', 'Rates will stay on hold, as they have since 2026.', '2026-01-15', '2026=2026'],
    ['a weekday before a future clause', 'Since Monday, officials will say, the talks have stalled.', '2026-01-15', 'Monday=2026-01-12'],
  ])('%s', (_label, text, published, expected) => {
    const mentions = findDates(text, parsePartialDate(published));
    expect(mentions.map((m) => `${m.text}=${value(m)}`)).toEqual([expected]);
    expect(mentions[0]!.tense).toBe('past');
  });
});

describe('boundaries', () => {
  it.each([
    ['A January story saying "last December"', 'The talks collapsed last December.', '2026-01-05', 'last December=2025-12'],
    ['December in January, in past tense', 'Talks collapsed in December.', '2026-01-05', 'December=2025-12'],
    ['"Dec. 30" in a January story', 'It ended on Dec. 30.', '2026-01-02', 'Dec. 30=2025-12-30'],
    ['"Jan. 3" said in December, future', 'The vote will be held on Jan. 3.', '2025-12-28', 'Jan. 3=2026-01-03'],
    ['"last week" across a year boundary', 'They met last week.', '2026-01-02', 'last week=2025-12-22/2025-12-28'],
    ['"yesterday" on 1 March of a leap year', 'It was signed yesterday.', '2024-03-01', 'yesterday=2024-02-29'],
    ['"Feb. 29" in a non-leap year looks back to a leap year', 'It was signed on Feb. 29.', '2026-03-10', 'Feb. 29=2024-02-29'],
    ['"Feb. 29" ahead to the next leap year', 'The vote will be on Feb. 29.', '2026-03-10', 'Feb. 29=2028-02-29'],
    ['"last month" in January', 'Prices rose last month.', '2026-01-15', 'last month=2025-12'],
    ['a 30-day window across a month end', 'Iran must respond within 30 days.', '2026-01-31', 'within 30 days=2026-01-31/2026-03-02'],
    ['"next Monday" from a Monday', 'They will meet next Monday.', '2026-02-16', 'next Monday=2026-02-23'],
    ['"on Monday" in a Monday story', 'Lavrov spoke on Monday.', '2026-02-16', 'Monday=2026-02-16'],
    ['impossible "Feb. 30" is not a date', 'It happened on Feb. 30.', '2026-03-10'],
    ['"April 31" is not a date', 'It happened on April 31.', '2026-05-10'],
    ['a count of years that would go before year 1000 is no date', 'The dynasty fell 2015 years ago.', '1969-12-31'],
    // A letter beyond ASCII is a letter: the patterns' ASCII forms must not read these sentences.
    ['a year run into a letter beyond ASCII is no year', 'The war began in 2019ğ.', '2026-02-20'],
    ['a day run into a letter beyond ASCII is no day', 'It was signed on March 6ş.', '2026-02-20'],
    ['a weekday run into a letter beyond ASCII is no weekday', 'The Mondayé shift ended.', '2026-02-20'],
    ['dates beside names beyond ASCII still resolve', 'Erdoğan met Şahin on Tuesday in Şanlıurfa.', '2026-02-20', 'Tuesday=2026-02-17'],
  ])('%s', (_label, text, published, ...expected) => {
    expect(resolve(text, published)).toEqual(expected);
  });
});

describe('every weekday against every publication weekday', () => {
  // 16–22 Feb 2026 runs Monday to Sunday.
  const publicationDays = Array.from({ length: 7 }, (_, i) => new Date(2026, 1, 16 + i));
  const cases = publicationDays.flatMap((published) =>
    WEEKDAY_NAMES.map((weekday) => [format(published, 'EEEE'), weekday, published] as const),
  );

  it.each(cases)('a %s story: past "on %s" is the latest one on or before publication', (_, weekday, published) => {
    const [mention] = findDates(`The minister spoke on ${weekday}.`, fromLocalDate(published));
    const back = (published.getDay() - WEEKDAY_NAMES.indexOf(weekday) + 7) % 7;
    expect(mention!.value.start.iso).toBe(format(addDays(published, -back), 'yyyy-MM-dd'));
  });

  // A future clause naming the publication day's own weekday means that day, not a week later.
  it.each(cases)('a %s story: future "will meet on %s" is the first one on or after publication', (_, weekday, published) => {
    const [mention] = findDates(`The ministers will meet on ${weekday}.`, fromLocalDate(published));
    const ahead = (WEEKDAY_NAMES.indexOf(weekday) - published.getDay() + 7) % 7;
    expect(mention!.value.start.iso).toBe(format(addDays(published, ahead), 'yyyy-MM-dd'));
    expect(mention!.tense).toBe('future');
  });
});
