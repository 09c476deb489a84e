/**
 * Small helpers shared by the build-time charts: numbers and path data written compactly (one
 * decimal, relative commands), and a rough measure of label widths for placing them.
 */
import { remembered } from '../remembered';

/** A coordinate rounded to one decimal, as a number (`-0` becomes `0`). */
export function round1(value: number): number {
  const rounded = Math.round(value * 10) / 10;
  return rounded === 0 ? 0 : rounded;
}

/** A number as short as SVG allows: `1.5`, `-.5`, `0.5` → `.5`, `2`. */
export function num(value: number): string {
  const text = String(round1(value));
  if (text.startsWith('0.')) return text.slice(1);
  return text.startsWith('-0.') ? `-${text.slice(2)}` : text;
}

/** Serialises tenths (integers) as SVG numbers, `-5` → `-.5`. */
function tenths(value: number): string {
  return num(value / 10);
}

export type Ring = ReadonlyArray<readonly [number, number]>;

export interface PathOptions {
  /** Closed rings (`z`), else open lines. */
  readonly close?: boolean;
  /** Closed rings smaller than this (square units) are dropped: islands too small to see. */
  readonly minArea?: number;
  /** Points closer than this to the last one kept are dropped (the last point of a line stays). */
  readonly minDistance?: number;
}

/**
 * Path data for polylines (and closed rings when `close`), on a grid of tenths, with relative
 * `l` commands after an absolute `M`. Points that round onto the previous one are dropped, and so
 * are closed rings left with fewer than three points or a smaller area than `minArea` (tiny islands).
 */
export function pathData(rings: Iterable<Ring>, { close = false, minArea = 0, minDistance = 0 }: PathOptions = {}): string {
  let out = '';
  const min = (minDistance * 10) ** 2;
  for (const ring of rings) {
    const points: Array<[number, number]> = [];
    ring.forEach(([x, y], i) => {
      const p: [number, number] = [Math.round(x * 10), Math.round(y * 10)];
      const last = points.at(-1);
      if (last && last[0] === p[0] && last[1] === p[1]) return;
      const isLast = i === ring.length - 1;
      if (last && !isLast && (p[0] - last[0]) ** 2 + (p[1] - last[1]) ** 2 < min) return;
      points.push(p);
    });
    if (close) {
      const first = points[0];
      const last = points.at(-1);
      if (first && last && points.length > 1 && first[0] === last[0] && first[1] === last[1]) points.pop();
      if (points.length < 3 || Math.abs(ringArea(points)) / 100 < minArea) continue;
    } else if (points.length < 2) {
      continue;
    }
    const [start, ...rest] = points as [[number, number], ...Array<[number, number]>];
    out += `M${tenths(start[0])} ${tenths(start[1])}`;
    let previous = start;
    let first = true;
    for (const point of rest) {
      const dx = tenths(point[0] - previous[0]);
      const dy = tenths(point[1] - previous[1]);
      out += `${first ? 'l' : dx.startsWith('-') ? '' : ' '}${dx}${dy.startsWith('-') ? '' : ' '}${dy}`;
      previous = point;
      first = false;
    }
    if (close) out += 'z';
  }
  return out;
}

/** Signed area of a ring (shoelace). */
export function ringArea(points: ReadonlyArray<readonly [number, number]>): number {
  let sum = 0;
  for (let i = 0; i < points.length; i++) {
    const [x1, y1] = points[i]!;
    const [x2, y2] = points[(i + 1) % points.length]!;
    sum += x1 * y2 - x2 * y1;
  }
  return sum / 2;
}

/**
 * Collects what d3-geo's `geoPath(projection, context)` draws as rings of points, so they can be
 * written with `pathData`.
 */
export class RingRecorder {
  readonly rings: Array<Array<[number, number]>> = [];
  private current: Array<[number, number]> | undefined;

  beginPath(): void {
    // Each ring starts with moveTo.
  }

  moveTo(x: number, y: number): void {
    this.current = [[x, y]];
    this.rings.push(this.current);
  }

  lineTo(x: number, y: number): void {
    this.current?.push([x, y]);
  }

  closePath(): void {
    const first = this.current?.[0];
    if (first) this.current!.push([first[0], first[1]]);
    this.current = undefined;
  }

  arc(): void {
    // Points are drawn as circles by the components, never through the recorder.
  }

  take(): Array<Array<[number, number]>> {
    return this.rings.splice(0);
  }
}

const THIN = new Set([...'ijl.,;:!|\'’']);
const SLIM = new Set([...'frtI()[]-']);
const WIDE = new Set([...'mwMW@']);

/**
 * Roughly how wide `text` is in a sans-serif face at `fontSize`: good enough to keep labels apart,
 * never used for anything a reader measures. Errs wide (the metrics of DejaVu Sans, a wide face
 * that Linux browsers fall back to), so a label never overflows the room it was given.
 */
export function textWidth(text: string, fontSize: number): number {
  return emWidth(text) * fontSize;
}

/** Widths in em, remembered: charts measure the same labels (numbers, months, names) on every page. */
const emWidth = remembered((text: string): number => {
  let em = 0;
  for (const char of text) {
    if (THIN.has(char)) em += 0.3;
    else if (SLIM.has(char)) em += 0.42;
    else if (char === ' ') em += 0.32;
    else if (WIDE.has(char)) em += 0.92;
    else if (/[A-Z]/.test(char)) em += 0.72;
    else if (/[0-9]/.test(char)) em += 0.64;
    else em += 0.6;
  }
  return em;
});

/** Text and attribute values escaped for HTML and SVG markup. */
export function esc(value: string | number): string {
  const text = String(value);
  return MARKUP.test(text) ? text.replace(MARKUP_ALL, (c) => ENTITIES[c]!) : text;
}

const MARKUP = /[&<>"]/;
const MARKUP_ALL = /[&<>"]/g;
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

type AttributeValue = string | number | false | undefined | null;

/**
 * One element as markup. Charts are written as strings (and put on the page with `set:html`) so
 * that Astro does not add its scoping attribute to each of their hundreds of elements; their styles
 * reach them from the component's root. Attributes that are `false`, `undefined` or `null` are left out;
 * an element without children is self-closed (valid for SVG inside HTML).
 */
export function el(name: string, attributes: Record<string, AttributeValue>, ...children: string[]): string {
  let out = `<${name}`;
  for (const [key, value] of Object.entries(attributes)) {
    if (value === false || value === undefined || value === null) continue;
    out += ` ${key}="${esc(value)}"`;
  }
  return children.length === 0 ? `${out}/>` : `${out}>${children.join('')}</${name}>`;
}

export interface AccessibleSvgOptions {
  /** Prefix of the ids of the `<title>` (`<id>-title`) and the `<desc>` (`<id>-desc`). */
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly className?: string;
  /** Further ids for `aria-describedby`, e.g. the table or the list that goes with the picture. */
  readonly describedBy?: string;
}

/**
 * A picture as an accessible `<svg>`: `role="img"`, named by its `<title>` and described by its
 * `<desc>` (and by `describedBy`), which come first, then `children`. `attributes` follow the
 * accessible ones on the `<svg>` (e.g. a `font-size` for all its text).
 */
export function accessibleSvg(
  size: { readonly width: number; readonly height: number },
  { id, title, description, className, describedBy }: AccessibleSvgOptions,
  children: readonly string[],
  attributes: Record<string, AttributeValue> = {},
): string {
  return el(
    'svg',
    {
      class: className,
      viewBox: `0 0 ${size.width} ${size.height}`,
      role: 'img',
      'aria-labelledby': `${id}-title`,
      'aria-describedby': [`${id}-desc`, describedBy].filter(Boolean).join(' '),
      ...attributes,
    },
    el('title', { id: `${id}-title` }, esc(title)),
    el('desc', { id: `${id}-desc` }, esc(description)),
    ...children,
  );
}

export interface LinkArea {
  readonly href: string;
  /** Tooltip. */
  readonly title: string;
  /** Markup of the area that takes the click (class `hit`). */
  readonly shape: string;
}

/**
 * Links over a picture: a second, transparent `<svg>` with the same `viewBox`, laid over the
 * `role="img"` one. An image's content is presentational, so links inside it would be controls
 * nested in an image (axe: nested-interactive); here they sit beside it, hidden from assistive
 * technology and out of the tab order (`tabindex="-1"`), for pointer users. Everyone else has the
 * same links in the table or list that goes with each picture.
 */
export function linkLayerSvg(width: number, height: number, areas: readonly LinkArea[], className = 'links'): string {
  if (areas.length === 0) return '';
  return el(
    'svg',
    { class: className, viewBox: `0 0 ${width} ${height}`, 'aria-hidden': 'true' },
    ...areas.map((area) => el('a', { href: area.href, tabindex: -1 }, el('title', {}, esc(area.title)), area.shape)),
  );
}
