import { describe, expect, it } from 'vitest';
import { compareDateSpans, parseDateSpan, spanIso, spanLastDay } from '../../src/lib/date-span';

describe('parseDateSpan', () => {
  it('reads a single date of any precision', () => {
    expect(parseDateSpan('2025-06')).toEqual({ start: { precision: 'month', year: 2025, month: 6, iso: '2025-06' } });
  });

  it('reads a range, mixing quoted and unquoted YAML values', () => {
    const span = parseDateSpan({ start: new Date('2026-02-19T00:00:00Z'), end: '2026-03-01' });
    expect(spanIso(span)).toBe('2026-02-19/2026-03-01');
    expect(spanLastDay(span).getDate()).toBe(1);
  });

  it('accepts a range that ends on the day it starts', () => {
    expect(spanIso(parseDateSpan({ start: '2026-02-19', end: '2026-02-19' }))).toBe('2026-02-19/2026-02-19');
  });

  it.each([
    [{ start: '2026-03-01', end: '2026-02-19' }, /ends \(2026-02-19\) before it starts \(2026-03-01\)/],
    [{ start: '2026-02-19' }, /needs "end"/],
    [{ end: '2026-02-19' }, /needs "start"/],
    [{ start: '2026-02-19', end: '2026-02-30' }, /^end: .*not a date in the calendar/],
    [{ start: '2026', end: '2027', until: '2028' }, /unknown key "until"/],
  ])('rejects the range %j', (input, message) => {
    expect(() => parseDateSpan(input)).toThrow(message);
  });
});

describe('compareDateSpans', () => {
  it('puts a single date before a range starting the same day, and shorter ranges first', () => {
    const spans = [
      parseDateSpan({ start: '2026-02-19', end: '2026-03-01' }),
      parseDateSpan({ start: '2026-02-19', end: '2026-02-20' }),
      parseDateSpan('2026-02-19'),
      parseDateSpan('2026-02'),
    ];
    expect(spans.sort(compareDateSpans).map(spanIso)).toEqual([
      '2026-02',
      '2026-02-19',
      '2026-02-19/2026-02-20',
      '2026-02-19/2026-03-01',
    ]);
  });
});
