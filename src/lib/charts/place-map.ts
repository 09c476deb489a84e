/**
 * The layout of a map of places: a Natural Earth projection fitted to the places (or the whole
 * world for a single place), land and borders clipped to the picture and written with one-decimal
 * relative path data, and a marker per place sized by how often it is in the news.
 * Pure: the world's shapes come in as an argument (see world.ts).
 */
import type { GeoPermissibleObjects, GeoProjection } from 'd3-geo';
import { geoContains, geoNaturalEarth1, geoPath } from 'd3-geo';
import type { LocationProfile } from '../location-index';
import type { LocationKind } from '../../schemas/location';
import type { WorldShapes } from './world';
import { labelSetsSvg, type LabelSet } from './labels';
import { accessibleSvg, el, linkLayerSvg, num, pathData, RingRecorder, round1, type AccessibleSvgOptions } from './svg';
import { compareNames } from '../compare-names';

export interface MapPlace {
  readonly id: string;
  readonly name: string;
  /** `[latitude, longitude]`, as content writes them. */
  readonly coordinates: readonly [number, number];
  /** Stories and events: sets the marker's size. */
  readonly weight: number;
  readonly highlight?: boolean;
}

export interface PlaceMapOptions {
  readonly width?: number;
  /** Height of a regional map; a world map takes the projection's own proportions. */
  readonly height?: number;
  /** Room around the places, for markers and labels. */
  readonly padding?: number;
  /** A region is at least this many degrees of longitude wide (and 0.6 of it tall). */
  readonly minSpan?: number;
  /** Shade the country that contains this `[latitude, longitude]`. */
  readonly shadeCountryAt?: readonly [number, number] | undefined;
  readonly minRadius?: number;
  readonly maxRadius?: number;
}

export interface MapMarker {
  readonly id: string;
  readonly name: string;
  readonly x: number;
  readonly y: number;
  readonly r: number;
  readonly weight: number;
  readonly highlight: boolean;
}

export interface PlaceMapLayout {
  readonly width: number;
  readonly height: number;
  readonly view: 'world' | 'region';
  /** Outline of the globe (world view only). */
  readonly sphere?: string;
  readonly land: string;
  readonly borders: string;
  readonly shadedCountry?: { readonly name: string; readonly d: string };
  /** Largest first, so small markers are drawn on top; the highlighted one last. */
  readonly markers: readonly MapMarker[];
}

/**
 * Fits `geoNaturalEarth1` to the places: rotated to their middle longitude and scaled to their
 * extent (widened to `minSpan`), or to the whole world when there is a single place or the places
 * spread over more than half of it.
 */
export function fitProjection(
  places: readonly MapPlace[],
  { width = 640, height = 400, padding = 36, minSpan = 24 }: PlaceMapOptions = {},
): { projection: GeoProjection; width: number; height: number; view: 'world' | 'region' } {
  const lons = places.map((p) => p.coordinates[1]);
  const lats = places.map((p) => p.coordinates[0]);
  const distinct = new Set(places.map((p) => `${p.coordinates[0]},${p.coordinates[1]}`));
  const lonSpan = Math.max(...lons) - Math.min(...lons);
  if (places.length === 0 || distinct.size < 2 || lonSpan > 180) {
    const worldHeight = Math.round(width * 0.52);
    const projection = geoNaturalEarth1().fitExtent([[2, 2], [width - 2, worldHeight - 2]], { type: 'Sphere' });
    return { projection, width, height: worldHeight, view: 'world' };
  }
  const centreLon = (Math.max(...lons) + Math.min(...lons)) / 2;
  const centreLat = (Math.max(...lats) + Math.min(...lats)) / 2;
  const halfLon = Math.max(lonSpan, minSpan) / 2;
  const halfLat = Math.max(Math.max(...lats) - Math.min(...lats), minSpan * 0.6) / 2;
  const clampLat = (lat: number) => Math.max(-85, Math.min(85, lat));
  const box: Array<[number, number]> = [];
  for (const dx of [-1, 0, 1]) {
    for (const dy of [-1, 0, 1]) box.push([centreLon + dx * halfLon, clampLat(centreLat + dy * halfLat)]);
  }
  const points: GeoPermissibleObjects = {
    type: 'MultiPoint',
    coordinates: [...box, ...places.map((p) => [p.coordinates[1], p.coordinates[0]])],
  };
  const projection = geoNaturalEarth1()
    .rotate([-centreLon, 0])
    .fitExtent([[padding, padding], [width - padding, height - padding]], points);
  return { projection, width, height, view: 'region' };
}

/** Where `[latitude, longitude]` falls in the picture. */
export function projectPlace(projection: GeoProjection, coordinates: readonly [number, number]): [number, number] {
  const point = projection([coordinates[1], coordinates[0]]);
  if (!point) throw new Error(`cannot project ${coordinates.join(', ')}`);
  return [round1(point[0]), round1(point[1])];
}

interface BaseMap {
  readonly land: string;
  readonly borders: string;
  readonly sphere?: string | undefined;
}

/**
 * A world view depends only on its width, and most place pages show one (a single place): its
 * land, borders and globe are drawn once per width, not once per page.
 */
const worldViews = new WeakMap<WorldShapes, Map<number, BaseMap>>();

function remembered(world: WorldShapes, width: number, draw: () => BaseMap): BaseMap {
  let byWidth = worldViews.get(world);
  if (!byWidth) worldViews.set(world, (byWidth = new Map()));
  let base = byWidth.get(width);
  if (!base) byWidth.set(width, (base = draw()));
  return base;
}

export function layoutPlaceMap(places: readonly MapPlace[], world: WorldShapes, options: PlaceMapOptions = {}): PlaceMapLayout {
  const { minRadius = 3, maxRadius = 10, shadeCountryAt } = options;
  const { projection, width, height, view } = fitProjection(places, options);
  // Clip to the picture: only what can be seen is written out.
  projection.clipExtent([[0, 0], [width, height]]);
  const recorder = new RingRecorder();
  const path = geoPath(projection, recorder);
  // A world map is small-scale: coarser outlines lose nothing visible at its size.
  const minDistance = view === 'world' ? 2.5 : 1;
  const draw = (object: GeoPermissibleObjects, close: boolean, minArea = 0): string => {
    path(object);
    return pathData(recorder.take(), { close, minArea, minDistance });
  };

  const { land, borders, sphere } =
    view === 'world'
      ? remembered(world, width, () => ({ land: draw(world.land, true, 3), borders: draw(world.borders, false), sphere: draw({ type: 'Sphere' }, true) }))
      : { land: draw(world.land, true, 1), borders: draw(world.borders, false), sphere: undefined };

  let shadedCountry: PlaceMapLayout['shadedCountry'];
  if (shadeCountryAt) {
    const point: [number, number] = [shadeCountryAt[1], shadeCountryAt[0]];
    const country = world.countries.features.find((f) => geoContains(f, point));
    if (country) shadedCountry = { name: country.properties.name, d: draw(country, true, 0.2) };
  }

  const maxWeight = Math.max(1, ...places.map((p) => p.weight));
  const markers = places
    .map((place): MapMarker => {
      const [x, y] = projectPlace(projection, place.coordinates);
      const r = minRadius + (maxRadius - minRadius) * Math.sqrt(Math.max(0, place.weight) / maxWeight);
      return { id: place.id, name: place.name, x, y, r: round1(r), weight: place.weight, highlight: place.highlight ?? false };
    })
    .sort((a, b) => Number(a.highlight) - Number(b.highlight) || b.r - a.r || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

  return {
    width,
    height,
    view,
    ...(sphere ? { sphere } : {}),
    land,
    borders,
    ...(shadedCountry ? { shadedCountry } : {}),
    markers,
  };
}

/** One place in the table beside a map, and its marker when it has coordinates. */
export interface PlaceRow {
  readonly id: string;
  readonly name: string;
  readonly kind: LocationKind;
  readonly coordinates?: readonly [number, number] | undefined;
  /** Stories filed from it or naming it, each once. */
  readonly stories: number;
  readonly events: number;
  readonly highlight: boolean;
}

/** Rows for a map and its table: most in the news first, then by name. */
export function placeRows(profiles: Iterable<LocationProfile>, highlightId?: string): PlaceRow[] {
  return [...profiles]
    .map((p): PlaceRow => ({
      id: p.location.id,
      name: p.location.data.name,
      kind: p.location.data.kind,
      coordinates: p.location.data.coordinates,
      stories: new Set([...p.filedFrom, ...p.mentionedIn].map((a) => a.id)).size,
      events: p.events.length,
      highlight: p.location.id === highlightId,
    }))
    .sort((a, b) => b.stories + b.events - (a.stories + a.events) || compareNames(a.name, b.name));
}

/** The rows that can be drawn, as map places. */
export function mapPlaces(rows: readonly PlaceRow[]): MapPlace[] {
  return rows.flatMap((row) =>
    row.coordinates
      ? [{ id: row.id, name: row.name, coordinates: row.coordinates, weight: row.stories + row.events, highlight: row.highlight }]
      : [],
  );
}

export interface PlaceMapSvgOptions extends AccessibleSvgOptions {
  readonly labelSets?: readonly LabelSet[];
  /** A label set's text for this id is drawn bold. */
  readonly highlightId?: string | undefined;
}

/**
 * The map as an accessible `<svg>` (`role="img"`, `<title>`, `<desc>`), styled by classes: `sea`,
 * `land`, `shaded`, `borders`, `marker` (and `highlight`), `labels <name>`.
 */
export function placeMapSvg(layout: PlaceMapLayout, options: PlaceMapSvgOptions): string {
  const { labelSets = [], highlightId } = options;
  const { width, height } = layout;
  return accessibleSvg(layout, options, [
    layout.sphere ? el('path', { class: 'sea', d: layout.sphere }) : el('rect', { class: 'sea', width, height }),
    el('path', { class: 'land', d: layout.land }),
    layout.shadedCountry ? el('path', { class: 'shaded', d: layout.shadedCountry.d }) : '',
    el('path', { class: 'borders', d: layout.borders }),
    el(
      'g',
      { class: 'markers' },
      ...layout.markers.map((m) =>
        el('circle', { class: m.highlight ? 'marker highlight' : 'marker', cx: num(m.x), cy: num(m.y), r: num(m.r) }),
      ),
    ),
    ...labelSetsSvg(labelSets, highlightId),
  ]);
}

/** Each marker a link to its place (see `linkLayerSvg`), with a tooltip. */
export function placeMapLinks(
  layout: PlaceMapLayout,
  href: (id: string) => string,
  title: (marker: MapMarker) => string,
  className?: string,
): string {
  const areas = layout.markers.map((m) => ({
    href: href(m.id),
    title: title(m),
    shape: el('circle', { class: 'hit', cx: num(m.x), cy: num(m.y), r: num(Math.max(m.r, 6)) }),
  }));
  return linkLayerSvg(layout.width, layout.height, areas, className);
}
