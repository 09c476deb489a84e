/**
 * The layout of a time axis: events placed to scale by date, each at its precision (a day is a
 * dot, a month, a year or a range is a bar over the days it covers), numbered in timeline order,
 * stacked in lanes so that no two marks or numbers collide, with ticks whose unit (days, weeks,
 * months, years) follows the extent and the width.
 *
 * Positions are counted in calendar days (`differenceInCalendarDays` on the local `Date`s of
 * partial-date.ts), never in milliseconds, so a DST change or the machine's time zone cannot move
 * a mark. Pure: the same entries and options always give the same layout.
 */
import { addDays } from 'date-fns/addDays';
import { addMonths } from 'date-fns/addMonths';
import { addWeeks } from 'date-fns/addWeeks';
import { addYears } from 'date-fns/addYears';
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { startOfMonth } from 'date-fns/startOfMonth';
import { startOfWeek } from 'date-fns/startOfWeek';
import { startOfYear } from 'date-fns/startOfYear';
import { spanFirstDay, spanLastDay } from '../date-span';
import { formatDate, formatDateSpan } from '../format';
import type { TimelineEntry } from '../model';
import { remembered } from '../remembered';
import { firstDay, lastDay, type PartialDate } from '../partial-date';
import { accessibleSvg, el, esc, linkLayerSvg, num, round1, textWidth, type AccessibleSvgOptions } from './svg';

export interface TimeAxisOptions {
  /** Width of the picture in SVG user units. */
  readonly width: number;
  /** Size of the numbers and tick labels, in user units. */
  readonly fontSize?: number;
  /** More lanes than this and marks share the least crowded lane. */
  readonly maxLanes?: number;
  /** A date to mark with a line (a day) or band (a month or year), e.g. a story's publication. */
  readonly highlight?: PartialDate | undefined;
  readonly highlightLabel?: string;
}

export type MarkShape = 'point' | 'span';

export interface AxisMark {
  readonly key: string;
  /** 1-based, in the order the entries were given (timeline order). */
  readonly number: number;
  readonly title: string;
  readonly dateLabel: string;
  readonly status: TimelineEntry['status'];
  /** `range` for `{ start, end }`, else the precision of the single date. */
  readonly precision: 'day' | 'month' | 'year' | 'range';
  readonly shape: MarkShape;
  /** A point's centre is `x1` (= `x2`); a span runs from `x1` to `x2`. */
  readonly x1: number;
  readonly x2: number;
  readonly lane: number;
  /** Centre line of the mark's lane. */
  readonly y: number;
  /** Where its number is written (baseline, text-anchor). */
  readonly label: { readonly x: number; readonly y: number; readonly anchor: 'start' | 'end' };
}

export type TickUnit = 'day' | 'week' | 'month' | 'year';

export interface AxisTick {
  readonly x: number;
  readonly label: string;
  /** The tick's date, `yyyy-MM-dd`. */
  readonly iso: string;
  readonly anchor: 'start' | 'middle' | 'end';
}

export interface TimeAxisLayout {
  readonly width: number;
  readonly height: number;
  readonly fontSize: number;
  readonly marks: readonly AxisMark[];
  readonly lanes: number;
  readonly laneHeight: number;
  /** Lanes span from `top` to `axisY`. */
  readonly top: number;
  readonly axisY: number;
  readonly ticks: readonly AxisTick[];
  readonly tickUnit: { readonly unit: TickUnit; readonly step: number };
  readonly highlight?: {
    /** A month or a year is drawn as a band over its days, a day as a line. */
    readonly band: boolean;
    readonly x1: number;
    readonly x2: number;
    readonly label: string;
    readonly labelX: number;
    readonly labelY: number;
    readonly anchor: 'start' | 'middle' | 'end';
  };
  /** First and last day shown, `yyyy-MM-dd` (the last exclusive). */
  readonly domain: { readonly start: string; readonly end: string };
}

/** A linear scale from calendar days to x: `scale(date)` is the left edge of that day. */
export interface DayScale {
  (date: Date): number;
  readonly start: Date;
  /** The day after the last day shown. */
  readonly end: Date;
  readonly pxPerDay: number;
}

/** Any fixed day: axes count days from it. */
const DAY_ZERO = new Date(2000, 0, 1);
const calendarDayAt = remembered((time: number) => differenceInCalendarDays(new Date(time), DAY_ZERO));

/**
 * `differenceInCalendarDays(date, DAY_ZERO)`, remembered by the date's time: the axes of a site
 * place the same few thousand days (their ticks above all) again and again, and this difference
 * was a third of the time an axis took.
 */
function calendarDay(date: Date): number {
  return calendarDayAt(date.getTime());
}

export function dayScale(start: Date, end: Date, x0: number, x1: number): DayScale {
  const first = calendarDay(start);
  const days = Math.max(1, calendarDay(end) - first);
  const pxPerDay = (x1 - x0) / days;
  const scale = (date: Date) => x0 + (calendarDay(date) - first) * pxPerDay;
  return Object.assign(scale, { start, end, pxPerDay });
}

/** Fewer days than this and the axis widens around its events. */
const MIN_DAYS = 14;

/** The days the axis covers: every event (and the highlight) with a little room either side. */
export function axisDomain(entries: readonly TimelineEntry[], highlight?: PartialDate): { start: Date; end: Date } {
  const firsts = entries.map((e) => spanFirstDay(e.date));
  const lasts = entries.map((e) => spanLastDay(e.date));
  if (highlight) {
    firsts.push(firstDay(highlight));
    lasts.push(lastDay(highlight));
  }
  if (firsts.length === 0) throw new Error('a time axis needs at least one event or a highlight');
  let start = firsts.reduce((a, b) => (b < a ? b : a));
  let end = addDays(lasts.reduce((a, b) => (b > a ? b : a)), 1);
  const days = differenceInCalendarDays(end, start);
  if (days < MIN_DAYS) {
    const before = Math.floor((MIN_DAYS - days) / 2);
    start = addDays(start, -before);
    end = addDays(end, MIN_DAYS - days - before);
  }
  const pad = Math.max(1, Math.round(differenceInCalendarDays(end, start) * 0.03));
  return { start: addDays(start, -pad), end: addDays(end, pad) };
}

const TICK_STEPS: ReadonlyArray<{ unit: TickUnit; step: number }> = [
  { unit: 'day', step: 1 },
  { unit: 'day', step: 2 },
  { unit: 'week', step: 1 },
  { unit: 'week', step: 2 },
  { unit: 'month', step: 1 },
  { unit: 'month', step: 2 },
  { unit: 'month', step: 3 },
  { unit: 'month', step: 6 },
  { unit: 'year', step: 1 },
  { unit: 'year', step: 2 },
  { unit: 'year', step: 5 },
  { unit: 'year', step: 10 },
  { unit: 'year', step: 25 },
  { unit: 'year', step: 50 },
  { unit: 'year', step: 100 },
  // Dates run from the year 1000 to 9999: an axis over all of them still gets a few labels.
  { unit: 'year', step: 250 },
  { unit: 'year', step: 500 },
  { unit: 'year', step: 1000 },
  { unit: 'year', step: 2500 },
];

/** The shortest length of each tick unit, in days. */
const UNIT_DAYS: Record<TickUnit, number> = { day: 1, week: 7, month: 31, year: 366 };

/** The dates of the ticks of one unit and step inside `[start, end)`. */
export function tickDates(start: Date, end: Date, unit: TickUnit, step: number): Date[] {
  const dates: Date[] = [];
  const push = (date: Date) => {
    if (date >= start && date < end) dates.push(date);
  };
  switch (unit) {
    case 'day':
      for (let d = start; d < end; d = addDays(d, step)) push(d);
      break;
    case 'week':
      for (let d = startOfWeek(start, { weekStartsOn: 1 }); d < end; d = addWeeks(d, step)) push(d);
      break;
    case 'month':
      for (let d = startOfMonth(start); d < end; d = addMonths(d, 1)) if (d.getMonth() % step === 0) push(d);
      break;
    case 'year': {
      const first = startOfYear(start);
      const offset = (step - (first.getFullYear() % step)) % step;
      for (let d = addYears(first, offset); d < end; d = addYears(d, step)) push(d);
      break;
    }
  }
  return dates;
}

/**
 * Tick labels: `17 Feb` for days and weeks, `Mar` for months, `2026` for years; the first tick and
 * each change of year also carry the year (`Jan 2026`, `2 Mar 2026`).
 */
export function tickLabels(dates: readonly Date[], unit: TickUnit): string[] {
  return dates.map((date, i) => {
    const newYear = i === 0 || dates[i - 1]!.getFullYear() !== date.getFullYear();
    if (unit === 'year') return formatDate(date, 'yyyy');
    if (unit === 'month') return formatDate(date, newYear ? 'MMM yyyy' : 'MMM');
    return formatDate(date, newYear ? 'd MMM yyyy' : 'd MMM');
  });
}

/**
 * The finest tick unit whose labels fit side by side without touching, with at least two ticks;
 * failing that, the finest whose labels fit at all (a single tick on a very short axis).
 */
export function chooseTicks(
  scale: DayScale,
  fontSize: number,
  width: number,
): { unit: TickUnit; step: number; ticks: AxisTick[] } {
  const spacing = fontSize * 0.9;
  const days = calendarDay(scale.end) - calendarDay(scale.start);
  let single: { unit: TickUnit; step: number; ticks: AxisTick[] } | undefined;
  for (const { unit, step } of TICK_STEPS) {
    // No label is narrower than about 1.7 em ("Mar") plus the spacing: skip, without drawing them,
    // units whose ticks could not fit side by side anyway (a long axis would format every day).
    if (single === undefined && (days / (UNIT_DAYS[unit] * step) - 1) * fontSize * 2.4 > width) continue;
    const dates = tickDates(scale.start, scale.end, unit, step);
    if (dates.length === 0) continue;
    const labels = tickLabels(dates, unit);
    const ticks = dates.map((date, i): AxisTick => {
      const x = scale(date);
      const half = textWidth(labels[i]!, fontSize) / 2;
      const anchor = x - half < 0 ? 'start' : x + half > width ? 'end' : 'middle';
      return { x: round1(x), label: labels[i]!, iso: formatDate(date, 'yyyy-MM-dd'), anchor };
    });
    const extents = ticks.map((t) => labelExtent(t, fontSize));
    const fits = extents.every((e, i) => i === 0 || extents[i - 1]![1] + spacing <= e[0]);
    if (!fits) continue;
    if (ticks.length >= 2) return { unit, step, ticks };
    single ??= { unit, step, ticks };
  }
  return single ?? { unit: 'year', step: 2500, ticks: [] };
}

function labelExtent(tick: AxisTick, fontSize: number): [number, number] {
  const w = textWidth(tick.label, fontSize);
  if (tick.anchor === 'start') return [tick.x, tick.x + w];
  if (tick.anchor === 'end') return [tick.x - w, tick.x];
  return [tick.x - w / 2, tick.x + w / 2];
}

/**
 * Lays out `entries` (in timeline order; their numbers follow it) on an axis `width` wide.
 */
export function layoutTimeAxis(entries: readonly TimelineEntry[], options: TimeAxisOptions): TimeAxisLayout {
  const { width, fontSize = 11, maxLanes = 12, highlight, highlightLabel = 'Published' } = options;
  const margin = fontSize * 0.6;
  const domain = axisDomain(entries, highlight);
  const scale = dayScale(domain.start, domain.end, margin, width - margin);
  const radius = fontSize * 0.42;
  const minSpan = Math.max(3, radius);
  const laneHeight = Math.round(fontSize * 1.75);
  const gap = fontSize * 0.5;

  // Horizontal extent of each mark and its number, before lanes.
  const placed = entries.map((entry, index) => {
    const number = index + 1;
    const precision: AxisMark['precision'] = entry.date.end ? 'range' : entry.date.start.precision;
    const shape: MarkShape = precision === 'day' ? 'point' : 'span';
    let x1: number;
    let x2: number;
    if (shape === 'point') {
      x1 = x2 = scale(spanFirstDay(entry.date)) + scale.pxPerDay / 2;
    } else {
      x1 = scale(spanFirstDay(entry.date));
      x2 = scale(addDays(spanLastDay(entry.date), 1));
      if (x2 - x1 < minSpan) {
        const mid = (x1 + x2) / 2;
        [x1, x2] = [mid - minSpan / 2, mid + minSpan / 2];
      }
    }
    const markStart = shape === 'point' ? x1 - radius : x1;
    const markEnd = shape === 'point' ? x2 + radius : x2;
    const labelWidth = textWidth(String(number), fontSize);
    const leftLabel = markStart - 2 - labelWidth >= 0;
    const labelX = leftLabel ? markStart - 2 : markEnd + 2;
    const extent: [number, number] = leftLabel ? [labelX - labelWidth, markEnd] : [markStart, labelX + labelWidth];
    return { entry, number, precision, shape, x1, x2, labelX, anchor: leftLabel ? ('end' as const) : ('start' as const), extent };
  });

  // Lanes: each mark takes the first lane free at its left edge, in order of that edge.
  const laneEnds: number[] = [];
  const laneOf = new Map<number, number>();
  for (const mark of [...placed].sort((a, b) => a.extent[0] - b.extent[0] || a.number - b.number)) {
    let lane = laneEnds.findIndex((end) => end + gap <= mark.extent[0]);
    if (lane === -1) {
      if (laneEnds.length < maxLanes) lane = laneEnds.length;
      else lane = laneEnds.indexOf(Math.min(...laneEnds));
    }
    laneEnds[lane] = Math.max(laneEnds[lane] ?? -Infinity, mark.extent[1]);
    laneOf.set(mark.number, lane);
  }
  const lanes = Math.max(1, laneEnds.length);

  const top = highlight ? Math.round(fontSize * 1.6) : Math.round(fontSize * 0.4);
  const axisY = top + lanes * laneHeight;
  const height = Math.round(axisY + 6 + fontSize * 1.4);

  const marks = placed.map((m): AxisMark => {
    const lane = laneOf.get(m.number)!;
    const y = top + lane * laneHeight + laneHeight / 2;
    return {
      key: m.entry.key,
      number: m.number,
      title: m.entry.title,
      dateLabel: formatDateSpan(m.entry.date),
      status: m.entry.status,
      precision: m.precision,
      shape: m.shape,
      x1: round1(m.x1),
      x2: round1(m.x2),
      lane,
      y: round1(y),
      label: { x: round1(m.labelX), y: round1(y + fontSize * 0.36), anchor: m.anchor },
    };
  });

  const { unit, step, ticks } = chooseTicks(scale, fontSize, width);

  let highlightLayout: TimeAxisLayout['highlight'];
  if (highlight) {
    const hx1 = scale(firstDay(highlight));
    const hx2 = scale(addDays(lastDay(highlight), 1));
    const label = `${highlightLabel} ${formatDate(firstDay(highlight), highlight.precision === 'day' ? 'd MMM' : highlight.precision === 'month' ? 'MMM yyyy' : 'yyyy')}`;
    const centre = (hx1 + hx2) / 2;
    // The label is bold: a tenth wider than the estimate for regular text.
    const half = (textWidth(label, fontSize) * 1.1) / 2;
    const anchor = centre - half < 2 ? 'start' : centre + half > width - 2 ? 'end' : 'middle';
    highlightLayout = {
      band: highlight.precision !== 'day',
      x1: round1(hx1),
      x2: round1(hx2),
      label,
      labelX: round1(anchor === 'start' ? 0 : anchor === 'end' ? width : centre),
      labelY: round1(fontSize),
      anchor,
    };
  }

  return {
    width,
    height,
    fontSize,
    marks,
    lanes,
    laneHeight,
    top,
    axisY,
    ticks,
    tickUnit: { unit, step },
    ...(highlightLayout ? { highlight: highlightLayout } : {}),
    domain: { start: formatDate(domain.start, 'yyyy-MM-dd'), end: formatDate(domain.end, 'yyyy-MM-dd') },
  };
}

/** One sentence for the picture's `<desc>`: how many events, from when to when, how many expected. */
export function describeTimeAxis(entries: readonly TimelineEntry[]): string {
  if (entries.length === 0) return 'No events.';
  const first = entries.reduce((a, b) => (spanFirstDay(b.date) < spanFirstDay(a.date) ? b : a));
  const last = entries.reduce((a, b) => (spanLastDay(b.date) > spanLastDay(a.date) ? b : a));
  const expected = entries.filter((e) => e.status === 'expected').length;
  const count = `${entries.length} event${entries.length === 1 ? '' : 's'}`;
  const from = formatDateSpan({ start: first.date.start });
  const to = formatDateSpan({ start: last.date.end ?? last.date.start });
  const range = from === to ? `on ${from}` : `from ${from} to ${to}`;
  const expectedText = expected > 0 ? `, ${expected} of them expected rather than reported (drawn dashed)` : '';
  return `${count} ${range}${expectedText}, placed to scale and numbered in order. A dot is an event dated to the day; a bar covers a month, a year or a range of days.`;
}

/** The picture's title and description; `describedBy` is e.g. the key or the page's list of the events. */
export type TimeAxisSvgOptions = AccessibleSvgOptions;

/**
 * The layout as an accessible `<svg>`: `role="img"` named by its `<title>` and described by its
 * `<desc>`. Colours come from CSS classes (`grid`, `axis`, `ticks`, `highlight`, `mark point|span
 * occurred|expected`, `num`), so the page's light and dark themes apply.
 */
export function timeAxisSvg(layout: TimeAxisLayout, options: TimeAxisSvgOptions): string {
  const { width, fontSize, top, axisY, ticks, highlight } = layout;
  const parts: string[] = [];
  if (ticks.length > 0) parts.push(el('path', { class: 'grid', d: ticks.map((t) => `M${num(t.x)} ${top}V${axisY}`).join('') }));
  if (highlight) {
    const band = highlight.band;
    const mid = num((highlight.x1 + highlight.x2) / 2);
    parts.push(
      el(
        'g',
        { class: 'highlight' },
        band
          ? el('rect', { x: num(highlight.x1), y: top, width: num(highlight.x2 - highlight.x1), height: axisY - top })
          : el('path', { d: `M${mid} ${top - 2}V${axisY}` }),
        el('text', { x: num(highlight.labelX), y: num(highlight.labelY), 'text-anchor': highlight.anchor }, esc(highlight.label)),
      ),
    );
  }
  parts.push(el('path', { class: 'axis', d: `M0 ${axisY}H${width}${ticks.map((t) => `M${num(t.x)} ${axisY}v5`).join('')}` }));
  parts.push(
    el(
      'g',
      { class: 'ticks' },
      ...ticks.map((t) => el('text', { x: num(t.x), y: num(axisY + 6 + fontSize), 'text-anchor': t.anchor }, esc(t.label))),
    ),
  );
  const r = num(fontSize * 0.42);
  const marks = layout.marks.map((mark) => {
    const cls = `mark ${mark.shape} ${mark.status}`;
    const shape =
      mark.shape === 'point'
        ? el('circle', { class: cls, cx: num(mark.x1), cy: num(mark.y), r })
        : el('rect', {
            class: cls,
            x: num(mark.x1),
            y: num(mark.y - fontSize * 0.3),
            width: num(mark.x2 - mark.x1),
            height: num(fontSize * 0.6),
            rx: 2,
          });
    const label = el('text', { class: 'num', x: num(mark.label.x), y: num(mark.label.y), 'text-anchor': mark.label.anchor }, String(mark.number));
    return shape + label;
  });
  parts.push(el('g', { class: 'marks' }, ...marks));
  return accessibleSvg(layout, options, parts, { 'font-size': fontSize });
}

/**
 * Links from the marks to the events in the page's list (see `linkLayerSvg`): one area per mark,
 * over its lane from its number to its end, with the event as tooltip.
 */
export function timeAxisLinks(layout: TimeAxisLayout, href: (mark: AxisMark) => string | undefined, className?: string): string {
  const { fontSize, laneHeight } = layout;
  const r = fontSize * 0.42;
  const areas = layout.marks.flatMap((mark) => {
    const link = href(mark);
    if (!link) return [];
    const labelWidth = textWidth(String(mark.number), fontSize);
    const labelLeft = mark.label.anchor === 'end' ? mark.label.x - labelWidth : mark.label.x;
    const left = Math.min(labelLeft, mark.x1 - r) - 1;
    const right = Math.max(labelLeft + labelWidth, mark.x2 + r) + 1;
    const shape = el('rect', { class: 'hit', x: num(left), y: num(mark.y - laneHeight / 2 + 1), width: num(right - left), height: laneHeight - 2, rx: 3 });
    const title = `${mark.number}. ${mark.dateLabel}${mark.status === 'expected' ? ' (expected)' : ''}: ${mark.title}`;
    return [{ href: link, title, shape }];
  });
  return linkLayerSvg(layout.width, layout.height, areas, className);
}
