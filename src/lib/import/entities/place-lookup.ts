/**
 * A place name read against the gazetteer: its kind, country and coordinates. Namesakes are ranked by
 * the story's countries (the dateline's first, then those it names), then national capitals, then
 * what the text's cue word asks for ("Tuzla district": a district, not the Bosnian city).
 */
import type { LocationKind } from '../../../schemas/location';
import { countryNamed } from './gazetteer';
import { citiesNamed, divisionKind, divisionsNamed, gazetteerCountries, gazetteerKey, type GazetteerEntry } from './gazetteer-data';

export interface PlaceInfo {
  kind: LocationKind;
  country?: string;
  coordinates?: [number, number];
}

export function countryInfo(name: string): PlaceInfo | undefined {
  const country = countryNamed(name);
  if (!country || country.kind !== 'state') return undefined;
  const record = gazetteerCountries().find((c) => c.iso2 === country.iso2);
  return { kind: 'country', ...(country.iso2 && { country: country.iso2 }), ...(record?.coordinates && { coordinates: record.coordinates }) };
}

/** `kind` is the text's cue when `sure`; `preferred` lists ISO codes, most likely first. */
export function lookupPlace(name: string, kind: LocationKind | undefined, sure: boolean, preferred: readonly string[]): PlaceInfo | undefined {
  const entries = [...citiesNamed(name), ...divisionsNamed(name)];
  if (!entries.length) return undefined;
  const capitals = new Set(gazetteerCountries().map((c) => `${c.iso2}:${gazetteerKey(c.capital)}`));
  const score = (e: GazetteerEntry) => {
    let s = 0;
    const rank = preferred.indexOf(e.country);
    if (rank >= 0) s += 100 - rank;
    if (e.level === 'city' && capitals.has(`${e.country}:${gazetteerKey(e.name)}`)) s += 50;
    const divisionKindOf = e.level === 'division' ? divisionKind(e.type) : 'city';
    if (sure && kind) {
      if ((kind === 'province' || kind === 'region') && e.level === 'division') s += 40;
      if (kind === 'district' && (divisionKindOf === 'district' || e.level === 'city')) s += 30;
      if ((kind === 'city' || kind === 'town') && e.level === 'city') s += 40;
    } else if (e.level === 'city') s += 10;
    if (e.level === 'city' && e.division && gazetteerKey(e.division) === gazetteerKey(e.name)) s += 5;
    return s;
  };
  const best = entries.reduce((a, b) => (score(b) > score(a) ? b : a));
  const dataKind: LocationKind = best.level === 'city' ? 'city' : divisionKind(best.type);
  return {
    kind: sure && kind ? kind : dataKind,
    country: best.country,
    ...(best.coordinates && { coordinates: best.coordinates }),
  };
}
