/** The time axis layout: days to x, precision as dots and bars, lanes, ticks. Run in three time zones. */
import { describe, expect, it } from 'vitest';
import {
  axisDomain,
  chooseTicks,
  dayScale,
  describeTimeAxis,
  layoutTimeAxis,
  tickDates,
  tickLabels,
  timeAxisLinks,
  timeAxisSvg,
} from '../../src/lib/charts/time-axis';
import { parseDateSpan } from '../../src/lib/date-span';
import type { TimelineEntry } from '../../src/lib/model';
import { dayDate, monthDate, parsePartialDate } from '../../src/lib/partial-date';
import { sortTimeline, timelineKey } from '../../src/lib/timeline';

function entry(date: unknown, title: string, status: TimelineEntry['status'] = 'occurred'): TimelineEntry {
  const span = parseDateSpan(date);
  return { key: timelineKey(span, title), date: span, title, status, actors: [], locations: [], articles: [] };
}

const local = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(y!, m! - 1, d!);
};

describe('dayScale', () => {
  it('places calendar days linearly, even across a change to summer time', () => {
    // March 2026 has 31 days; America/Los_Angeles springs forward on 8 March.
    const scale = dayScale(local('2026-03-01'), local('2026-04-01'), 0, 310);
    expect(scale.pxPerDay).toBe(10);
    expect(scale(local('2026-03-01'))).toBe(0);
    expect(scale(local('2026-03-15'))).toBe(140);
    expect(scale(local('2026-04-01'))).toBe(310);
  });
});

describe('axisDomain', () => {
  it('covers every event and the highlight with a little room, and at least two weeks', () => {
    const { start, end } = axisDomain([entry('2026-02-17', 'A'), entry('2026-02-20', 'B')]);
    // Four days widened to 14 (5 before, 5 after), then 3 % padding (at least a day) each side.
    expect([start.getFullYear(), start.getMonth() + 1, start.getDate()]).toEqual([2026, 2, 11]);
    expect([end.getFullYear(), end.getMonth() + 1, end.getDate()]).toEqual([2026, 2, 27]);
    const wide = axisDomain([entry('2025', 'Year')], parsePartialDate('2026-02-20'));
    expect(wide.start < local('2025-01-01')).toBe(true);
    expect(wide.end > local('2026-02-20')).toBe(true);
  });
});

describe('layoutTimeAxis', () => {
  const entries = sortTimeline([
    entry('2026-02-17', 'Talks end.'),
    entry('2026-02', 'Sometime in February.'),
    entry({ start: '2026-02-19', end: '2026-03-01' }, 'Ten-day window.', 'expected'),
    entry('2026-03-01', 'Window closes.', 'expected'),
  ]);
  const layout = layoutTimeAxis(entries, { width: 800, fontSize: 12 });
  const mark = (title: string) => layout.marks.find((m) => m.title === title)!;
  const pxPerDay = (layout.marks[0]!.x2 - layout.marks[0]!.x1) / 28;

  it('numbers the marks in the order given', () => {
    expect(layout.marks.map((m) => `${m.number} ${m.title}`)).toEqual([
      '1 Sometime in February.',
      '2 Talks end.',
      '3 Ten-day window.',
      '4 Window closes.',
    ]);
  });

  it('draws a day as a point in the middle of its day and a month, a year or a range as a span over its days', () => {
    const month = mark('Sometime in February.');
    expect([month.shape, month.precision]).toEqual(['span', 'month']);
    const day = mark('Talks end.');
    expect([day.shape, day.precision, day.x1 === day.x2]).toEqual(['point', 'day', true]);
    // 17 February is 16.5 days into the month.
    expect(day.x1 - month.x1).toBeCloseTo(16.5 * pxPerDay, 0);
    const range = mark('Ten-day window.');
    expect([range.shape, range.precision]).toEqual(['span', 'range']);
    // 19 Feb to 1 Mar inclusive: 11 days.
    expect(range.x2 - range.x1).toBeCloseTo(11 * pxPerDay, 0);
    expect(range.x1 - month.x1).toBeCloseTo(18 * pxPerDay, 0);
  });

  it('draws a year-only event over its whole year', () => {
    const year = layoutTimeAxis([entry('2025', 'A year.'), entry('2026-06-01', 'A day.')], { width: 800 });
    const [span, point] = year.marks;
    expect(span!.shape).toBe('span');
    const perDay = (point!.x1 - span!.x1 - 0.5 * ((span!.x2 - span!.x1) / 365)) / (365 + 151);
    expect((span!.x2 - span!.x1) / perDay).toBeCloseTo(365, -1);
  });

  it('keeps the status, so expected events can be drawn differently', () => {
    expect(layout.marks.map((m) => m.status)).toEqual(['occurred', 'occurred', 'expected', 'expected']);
  });

  it('stacks marks that would collide in separate lanes and reuses a lane once it is free', () => {
    const crowded = layoutTimeAxis(
      [
        entry('2025-01-10', 'Far away.'),
        entry('2026-02-17', 'One.'),
        entry('2026-02-17', 'Two.'),
        entry('2026-02-18', 'Three.'),
      ],
      { width: 360 },
    );
    const lanes = crowded.marks.map((m) => m.lane);
    expect(lanes[0]).toBe(0);
    expect(new Set(lanes.slice(1)).size).toBe(3);
    expect(crowded.lanes).toBe(3);
    // Within a lane, no two marks (with their numbers) overlap.
    for (const a of crowded.marks) {
      for (const b of crowded.marks) {
        if (a !== b && a.lane === b.lane) expect(Math.abs(a.x1 - b.x1)).toBeGreaterThan(20);
      }
    }
    // Lanes lie between the top and the axis.
    for (const m of crowded.marks) expect(m.y).toBeGreaterThan(crowded.top);
    for (const m of crowded.marks) expect(m.y).toBeLessThan(crowded.axisY);
  });

  it('shares lanes once there are as many as allowed', () => {
    const many = Array.from({ length: 20 }, (_, i) => entry('2026-02-17', `Event ${i}.`));
    expect(layoutTimeAxis(many, { width: 360, maxLanes: 5 }).lanes).toBe(5);
  });

  it('keeps numbers inside the picture', () => {
    for (const m of layout.marks) {
      expect(m.label.x).toBeGreaterThanOrEqual(0);
      expect(m.label.x).toBeLessThanOrEqual(800);
    }
  });

  it('marks a highlighted day with a line and a label inside the picture', () => {
    const withDay = layoutTimeAxis(entries, { width: 360, highlight: dayDate(2026, 2, 20), highlightLabel: 'Published' });
    expect(withDay.highlight).toMatchObject({ band: false, label: 'Published 20 Feb' });
    const month = layoutTimeAxis(entries, { width: 360, highlight: monthDate(2026, 2) });
    expect(month.highlight).toMatchObject({ band: true, label: 'Published Feb 2026' });
    expect(month.highlight!.x1).toBe(month.marks[0]!.x1);
  });
});

describe('ticks', () => {
  it('lists the dates of a unit inside the domain', () => {
    const months = tickDates(local('2025-06-01'), local('2026-03-05'), 'month', 3);
    expect(months.map((d) => d.getMonth() + 1)).toEqual([7, 10, 1]);
    const weeks = tickDates(local('2026-02-11'), local('2026-02-27'), 'week', 1);
    expect(weeks.map((d) => [d.getDay(), d.getDate()])).toEqual([[1, 16], [1, 23]]);
    expect(tickDates(local('2019-03-01'), local('2031-01-01'), 'year', 5).map((d) => d.getFullYear())).toEqual([2020, 2025, 2030]);
  });

  it('labels with date-fns, adding the year at the first tick and at each new year', () => {
    const dates = [local('2025-11-01'), local('2025-12-01'), local('2026-01-01'), local('2026-02-01')];
    expect(tickLabels(dates, 'month')).toEqual(['Nov 2025', 'Dec', 'Jan 2026', 'Feb']);
    expect(tickLabels([local('2026-02-16'), local('2026-02-23')], 'week')).toEqual(['16 Feb 2026', '23 Feb']);
    expect(tickLabels([local('2020-01-01'), local('2030-01-01')], 'year')).toEqual(['2020', '2030']);
  });

  it('adapts the unit to the extent and the width, without overlapping labels', () => {
    const unit = (start: string, end: string, width: number) => {
      const scale = dayScale(local(start), local(end), 0, width);
      const chosen = chooseTicks(scale, 11, width);
      return `${chosen.unit}/${chosen.step}`;
    };
    expect(unit('2026-02-14', '2026-02-21', 800)).toBe('day/1');
    expect(unit('2026-02-14', '2026-02-21', 360)).toBe('day/2');
    expect(unit('2026-02-11', '2026-02-27', 360)).toBe('week/1');
    expect(unit('2025-05-20', '2026-03-10', 800)).toBe('month/1');
    expect(unit('2025-05-20', '2026-03-10', 360)).toBe('month/2');
    expect(unit('2000-01-01', '2026-01-01', 360)).toBe('year/5');
    expect(unit('1000-01-01', '9999-12-31', 360)).toBe('year/2500');
    expect(unit('1000-01-01', '9999-12-31', 800)).toBe('year/1000');
    const scale = dayScale(local('2025-05-20'), local('2026-03-10'), 0, 360);
    const { ticks } = chooseTicks(scale, 11, 360);
    const millennia = chooseTicks(dayScale(local('1000-01-01'), local('9999-12-31'), 0, 800), 11, 800);
    expect(millennia.ticks.map((tick) => tick.label)).toEqual(['1000', '2000', '3000', '4000', '5000', '6000', '7000', '8000', '9000']);
    for (const tick of ticks) {
      expect(tick.x).toBeGreaterThanOrEqual(0);
      expect(tick.x).toBeLessThanOrEqual(360);
    }
  });
});

/** 16 days over 360 − 2 × 6.6 units: 21.675 a day; 17 Feb is 1.5 days in, 1 Mar 13.5. */
const LAYOUT_IN_EVERY_ZONE: Array<[number, number]> = [
  [39.1, 0],
  [299.2, 0],
];

describe('timeAxisSvg', () => {
  const entries = [entry('2026-02-17', 'Talks <end> & more.'), entry('2026-03-01', 'Window closes.', 'expected')];
  const layout = layoutTimeAxis(entries, { width: 360 });
  const svg = timeAxisSvg(layout, {
    id: 'axis',
    title: 'Events',
    description: describeTimeAxis(entries),
    describedBy: 'axis-key',
  });
  const links = timeAxisLinks(layout, (m) => `#${m.key}`);

  it('is an accessible image with a title and a description', () => {
    expect(svg).toMatch(/^<svg [^>]*role="img" aria-labelledby="axis-title" aria-describedby="axis-desc axis-key"/);
    expect(svg).toContain('<title id="axis-title">Events</title>');
    expect(svg).toContain('<desc id="axis-desc">2 events from Tue 17 Feb 2026 to Sun 1 Mar 2026, 1 of them expected');
  });

  it('draws an expected event dashed (its own class), with one-decimal coordinates', () => {
    expect(svg).toContain('class="mark point expected"');
    expect(svg).toContain('class="mark point occurred"');
    expect(svg).not.toMatch(/\d\.\d\d/);
    // No links inside the image: its content is presentational.
    expect(svg).not.toContain('<a ');
  });

  it('links marks to the list from a separate layer, hidden from assistive technology and out of the tab order', () => {
    expect(links).toMatch(/^<svg class="links" viewBox="0 0 360 \d+" aria-hidden="true">/);
    expect(links.match(/<a href="#[^"]+" tabindex="-1">/g)).toHaveLength(2);
    expect(links).toContain(`href="#${entries[0]!.key}"`);
    expect(links).toContain('<title>1. Tue 17 Feb 2026: Talks &lt;end&gt; &amp; more.</title>');
    expect(timeAxisLinks(layout, () => undefined)).toBe('');
  });

  it('gives the same markup in every time zone (checked against the same numbers here)', () => {
    // 17 Feb to 1 Mar is 13 days, widened to 14 and padded by a day each side.
    expect(layout.domain).toEqual({ start: '2026-02-16', end: '2026-03-04' });
    expect(layout.marks.map((m) => [m.x1, m.lane])).toEqual(LAYOUT_IN_EVERY_ZONE);
  });
});
