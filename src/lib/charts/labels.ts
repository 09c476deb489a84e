/**
 * Greedy label placement for markers (places on a map, actors in a network): each label tries the
 * positions around its marker in a fixed order and takes the first that stays inside the picture
 * and clear of every marker and earlier label. Labels that fit nowhere are left out; the table
 * beside each picture names everything anyway.
 */
import { el, esc, num, round1, textWidth } from './svg';

export interface Box {
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
}

export interface LabelAnchor {
  readonly id: string;
  readonly text: string;
  /** Centre and radius of the marker the label belongs to. */
  readonly x: number;
  readonly y: number;
  readonly r: number;
}

export interface PlacedLabel {
  readonly id: string;
  readonly text: string;
  /** Text position: `x` per `anchor`, `y` the baseline. */
  readonly x: number;
  readonly y: number;
  readonly anchor: 'start' | 'middle' | 'end';
  readonly box: Box;
}

/** Labels placed for one size of the picture on screen. */
export interface LabelSet {
  /** Class of the set's `<g>`: CSS shows the set that suits the size of the picture on screen. */
  readonly name: string;
  readonly fontSize: number;
  readonly labels: readonly PlacedLabel[];
}

/**
 * Each set as a `<g class="labels <name>">` of `<text>`, hidden from assistive technology (the
 * picture's description and table name everything); the label of `highlightId` has class `highlight`.
 */
export function labelSetsSvg(sets: readonly LabelSet[], highlightId?: string): string[] {
  return sets.map((set) =>
    el(
      'g',
      { class: `labels ${set.name}`, 'font-size': set.fontSize, 'aria-hidden': 'true' },
      ...set.labels.map((label) =>
        el(
          'text',
          {
            class: label.id === highlightId ? 'highlight' : undefined,
            x: num(label.x),
            y: num(label.y),
            'text-anchor': label.anchor,
          },
          esc(label.text),
        ),
      ),
    ),
  );
}

export interface LabelOptions {
  readonly fontSize: number;
  /** Labels stay inside this box. */
  readonly bounds: Box;
  /** Space between a marker and its label. */
  readonly gap?: number;
  /** Further areas to keep clear. */
  readonly obstacles?: readonly Box[];
}

type Position = 'right' | 'left' | 'above' | 'below' | 'above-right' | 'below-right' | 'above-left' | 'below-left';
const POSITIONS: readonly Position[] = ['right', 'left', 'above', 'below', 'above-right', 'below-right', 'above-left', 'below-left'];

/** Anchors earlier in the list get the better positions: pass the most important first. */
export function placeLabels(anchors: readonly LabelAnchor[], options: LabelOptions): PlacedLabel[] {
  const { fontSize, bounds, gap = 3, obstacles = [] } = options;
  const markers = anchors.map((a) => ({ id: a.id, box: { x1: a.x - a.r, y1: a.y - a.r, x2: a.x + a.r, y2: a.y + a.r } }));
  const taken: Box[] = [...obstacles];
  const placed: PlacedLabel[] = [];
  for (const anchor of anchors) {
    const width = textWidth(anchor.text, fontSize);
    for (const position of POSITIONS) {
      const label = candidate(anchor, position, width, fontSize, gap);
      if (!inside(label.box, bounds)) continue;
      if (taken.some((box) => overlaps(box, label.box))) continue;
      if (markers.some((m) => m.id !== anchor.id && overlaps(m.box, label.box))) continue;
      placed.push(label);
      taken.push(label.box);
      break;
    }
  }
  return placed;
}

function candidate(a: LabelAnchor, position: Position, width: number, fontSize: number, gap: number): PlacedLabel {
  const ascent = fontSize * 0.74;
  const descent = fontSize * 0.24;
  const diagonal = (a.r + gap) * Math.SQRT1_2;
  let x: number;
  let baseline: number;
  let anchor: PlacedLabel['anchor'];
  switch (position) {
    case 'right':
      [x, baseline, anchor] = [a.x + a.r + gap, a.y + ascent / 2 - descent / 2, 'start'];
      break;
    case 'left':
      [x, baseline, anchor] = [a.x - a.r - gap, a.y + ascent / 2 - descent / 2, 'end'];
      break;
    case 'above':
      [x, baseline, anchor] = [a.x, a.y - a.r - gap - descent, 'middle'];
      break;
    case 'below':
      [x, baseline, anchor] = [a.x, a.y + a.r + gap + ascent, 'middle'];
      break;
    case 'above-right':
      [x, baseline, anchor] = [a.x + diagonal, a.y - diagonal - descent, 'start'];
      break;
    case 'below-right':
      [x, baseline, anchor] = [a.x + diagonal, a.y + diagonal + ascent, 'start'];
      break;
    case 'above-left':
      [x, baseline, anchor] = [a.x - diagonal, a.y - diagonal - descent, 'end'];
      break;
    case 'below-left':
      [x, baseline, anchor] = [a.x - diagonal, a.y + diagonal + ascent, 'end'];
      break;
  }
  const x1 = anchor === 'start' ? x : anchor === 'end' ? x - width : x - width / 2;
  return {
    id: a.id,
    text: a.text,
    x: round1(x),
    y: round1(baseline),
    anchor,
    box: { x1, y1: baseline - ascent, x2: x1 + width, y2: baseline + descent },
  };
}

export function overlaps(a: Box, b: Box): boolean {
  return a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
}

function inside(box: Box, bounds: Box): boolean {
  return box.x1 >= bounds.x1 && box.x2 <= bounds.x2 && box.y1 >= bounds.y1 && box.y2 <= bounds.y2;
}
