import { z } from 'astro/zod';
import { aliasesSchema, textSchema, wikidataSchema } from './fields';

export const LOCATION_KINDS = ['city', 'country', 'region', 'facility', 'sea', 'other'] as const;

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
