import { describe, expect, it } from 'vitest';
import { parseDateSpan } from '../../src/lib/date-span';
import type { ArticleSummary, TimelineEntry } from '../../src/lib/model';
import { parsePublishedDate } from '../../src/lib/published-date';
import { groupByYearAndMonth, mergeTimelines, sortTimeline, timelineKey } from '../../src/lib/timeline';
import { actor, location } from '../helpers/content';

const story = (id: string): ArticleSummary => ({
  id,
  title: id,
  published: parsePublishedDate('2026-02-20'),
  source: 'AA',
  dateline: location('istanbul'),
});

function entry(date: unknown, title: string, fields: Partial<TimelineEntry> = {}): TimelineEntry {
  const span = parseDateSpan(date);
  return { key: timelineKey(span, title), date: span, title, status: 'occurred', actors: [], locations: [], articles: [story('a')], ...fields };
}

describe('sortTimeline', () => {
  it('orders mixed precisions: year, then month, then days, ranges after single days', () => {
    const entries = [
      entry('2026-02-19', 'Trump remark'),
      entry({ start: '2026-02-19', end: '2026-03-01' }, 'Window'),
      entry('2025-06', 'War'),
      entry('2026', 'Some time in 2026'),
      entry('2026-02-06', 'Muscat round'),
      entry('2025-06-13', 'War begins'),
    ];
    expect(sortTimeline(entries).map((e) => e.title)).toEqual([
      'War',
      'War begins',
      'Some time in 2026',
      'Muscat round',
      'Trump remark',
      'Window',
    ]);
  });

  it('puts occurred before expected on the same date and otherwise keeps the given order', () => {
    const entries = [
      entry('2026-02-17', 'B', { status: 'expected' }),
      entry('2026-02-17', 'C'),
      entry('2026-02-17', 'A', { status: 'expected' }),
      entry('2026-02-17', 'B'),
    ];
    expect(sortTimeline(entries).map((e) => `${e.title}:${e.status}`)).toEqual([
      'C:occurred',
      'B:occurred',
      'B:expected',
      'A:expected',
    ]);
  });
});

describe('timelineKey', () => {
  it('is URL-safe, stable and carries the date', () => {
    expect(timelineKey(parseDateSpan('2026-02-17'), 'The US and Iran conclude a "second round".')).toBe(
      '2026-02-17-the-us-and-iran-conclude-a-second-round',
    );
    expect(timelineKey(parseDateSpan({ start: '2026-02-19', end: '2026-03-01' }), 'Window')).toBe('2026-02-19--2026-03-01-window');
  });
});

describe('mergeTimelines', () => {
  it('merges the same event from two stories and unions their actors, places and stories', () => {
    const lavrov = actor('sergey-lavrov');
    const araghchi = actor('abbas-araghchi');
    const merged = mergeTimelines([
      [entry('2026-02-20', 'Lavrov and Araghchi talk by phone.', { actors: [lavrov], articles: [story('a')] })],
      [
        entry('2026-02-20', 'Lavrov and Araghchi talk by phone', {
          actors: [araghchi, lavrov],
          articles: [story('b')],
          locations: [location('moscow')],
        }),
        entry('2026-02-17', 'Geneva round', { articles: [story('b')] }),
      ],
    ]);
    expect(merged.map((e) => e.title)).toEqual(['Geneva round', 'Lavrov and Araghchi talk by phone.']);
    const call = merged[1]!;
    expect(call.actors.map((a) => a.id)).toEqual(['sergey-lavrov', 'abbas-araghchi']);
    expect(call.articles.map((a) => a.id)).toEqual(['a', 'b']);
    expect(call.locations.map((l) => l.id)).toEqual(['moscow']);
  });

  it('keeps events apart when their dates differ', () => {
    const merged = mergeTimelines([[entry('2026-02-17', 'Talks')], [entry('2026-02', 'Talks')]]);
    expect(merged).toHaveLength(2);
  });

  it('marks a merged event occurred when any story reports it so', () => {
    const merged = mergeTimelines([[entry('2026-03-01', 'Deadline', { status: 'expected' })], [entry('2026-03-01', 'Deadline')]]);
    expect(merged.map((e) => e.status)).toEqual(['occurred']);
  });
});

describe('groupByYearAndMonth', () => {
  it('groups a sorted timeline, year-only events first in their year', () => {
    const sorted = sortTimeline([
      entry('2025-06', 'War'),
      entry('2025-06-13', 'Strikes'),
      entry('2026', 'Year only'),
      entry('2026-02-17', 'Geneva'),
      entry('2026-02-20', 'Call'),
      entry('2026-03-01', 'Deadline'),
    ]);
    const groups = groupByYearAndMonth(sorted);
    expect(groups.map((y) => [y.year, y.months.map((m) => [m.month, m.entries.map((e) => e.title)])])).toEqual([
      [2025, [[6, ['War', 'Strikes']]]],
      [2026, [[undefined, ['Year only']], [2, ['Geneva', 'Call']], [3, ['Deadline']]]],
    ]);
  });
});
