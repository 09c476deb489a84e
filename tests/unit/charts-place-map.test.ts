/** The map of places: projection fitted to the places, compact outlines, markers, labels, table rows. */
import { describe, expect, it } from 'vitest';
import { placeLabels, overlaps } from '../../src/lib/charts/labels';
import { fitProjection, layoutPlaceMap, mapPlaces, placeMapLinks, placeMapSvg, placeRows, projectPlace, type MapPlace } from '../../src/lib/charts/place-map';
import { pathData, textWidth } from '../../src/lib/charts/svg';
import { worldShapes } from '../../src/lib/charts/world';
import { buildSiteIndex } from '../../src/lib/site-index';
import { actor, article, location } from '../helpers/content';

const place = (id: string, lat: number, lon: number, weight = 1, highlight = false): MapPlace => ({
  id,
  name: id[0]!.toUpperCase() + id.slice(1),
  coordinates: [lat, lon],
  weight,
  highlight,
});

const geneva = place('geneva', 46.2044, 6.1432, 4);
const muscat = place('muscat', 23.588, 58.3829, 2);
const istanbul = place('istanbul', 41.0082, 28.9784, 1);
const switzerland = place('switzerland', 46.8182, 8.2275, 1, true);

describe('fitProjection', () => {
  it('shows the whole world for a single place, the equator and Greenwich in the middle', () => {
    const { projection, width, height, view } = fitProjection([geneva]);
    expect(view).toBe('world');
    expect([width, height]).toEqual([640, 333]);
    const [x, y] = projectPlace(projection, [0, 0]);
    expect(x).toBeCloseTo(320, 0);
    expect(y).toBeCloseTo(166.5, 0);
    // Geneva: a little east of Greenwich, well north of the equator.
    const [gx, gy] = projectPlace(projection, geneva.coordinates);
    expect(gx).toBeGreaterThan(320);
    expect(gx).toBeLessThan(350);
    expect(gy).toBeLessThan(100);
  });

  it('fits several places inside the picture with padding, west to the left and north up', () => {
    const { projection, width, height, view } = fitProjection([geneva, muscat, istanbul], { padding: 36 });
    expect(view).toBe('region');
    const [g, m, i] = [geneva, muscat, istanbul].map((p) => projectPlace(projection, p.coordinates));
    for (const [x, y] of [g!, m!, i!]) {
      expect(x).toBeGreaterThanOrEqual(36 - 0.1);
      expect(x).toBeLessThanOrEqual(width - 36 + 0.1);
      expect(y).toBeGreaterThanOrEqual(36 - 0.1);
      expect(y).toBeLessThanOrEqual(height - 36 + 0.1);
    }
    expect(g![0]).toBeLessThan(i![0]);
    expect(i![0]).toBeLessThan(m![0]);
    expect(g![1]).toBeLessThan(i![1]);
    expect(i![1]).toBeLessThan(m![1]);
    // The places spread over most of the width: the projection is fitted to them, not to the world.
    expect(m![0] - g![0]).toBeGreaterThan(0.7 * (width - 72));
  });

  it('widens a tiny extent to a minimum span instead of zooming in on two nearby points', () => {
    const { projection } = fitProjection([geneva, switzerland], { minSpan: 24 });
    const [a, b] = [geneva, switzerland].map((p) => projectPlace(projection, p.coordinates));
    const distance = Math.hypot(a![0] - b![0], a![1] - b![1]);
    expect(distance).toBeGreaterThan(10);
    expect(distance).toBeLessThan(80);
  });
});

describe('layoutPlaceMap', () => {
  const world = worldShapes();
  const layout = layoutPlaceMap([geneva, muscat, istanbul, switzerland], world, { shadeCountryAt: switzerland.coordinates });

  it('puts one marker per place, sized by weight, the highlighted one last', () => {
    expect(layout.markers.map((m) => m.id)).toEqual(['geneva', 'muscat', 'istanbul', 'switzerland']);
    const r = Object.fromEntries(layout.markers.map((m) => [m.id, m.r]));
    expect(r.geneva).toBe(10);
    expect(r.geneva!).toBeGreaterThan(r.muscat!);
    expect(r.muscat!).toBeGreaterThan(r.istanbul!);
    expect(layout.markers.at(-1)!.highlight).toBe(true);
  });

  it('draws a world view once per width and reuses it, with each page its own marker and shading', () => {
    const atGeneva = layoutPlaceMap([geneva], world, { shadeCountryAt: switzerland.coordinates });
    const atMuscat = layoutPlaceMap([muscat], world);
    expect(atMuscat.land).toBe(atGeneva.land);
    expect(atMuscat.sphere).toBe(atGeneva.sphere);
    expect(atMuscat.markers[0]!.x).toBeGreaterThan(atGeneva.markers[0]!.x);
    expect(atGeneva.shadedCountry?.name).toBe('Switzerland');
    expect(atMuscat.shadedCountry).toBeUndefined();
    const narrow = layoutPlaceMap([geneva], world, { width: 320 });
    expect(narrow.height).toBe(166);
    expect(narrow.land).not.toBe(atGeneva.land);
    expect(narrow.land.length).toBeLessThan(atGeneva.land.length);
  });

  it('writes land and borders clipped to the picture, with at most one decimal', () => {
    expect(layout.land).toMatch(/^M[\d.]+ [\d.]+l/);
    expect(layout.borders.length).toBeGreaterThan(100);
    for (const d of [layout.land, layout.borders]) {
      expect(d).not.toMatch(/\.\d\d/);
      const absolute = [...d.matchAll(/M(-?[\d.]+) (-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
      for (const [x, y] of absolute) {
        expect(x).toBeGreaterThanOrEqual(0);
        expect(x).toBeLessThanOrEqual(layout.width);
        expect(y).toBeGreaterThanOrEqual(0);
        expect(y).toBeLessThanOrEqual(layout.height);
      }
    }
    // Small enough to inline: a regional map of Europe and the Middle East.
    expect(layout.land.length + layout.borders.length).toBeLessThan(30_000);
  });

  it('shades the country that contains the given point', () => {
    expect(layout.shadedCountry?.name).toBe('Switzerland');
  });

  it('draws an accessible SVG whose markers link to the places', () => {
    const labels = placeLabels(
      layout.markers.map((m) => ({ id: m.id, text: m.name, x: m.x, y: m.y, r: m.r })),
      { fontSize: 12, bounds: { x1: 0, y1: 0, x2: layout.width, y2: layout.height } },
    );
    const svg = placeMapSvg(layout, {
      id: 'map',
      title: 'Places',
      description: 'Four places.',
      describedBy: 'map-table',
      labelSets: [{ name: 'wide', fontSize: 12, labels }],
      highlightId: 'switzerland',
    });
    expect(svg).toMatch(/^<svg [^>]*role="img" aria-labelledby="map-title" aria-describedby="map-desc map-table"/);
    expect(svg).toContain('<title id="map-title">Places</title><desc id="map-desc">Four places.</desc>');
    expect(svg.match(/<circle class="marker/g)).toHaveLength(4);
    expect(svg).toContain('class="marker highlight"');
    expect(svg).not.toContain('<a ');
    const links = placeMapLinks(layout, (id) => `/locations/${id}/`, (m) => m.name);
    expect(links).toMatch(/^<svg class="links" viewBox="0 0 640 400" aria-hidden="true">/);
    expect(links.match(/<a href="\/locations\/[a-z]+\/" tabindex="-1">/g)).toHaveLength(4);
    expect(links).toContain('<a href="/locations/geneva/" tabindex="-1"><title>Geneva</title><circle class="hit"');
  });
});

describe('placeRows and mapPlaces', () => {
  const site = buildSiteIndex({
    actors: [actor('sergey-lavrov')],
    locations: [
      location('istanbul', { coordinates: [41.0082, 28.9784] }),
      location('geneva', { coordinates: [46.2044, 6.1432] }),
      location('grey-bay', { kind: 'sea' }),
    ],
    articles: [
      article('a', { dateline: 'istanbul', locations: ['istanbul', 'grey-bay'], events: [{ date: '2026-02-17', title: 'Talks.', locations: ['geneva'] }] }),
      article('b', { dateline: 'geneva', published: '2026-02-21' }),
    ],
  });
  const rows = placeRows(site.locations.values(), 'geneva');

  it('counts each story once (filed from or naming the place) and the events there', () => {
    expect(rows.map((r) => `${r.id} ${r.stories} ${r.events} ${r.highlight}`)).toEqual([
      'geneva 2 1 true',
      'grey-bay 1 0 false',
      'istanbul 1 0 false',
    ]);
  });

  it('draws only the places with coordinates; the others stay in the table', () => {
    expect(mapPlaces(rows).map((p) => [p.id, p.weight])).toEqual([
      ['geneva', 3],
      ['istanbul', 1],
    ]);
  });
});

describe('pathData', () => {
  it('writes relative commands on a grid of tenths and drops repeated points and specks', () => {
    expect(pathData([[[0, 0], [10.04, 0], [10.01, 0.02], [10, 5.55]]], { close: true })).toBe('M0 0l10 0 0 5.6z');
    expect(pathData([[[5, 5], [4.5, 4]]])).toBe('M5 5l-.5-1');
    expect(pathData([[[0, 0], [0.1, 0], [0.1, 0.1]]], { close: true, minArea: 1 })).toBe('');
  });
});

describe('placeLabels', () => {
  it('keeps labels inside the bounds and clear of each other and of other markers', () => {
    const anchors = [
      { id: 'a', text: 'Geneva', x: 100, y: 100, r: 6 },
      { id: 'b', text: 'Switzerland', x: 112, y: 96, r: 4 },
      { id: 'c', text: 'Edge', x: 395, y: 10, r: 3 },
    ];
    const bounds = { x1: 0, y1: 0, x2: 400, y2: 200 };
    const labels = placeLabels(anchors, { fontSize: 12, bounds });
    expect(labels.map((l) => l.id)).toEqual(['a', 'b', 'c']);
    for (const label of labels) {
      expect(label.box.x1).toBeGreaterThanOrEqual(0);
      expect(label.box.x2).toBeLessThanOrEqual(400);
      for (const other of labels) if (other !== label) expect(overlaps(label.box, other.box)).toBe(false);
    }
    expect(labels.find((l) => l.id === 'c')!.anchor).toBe('end');
    expect(textWidth('Geneva', 10)).toBeGreaterThan(30);
  });
});
