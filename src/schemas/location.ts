import { z } from 'astro/zod';
import { aliasesSchema, textSchema, wikidataSchema } from './fields';

/**
 * What a place is, as the locations page groups it:
 * - `city`: a city, a national or provincial capital, the dateline city;
 * - `town`: a town or village;
 * - `district`: a district or county inside a province (Türkiye's ilçe: "the Pazarcık district");
 * - `province`: a country's first-level division: a province, state, governorate, oblast or Land
 *   ("Hatay province", "Bavaria");
 * - `country`: a country;
 * - `region`: a region that is not one administrative unit, or an autonomous one ("Karabakh",
 *   "the Kurdistan Region", "Central Asia");
 * - `facility`: a pipeline, plant, port, airport, base or stadium;
 * - `sea`: a sea, gulf, strait or ocean ("the Bosphorus");
 * - `other`: anything else.
 */
export const LOCATION_KINDS = ['city', 'town', 'district', 'province', 'country', 'region', 'facility', 'sea', 'other'] as const;

/** Frontmatter of `content/locations/<id>.md`; the body is optional. */
export const locationSchema = z.strictObject({
  name: textSchema,
  kind: z.enum(LOCATION_KINDS),
  /** ISO 3166-1 alpha-2 code, e.g. `TR`. */
  country: z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code in capitals, such as "TR"').optional(),
  /** `[latitude, longitude]` in decimal degrees. */
  coordinates: z.tuple([z.number().min(-90).max(90), z.number().min(-180).max(180)]).optional(),
  aliases: aliasesSchema.default([]),
  wikidata: wikidataSchema.optional(),
});

export type LocationData = z.output<typeof locationSchema>;
export type LocationKind = (typeof LOCATION_KINDS)[number];
