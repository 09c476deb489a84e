import { describe, expect, it } from 'vitest';
import {
  comparePartialDates,
  containsDate,
  firstDay,
  lastDay,
  parsePartialDate,
  PartialDateError,
} from '../../src/lib/partial-date';

describe('the test process', () => {
  it('runs in the time zone its project declares', () => {
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(process.env.TZ);
  });
});

describe('parsePartialDate', () => {
  it.each([
    ['2025', { precision: 'year', year: 2025, iso: '2025' }],
    ['2025-06', { precision: 'month', year: 2025, month: 6, iso: '2025-06' }],
    ['2026-02-17', { precision: 'day', year: 2026, month: 2, day: 17, iso: '2026-02-17' }],
    ['2024-02-29', { precision: 'day', year: 2024, month: 2, day: 29, iso: '2024-02-29' }],
    [' 2026-02-17 ', { precision: 'day', year: 2026, month: 2, day: 17, iso: '2026-02-17' }],
  ])('reads the string %j', (input, expected) => {
    expect(parsePartialDate(input)).toEqual(expected);
  });

  it('refuses years before 1000, which Date would read as the wrong century, and says so', () => {
    for (const bad of ['0050', '0012-03-04', '0000', '0999-12']) {
      expect(() => parsePartialDate(bad), bad).toThrow(`"${bad}" has the year ${bad.slice(0, 4)}: years before 1000 are not supported`);
    }
    expect(parsePartialDate('1000').iso).toBe('1000');
  });

  it('reads an unquoted YAML year (a number) as a year', () => {
    expect(parsePartialDate(2025)).toEqual({ precision: 'year', year: 2025, iso: '2025' });
  });

  it('reads an unquoted YAML date (midnight UTC) as that calendar day in any time zone', () => {
    expect(parsePartialDate(new Date('2026-02-20T00:00:00Z')).iso).toBe('2026-02-20');
    expect(parsePartialDate(new Date('2026-01-01T00:00:00Z')).iso).toBe('2026-01-01');
  });

  it.each([
    ['2026-02-31', /not a date in the calendar/],
    ['2025-02-29', /not a date in the calendar/],
    ['2026-13-01', /not a date in the calendar/],
    ['2026-13', /not a date in the calendar/],
    ['2026-00', /not a date in the calendar/],
    ['20/02/2026', /not an ISO 8601 calendar date/],
    ['Feb 2026', /not an ISO 8601 calendar date/],
    ['2026-2-3', /not an ISO 8601 calendar date/],
    ['', /not an ISO 8601 calendar date/],
  ])('rejects %j', (input, message) => {
    expect(() => parsePartialDate(input)).toThrow(PartialDateError);
    expect(() => parsePartialDate(input)).toThrow(message);
  });

  it.each([[25], [2025.5], [null], [true], [['2025']], [{ year: 2025 }], [new Date('nope')]])(
    'rejects the non-date %j and says which forms work',
    (input) => {
      expect(() => parsePartialDate(input)).toThrow(/YYYY, YYYY-MM or YYYY-MM-DD/);
    },
  );
});

describe('firstDay and lastDay', () => {
  it('give the calendar bounds of each precision as local dates', () => {
    const june = parsePartialDate('2025-06');
    expect([firstDay(june).getDate(), lastDay(june).getDate(), lastDay(june).getMonth()]).toEqual([1, 30, 5]);
    expect(lastDay(parsePartialDate('2024-02')).getDate()).toBe(29);
    expect(lastDay(parsePartialDate('2025-02')).getDate()).toBe(28);
    const year = lastDay(parsePartialDate('2025'));
    expect([year.getFullYear(), year.getMonth(), year.getDate(), year.getHours()]).toEqual([2025, 11, 31, 0]);
  });
});

describe('comparePartialDates (precision ordering)', () => {
  const sorted = ['2024-12-31', '2025', '2025-01', '2025-01-01', '2025-01-02', '2025-02', '2025-06', '2025-06-13', '2026'];

  it('orders by first day, and a containing period before what it contains', () => {
    const shuffled = [...sorted].reverse().map(parsePartialDate);
    expect(shuffled.sort(comparePartialDates).map((d) => d.iso)).toEqual(sorted);
  });

  it('is a consistent total order over every pair', () => {
    const dates = sorted.map(parsePartialDate);
    dates.forEach((a, i) =>
      dates.forEach((b, j) => expect(Math.sign(comparePartialDates(a, b))).toBe(Math.sign(i - j))),
    );
  });
});

describe('containsDate', () => {
  it('knows a month contains its days and a year its months', () => {
    expect(containsDate(parsePartialDate('2025'), parsePartialDate('2025-06'))).toBe(true);
    expect(containsDate(parsePartialDate('2025-06'), parsePartialDate('2025-06-30'))).toBe(true);
    expect(containsDate(parsePartialDate('2025-06'), parsePartialDate('2025-07-01'))).toBe(false);
    expect(containsDate(parsePartialDate('2025-06-13'), parsePartialDate('2025-06'))).toBe(false);
  });
});
