/** The actor network: nodes and weighted edges from the actor index, and a deterministic layout. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { edgeWeight, layoutNetwork, networkFromProfiles, networkLinks, networkSvg, shapePath, topPairs } from '../../src/lib/charts/actor-network';
import { buildSiteIndex } from '../../src/lib/site-index';
import { actor, article, location } from '../helpers/content';

const site = buildSiteIndex({
  actors: [
    actor('sergey-lavrov'),
    actor('abbas-araghchi'),
    actor('donald-trump'),
    actor('iran', { kind: 'state' }),
    actor('kremlin', { kind: 'government' }),
    actor('quiet-council', { kind: 'organization' }),
  ],
  locations: [location('istanbul')],
  articles: [
    article('call', {
      actors: ['sergey-lavrov', 'abbas-araghchi', 'iran'],
      events: [
        { date: '2026-02-20', title: 'Lavrov and Araghchi talk by phone.', actors: ['sergey-lavrov', 'abbas-araghchi'] },
        { date: '2026-02-17', title: 'Second round ends.', actors: ['iran', 'donald-trump'] },
      ],
    }),
    article('round', {
      published: '2026-02-18',
      actors: ['abbas-araghchi', 'iran', 'kremlin'],
      events: [{ date: '2026-02-17', title: 'Second round ends.', actors: ['abbas-araghchi', 'iran'] }],
    }),
  ],
});
const network = networkFromProfiles(site.actors.values());

afterEach(() => {
  vi.restoreAllMocks();
});

describe('networkFromProfiles', () => {
  it('has a node per actor named in a story, sized by stories and events', () => {
    expect(network.nodes.map((n) => `${n.id} ${n.kind} ${n.mentions}`)).toEqual([
      'abbas-araghchi person 4',
      'donald-trump person 2',
      'iran state 3',
      'kremlin government 1',
      'sergey-lavrov person 2',
    ]);
  });

  it('has one edge per pair, weighted by shared stories plus shared events, heaviest first', () => {
    // "Second round ends." is reported by both stories: merged, it has Iran, Trump and Araghchi.
    const edges = network.edges.map((e) => `${e.source}+${e.target} ${e.articles}/${e.events} = ${edgeWeight(e)}`);
    expect(edges).toEqual([
      'abbas-araghchi+iran 2/1 = 3',
      'abbas-araghchi+donald-trump 1/1 = 2',
      'abbas-araghchi+sergey-lavrov 1/1 = 2',
      'donald-trump+iran 1/1 = 2',
      'abbas-araghchi+kremlin 1/0 = 1',
      'donald-trump+sergey-lavrov 1/0 = 1',
      'iran+kremlin 1/0 = 1',
      'iran+sergey-lavrov 1/0 = 1',
    ]);
  });

  it('keeps only the most mentioned actors, and the pairs among them, when there are too many', () => {
    const top = networkFromProfiles(site.actors.values(), { maxNodes: 3 });
    expect(top.named).toBe(5);
    // Mentions 4, 3, then Trump's 2 before Lavrov's 2 (ties by id).
    expect(top.nodes.map((n) => n.id)).toEqual(['abbas-araghchi', 'donald-trump', 'iran']);
    expect(top.edges.map((e) => `${e.source}+${e.target}`)).toEqual(['abbas-araghchi+iran', 'abbas-araghchi+donald-trump', 'donald-trump+iran']);
    expect(network.named).toBe(network.nodes.length);
  });

  it('lists the top pairs for the table', () => {
    expect(topPairs(network.edges, 2).map((e) => `${e.source}+${e.target}`)).toEqual(['abbas-araghchi+iran', 'abbas-araghchi+donald-trump']);
  });
});

describe('layoutNetwork', () => {
  it('is deterministic: the same input gives the same layout, without Math.random', () => {
    const random = vi.spyOn(Math, 'random');
    const first = layoutNetwork(network);
    const second = layoutNetwork(networkFromProfiles(site.actors.values()));
    expect(second).toEqual(first);
    expect(JSON.stringify(second)).toBe(JSON.stringify(first));
    expect(random).not.toHaveBeenCalled();
  });

  it('keeps every node inside the picture and sizes nodes by mentions and edges by weight', () => {
    const layout = layoutNetwork(network, { width: 640, padding: 24, maxRadius: 16 });
    for (const n of layout.nodes) {
      expect(n.x - n.r).toBeGreaterThanOrEqual(0);
      expect(n.x + n.r).toBeLessThanOrEqual(layout.width);
      expect(n.y - n.r).toBeGreaterThanOrEqual(0);
      expect(n.y + n.r).toBeLessThanOrEqual(layout.height);
    }
    const r = Object.fromEntries(layout.nodes.map((n) => [n.id, n.r]));
    expect(r['abbas-araghchi']).toBe(16);
    expect(r['abbas-araghchi']!).toBeGreaterThan(r.iran!);
    expect(r.iran!).toBeGreaterThan(r.kremlin!);
    const width = (source: string, target: string) => layout.edges.find((e) => e.source === source && e.target === target)!.strokeWidth;
    expect(width('abbas-araghchi', 'iran')).toBe(5);
    expect(width('iran', 'kremlin')).toBe(0.8);
    expect(width('abbas-araghchi', 'iran')).toBeGreaterThan(width('donald-trump', 'iran'));
    // Edges join the nodes' centres; the heaviest are drawn last (on top).
    const heaviest = layout.edges.at(-1)!;
    const iran = layout.nodes.find((n) => n.id === 'iran')!;
    expect([heaviest.source, heaviest.weight, heaviest.x2, heaviest.y2]).toEqual(['abbas-araghchi', 3, iran.x, iran.y]);
  });

  it('pulls strongly linked actors closer than weakly linked ones', () => {
    const layout = layoutNetwork(network);
    const at = (id: string) => layout.nodes.find((n) => n.id === id)!;
    const distance = (a: string, b: string) => Math.hypot(at(a).x - at(b).x, at(a).y - at(b).y);
    expect(distance('abbas-araghchi', 'iran')).toBeLessThan(distance('kremlin', 'sergey-lavrov'));
  });

  it('lays out a single actor in the middle', () => {
    const layout = layoutNetwork({ nodes: [{ id: 'a', label: 'A', kind: 'person', mentions: 1 }], edges: [] });
    expect([layout.nodes[0]!.x, layout.nodes[0]!.y]).toEqual([320, layout.height / 2]);
  });
});

describe('networkSvg', () => {
  it('draws an accessible SVG shaped by kind, and a link per node in a layer over it', () => {
    const layout = layoutNetwork(network);
    const svg = networkSvg(layout, {
      id: 'net',
      title: 'Who appears with whom',
      description: 'Five actors.',
      describedBy: 'net-table',
    });
    const links = networkLinks(layout, (id) => `/actors/${id}/`, (n) => n.label);
    expect(svg).toMatch(/^<svg [^>]*role="img" aria-labelledby="net-title" aria-describedby="net-desc net-table"/);
    expect(svg).toContain('<title id="net-title">Who appears with whom</title>');
    expect(svg).not.toContain('<a ');
    expect(links.match(/<a href="\/actors\/[a-z-]+\/" tabindex="-1">/g)).toHaveLength(5);
    expect(links).toMatch(/^<svg class="links" [^>]*aria-hidden="true">/);
    expect(svg.match(/<path class="node kind-person"/g)).toHaveLength(3);
    expect(svg.match(/<g class="edges">(.*?)<\/g>/)![1]!.match(/<path/g)).toHaveLength(8);
  });

  it('gives each kind its own shape', () => {
    const shapes = (['person', 'government', 'state', 'organization', 'military', 'other'] as const).map((k) => shapePath(k, 10, 10, 5));
    expect(new Set(shapes).size).toBe(6);
    expect(shapes[0]).toMatch(/^M5 10a5 5 0 1 0 10 0/);
  });
});
