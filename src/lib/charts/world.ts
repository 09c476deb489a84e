/**
 * The world's land and borders from Natural Earth at 1:110m (world-atlas), read once per build.
 * The atlas is bundled at build time; nothing is fetched.
 */
import type { FeatureCollection, MultiLineString, MultiPolygon, Polygon, Feature, GeometryObject } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countries110m from 'world-atlas/countries-110m.json';

export interface WorldShapes {
  /** All land, for the fill and coastlines. */
  readonly land: Feature<GeometryObject> | FeatureCollection<GeometryObject>;
  /** Each country (Natural Earth's `name` in properties), to shade one. */
  readonly countries: FeatureCollection<Polygon | MultiPolygon, { name: string }>;
  /** Borders between countries, each drawn once. */
  readonly borders: MultiLineString;
}

let cached: WorldShapes | undefined;

export function worldShapes(): WorldShapes {
  if (cached) return cached;
  const topology = countries110m as unknown as Topology<{ countries: GeometryCollection<{ name: string }>; land: GeometryCollection }>;
  cached = {
    land: feature(topology, topology.objects.land),
    countries: feature(topology, topology.objects.countries) as FeatureCollection<Polygon | MultiPolygon, { name: string }>,
    borders: mesh(topology, topology.objects.countries, (a, b) => a !== b),
  };
  return cached;
}
