/**
 * The layout of the actor co-appearance network: one node per actor named in at least one story,
 * one edge per pair that share stories or events (weight = shared stories + shared events), placed
 * by d3-force run synchronously for a fixed number of ticks from fixed starting positions, so the
 * same content always gives the same picture (d3-force's own jiggle uses its seeded generator,
 * never `Math.random`). Pure.
 */
import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY, type SimulationLinkDatum, type SimulationNodeDatum } from 'd3-force';
import type { ActorKind } from '../../schemas/actor';
import type { ActorProfile } from '../actor-index';
import { labelSetsSvg, type LabelSet } from './labels';
import { accessibleSvg, el, linkLayerSvg, num, round1, type AccessibleSvgOptions } from './svg';
import { compareNames } from '../compare-names';

export interface NetworkNodeInput {
  readonly id: string;
  readonly label: string;
  readonly kind: ActorKind;
  /** Stories plus events naming the actor: sets the node's size. */
  readonly mentions: number;
}

export interface NetworkEdgeInput {
  readonly source: string;
  readonly target: string;
  /** Stories naming both. */
  readonly articles: number;
  /** Events both take part in. */
  readonly events: number;
}

export interface NetworkInput {
  readonly nodes: readonly NetworkNodeInput[];
  readonly edges: readonly NetworkEdgeInput[];
}

/** Most actors one picture can show legibly; a newsroom's long tail is in the lists beside it. */
export const MAX_NETWORK_NODES = 60;

export interface NetworkSelection extends NetworkInput {
  /** Actors named in at least one story, shown or not. */
  readonly named: number;
}

/**
 * Nodes and weighted edges from the actor index: actors that no story names are left out, and of
 * the rest the `maxNodes` most mentioned (ties by id) are kept, with the pairs among them. Each
 * pair appears once (`source` < `target` by id), sorted by weight (heaviest first), then names.
 */
export function networkFromProfiles(profiles: Iterable<ActorProfile>, { maxNodes = MAX_NETWORK_NODES } = {}): NetworkSelection {
  const mentions = (p: ActorProfile) => p.articles.length + p.events.length;
  const allNamed = [...profiles].filter((p) => p.articles.length > 0);
  const named = allNamed
    .sort((a, b) => mentions(b) - mentions(a) || byId(a.actor.id, b.actor.id))
    .slice(0, maxNodes);
  const ids = new Set(named.map((p) => p.actor.id));
  const label = new Map(named.map((p) => [p.actor.id, p.actor.data.name]));
  const nodes = named
    .map((p): NetworkNodeInput => ({ id: p.actor.id, label: p.actor.data.name, kind: p.actor.data.kind, mentions: mentions(p) }))
    .sort((a, b) => byId(a.id, b.id));
  const edges: NetworkEdgeInput[] = [];
  for (const profile of named) {
    for (const co of profile.coAppearances) {
      const [source, target] = [profile.actor.id, co.actor.id];
      if (source < target && ids.has(target) && co.articles + co.events > 0) {
        edges.push({ source, target, articles: co.articles, events: co.events });
      }
    }
  }
  edges.sort(
    (a, b) =>
      edgeWeight(b) - edgeWeight(a) ||
      b.articles - a.articles ||
      compareNames(label.get(a.source)!, label.get(b.source)!) ||
      compareNames(label.get(a.target)!, label.get(b.target)!),
  );
  return { nodes, edges, named: allNamed.length };
}

export function edgeWeight(edge: Pick<NetworkEdgeInput, 'articles' | 'events'>): number {
  return edge.articles + edge.events;
}

/** The `n` heaviest pairs (the edges come sorted from `networkFromProfiles`). */
export function topPairs<E extends NetworkEdgeInput>(edges: readonly E[], n = 20): E[] {
  return [...edges].sort((a, b) => edgeWeight(b) - edgeWeight(a)).slice(0, n);
}

export interface NetworkOptions {
  readonly width?: number;
  readonly minHeight?: number;
  readonly maxHeight?: number;
  readonly padding?: number;
  readonly ticks?: number;
  readonly minRadius?: number;
  readonly maxRadius?: number;
}

export interface NetworkNode extends NetworkNodeInput {
  readonly x: number;
  readonly y: number;
  readonly r: number;
  /** Path data of the node's shape, which depends on its kind. */
  readonly d: string;
}

export interface NetworkEdge extends NetworkEdgeInput {
  readonly weight: number;
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
  readonly strokeWidth: number;
}

export interface NetworkLayout {
  readonly width: number;
  readonly height: number;
  /** Heaviest mentions first. */
  readonly nodes: readonly NetworkNode[];
  /** Lightest first, so the heavy edges are drawn on top. */
  readonly edges: readonly NetworkEdge[];
  readonly maxWeight: number;
}

interface SimNode extends SimulationNodeDatum {
  readonly input: NetworkNodeInput;
  readonly r: number;
}

type SimLink = SimulationLinkDatum<SimNode> & { readonly input: NetworkEdgeInput; readonly weight: number };

export function layoutNetwork(network: NetworkInput, options: NetworkOptions = {}): NetworkLayout {
  const { width = 640, minHeight = 300, maxHeight = 560, padding = 24, ticks = 300, minRadius = 5, maxRadius = 16 } = options;
  const maxMentions = Math.max(1, ...network.nodes.map((n) => n.mentions));
  const radius = (mentions: number) => minRadius + (maxRadius - minRadius) * Math.sqrt(mentions / maxMentions);

  // Fixed start: by mentions then id, on a sunflower spiral (as d3 would, but in an order we choose).
  const ordered = [...network.nodes].sort((a, b) => b.mentions - a.mentions || byId(a.id, b.id));
  const nodes: SimNode[] = ordered.map((input, i) => {
    const angle = i * Math.PI * (3 - Math.sqrt(5));
    const distance = 10 * Math.sqrt(i + 0.5);
    return { input, r: radius(input.mentions), x: distance * Math.cos(angle), y: distance * Math.sin(angle) };
  });
  const byNodeId = new Map(nodes.map((n) => [n.input.id, n]));
  const maxWeight = Math.max(1, ...network.edges.map(edgeWeight));
  const links: SimLink[] = network.edges
    .filter((e) => byNodeId.has(e.source) && byNodeId.has(e.target))
    .map((input) => ({ source: byNodeId.get(input.source)!, target: byNodeId.get(input.target)!, input, weight: edgeWeight(input) }));

  const simulation = forceSimulation<SimNode>(nodes)
    .force(
      'link',
      forceLink<SimNode, SimLink>(links)
        .distance((l) => 40 + 80 * (1 - l.weight / maxWeight))
        .strength((l) => 0.05 + 0.35 * (l.weight / maxWeight)),
    )
    .force('charge', forceManyBody<SimNode>().strength(-260))
    .force('collide', forceCollide<SimNode>((n) => n.r + 14))
    .force('x', forceX<SimNode>(0).strength(0.06))
    .force('y', forceY<SimNode>(0).strength(0.09))
    .stop();
  simulation.tick(ticks);

  // Fit the layout into the picture, keeping its proportions.
  const xs = nodes.map((n) => n.x!);
  const ys = nodes.map((n) => n.y!);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const margin = padding + maxRadius;
  const spanX = Math.max(maxX - minX, 1);
  const spanY = Math.max(maxY - minY, 1);
  let scale = (width - 2 * margin) / spanX;
  const height = Math.round(Math.min(maxHeight, Math.max(minHeight, spanY * scale + 2 * margin)));
  scale = Math.min(scale, (height - 2 * margin) / spanY);
  const offsetX = (width - spanX * scale) / 2 - minX * scale;
  const offsetY = (height - spanY * scale) / 2 - minY * scale;
  const place = new Map(
    nodes.map((n) => [n.input.id, { x: round1(nodes.length === 1 ? width / 2 : n.x! * scale + offsetX), y: round1(nodes.length === 1 ? height / 2 : n.y! * scale + offsetY) }]),
  );

  const laidOut = nodes.map((n): NetworkNode => {
    const { x, y } = place.get(n.input.id)!;
    const r = round1(n.r);
    return { ...n.input, x, y, r, d: shapePath(n.input.kind, x, y, r) };
  });
  const edges = links
    .map((l): NetworkEdge => {
      const a = place.get(l.input.source)!;
      const b = place.get(l.input.target)!;
      return {
        ...l.input,
        weight: l.weight,
        x1: a.x,
        y1: a.y,
        x2: b.x,
        y2: b.y,
        strokeWidth: round1(0.75 + 4.25 * ((l.weight - 1) / Math.max(1, maxWeight - 1))),
      };
    })
    .sort((a, b) => a.weight - b.weight || byId(a.source, b.source) || byId(a.target, b.target));
  return { width, height, nodes: laidOut, edges, maxWeight };
}

/**
 * A marker whose shape says the actor's kind: a circle for a person, a square for a government,
 * a diamond for a state, a triangle for an organisation, a downward triangle for a military force,
 * a hexagon for anything else. About the same area as a circle of radius `r`.
 */
export function shapePath(kind: ActorKind, x: number, y: number, r: number): string {
  const polygon = (points: Array<[number, number]>) =>
    `M${points.map(([px, py]) => `${num(x + px)} ${num(y + py)}`).join('L')}Z`;
  switch (kind) {
    case 'person':
      return `M${num(x - r)} ${num(y)}a${num(r)} ${num(r)} 0 1 0 ${num(2 * r)} 0a${num(r)} ${num(r)} 0 1 0 ${num(-2 * r)} 0Z`;
    case 'government': {
      const s = r * 0.89;
      return polygon([[-s, -s], [s, -s], [s, s], [-s, s]]);
    }
    case 'state': {
      const s = r * 1.25;
      return polygon([[0, -s], [s, 0], [0, s], [-s, 0]]);
    }
    case 'organization': {
      const s = r * 1.35;
      return polygon([[0, -s], [s * 0.866, s * 0.5], [-s * 0.866, s * 0.5]]);
    }
    case 'military': {
      const s = r * 1.35;
      return polygon([[0, s], [-s * 0.866, -s * 0.5], [s * 0.866, -s * 0.5]]);
    }
    case 'other': {
      const s = r * 1.1;
      return polygon([0, 1, 2, 3, 4, 5].map((i) => [s * Math.cos((Math.PI / 3) * i), s * Math.sin((Math.PI / 3) * i)]));
    }
  }
}

function byId(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export interface NetworkSvgOptions extends AccessibleSvgOptions {
  readonly labelSets?: readonly LabelSet[];
}

/**
 * The network as an accessible `<svg>` (`role="img"`, `<title>`, `<desc>`), styled by classes:
 * `edges` (lines, `strong` for the heaviest half), `node kind-<kind>`, `labels <name>`.
 */
export function networkSvg(layout: NetworkLayout, options: NetworkSvgOptions): string {
  const { labelSets = [] } = options;
  return accessibleSvg(layout, options, [
    el(
      'g',
      { class: 'edges' },
      ...layout.edges.map((e) =>
        el('path', {
          class: e.weight > 1 && e.weight >= layout.maxWeight / 2 ? 'strong' : undefined,
          d: `M${num(e.x1)} ${num(e.y1)}L${num(e.x2)} ${num(e.y2)}`,
          'stroke-width': num(e.strokeWidth),
        }),
      ),
    ),
    el(
      'g',
      { class: 'nodes' },
      ...layout.nodes.map((n) => el('path', { class: `node kind-${n.kind}`, d: n.d })),
    ),
    ...labelSetsSvg(labelSets),
  ]);
}

/** Each node a link to its actor (see `linkLayerSvg`), with a tooltip. */
export function networkLinks(
  layout: NetworkLayout,
  href: (id: string) => string,
  title: (node: NetworkNode) => string,
  className?: string,
): string {
  const areas = layout.nodes.map((n) => ({ href: href(n.id), title: title(n), shape: el('path', { class: 'hit', d: n.d }) }));
  return linkLayerSvg(layout.width, layout.height, areas, className);
}
