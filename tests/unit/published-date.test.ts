import { describe, expect, it } from 'vitest';
import { compareNewestFirst, parsePublishedDate } from '../../src/lib/published-date';

describe('parsePublishedDate', () => {
  it('reads a bare date', () => {
    expect(parsePublishedDate('2026-02-20')).toMatchObject({ iso: '2026-02-20', date: { iso: '2026-02-20' } });
  });

  it('keeps the calendar day and time as written in the story’s own offset', () => {
    const value = parsePublishedDate('2026-02-20T01:30:00+03:00');
    expect(value).toMatchObject({ iso: '2026-02-20T01:30:00+03:00', time: '01:30', offset: '+03:00' });
    expect(value.date.iso).toBe('2026-02-20');
    expect(value.epochMs).toBe(Date.UTC(2026, 1, 19, 22, 30));
  });

  it('refuses an offset no clock uses', () => {
    for (const bad of ['+25:00', '+14:30', '-12:30', '+05:75', '-13:00']) {
      expect(() => parsePublishedDate(`2026-02-20T10:00:00${bad}`), bad).toThrow(/no place on Earth uses; write an offset from -12:00 to \+14:00/);
    }
    for (const good of ['+14:00', '-12:00', '+05:45', '-09:30', 'Z']) expect(parsePublishedDate(`2026-02-20T10:00:00${good}`).offset).toBe(good);
  });

  it('normalises Z, +0300 and missing seconds', () => {
    expect(parsePublishedDate('2026-02-20T10:15Z').iso).toBe('2026-02-20T10:15:00Z');
    expect(parsePublishedDate('2026-02-20T10:15:00.250+0300').iso).toBe('2026-02-20T10:15:00+03:00');
  });

  it('reads YAML timestamps: midnight UTC is the bare date, any other instant is kept in UTC', () => {
    expect(parsePublishedDate(new Date('2026-02-20T00:00:00Z'))).toMatchObject({ iso: '2026-02-20' });
    expect(parsePublishedDate(new Date('2026-02-20T11:30:00+03:00'))).toMatchObject({
      iso: '2026-02-20T08:30:00Z',
      time: '08:30',
      offset: 'Z',
    });
  });

  it.each([
    ['2026-02-20T10:15:00', /needs an offset/],
    ['2026-02-30', /not a date in the calendar/],
    ['2026-02-20T25:00:00Z', /impossible time of day/],
    ['20 Feb 2026', /not an ISO 8601 date or date-time/],
    [20260220, /expected a date/],
  ])('rejects %j', (input, message) => {
    expect(() => parsePublishedDate(input)).toThrow(message);
  });
});

describe('compareNewestFirst', () => {
  it('orders by instant, a bare date counting as its UTC midnight', () => {
    const values = ['2026-02-19', '2026-02-20T01:00:00+03:00', '2026-02-20', '2026-02-20T09:00:00Z'].map(parsePublishedDate);
    expect(values.sort(compareNewestFirst).map((v) => v.iso)).toEqual([
      '2026-02-20T09:00:00Z',
      '2026-02-20',
      '2026-02-20T01:00:00+03:00',
      '2026-02-19',
    ]);
  });
});
