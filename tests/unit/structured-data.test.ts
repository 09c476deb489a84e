/** JSON-LD for places: each location kind gets the schema.org type a search engine understands. */
import { describe, expect, it } from 'vitest';
import { LOCATION_KINDS } from '../../src/schemas/location';
import { placeThing } from '../../src/lib/structured-data';
import { createPaths } from '../../src/lib/paths';
import { location } from '../helpers/content';

const absolute = (path: string) => new URL(path, 'https://example.org').href;

describe('placeThing', () => {
  it.each([
    ['city', 'City'],
    ['town', 'City'],
    ['district', 'AdministrativeArea'],
    ['province', 'AdministrativeArea'],
    ['country', 'Country'],
    ['sea', 'BodyOfWater'],
    ['region', 'Place'],
  ] as const)('types a %s as %s', (kind, type) => {
    expect(placeThing(location('somewhere', { kind }), createPaths('/'), absolute)['@type']).toBe(type);
  });

  it('has a type for every kind', () => {
    for (const kind of LOCATION_KINDS) expect(placeThing(location('x', { kind }), createPaths('/'), absolute)['@type']).toMatch(/^[A-Z]\w+$/);
  });
});
