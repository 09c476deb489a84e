import { describe, expect, it } from 'vitest';
import { parseDateSpan } from '../../src/lib/date-span';
import { countNoun, describeOffset, formatDateSpan, formatLongDate, formatPartialDate, formatPublished } from '../../src/lib/format';
import { parsePartialDate } from '../../src/lib/partial-date';
import { parsePublishedDate } from '../../src/lib/published-date';

const published = parsePublishedDate('2026-02-20');

describe('formatPartialDate', () => {
  it.each([
    ['2025', '2025'],
    ['2025-06', 'June 2025'],
    ['2026-02-17', 'Tue 17 Feb 2026'],
    ['2024-02-29', 'Thu 29 Feb 2024'],
  ])('shows %s as %s', (iso, text) => {
    expect(formatPartialDate(parsePartialDate(iso))).toBe(text);
  });

  it('does not shift an unquoted YAML date west of Greenwich', () => {
    expect(formatPartialDate(parsePartialDate(new Date('2026-02-20T00:00:00Z')))).toBe('Fri 20 Feb 2026');
  });

  it('spells out long forms for headings', () => {
    expect(formatLongDate(parsePartialDate('2026-02-17'))).toBe('Tuesday 17 February 2026');
    expect(formatLongDate(parsePartialDate('2026-02'))).toBe('February 2026');
  });
});

describe('formatDateSpan and formatPublished', () => {
  it('joins range ends with an en dash', () => {
    expect(formatDateSpan(parseDateSpan({ start: '2026-02-19', end: '2026-03-01' }))).toBe('Thu 19 Feb 2026 – Sun 1 Mar 2026');
  });

  it('shows the wall-clock time in the story’s offset', () => {
    expect(formatPublished(parsePublishedDate('2026-02-20T01:30:00+03:00'))).toBe('Fri 20 Feb 2026, 01:30 (UTC+03:00)');
    expect(formatPublished(parsePublishedDate('2026-02-20T23:30:00Z'))).toBe('Fri 20 Feb 2026, 23:30 (UTC)');
    expect(formatPublished(published)).toBe('Fri 20 Feb 2026');
  });
});

describe('describeOffset', () => {
  it.each([
    ['2026-02-17', '3 days before'],
    ['2026-02-19', '1 day before'],
    ['2026-02-20', 'same day'],
    ['2026-03-01', '9 days after'],
    ['2025-06', '8 months before'],
    ['2026-02', 'same month'],
    ['2025', '1 year before'],
    ['2026', 'same year'],
  ])('%s is "%s" a story of Fri 20 Feb 2026', (iso, text) => {
    expect(describeOffset(parseDateSpan(iso), published)).toBe(text);
  });

  it('counts across a year boundary by calendar', () => {
    expect(describeOffset(parseDateSpan('2025-12-31'), parsePublishedDate('2026-01-01'))).toBe('1 day before');
    expect(describeOffset(parseDateSpan('2025-12'), parsePublishedDate('2026-01-01'))).toBe('1 month before');
  });

  it('calls a range that covers publication ongoing, and measures other ranges from their start', () => {
    expect(describeOffset(parseDateSpan({ start: '2026-02-19', end: '2026-03-01' }), published)).toBe('ongoing at publication');
    expect(describeOffset(parseDateSpan({ start: '2026-02-01', end: '2026-02-06' }), published)).toBe('19 days before');
  });
});

describe('countNoun', () => {
  it('agrees in number', () => {
    expect([countNoun(0, 'event'), countNoun(1, 'story', 'stories'), countNoun(3, 'story', 'stories')]).toEqual([
      '0 events',
      '1 story',
      '3 stories',
    ]);
  });
});
