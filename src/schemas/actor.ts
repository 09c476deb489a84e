import { z } from 'astro/zod';
import { aliasesSchema, idSchema, textSchema, wikidataSchema } from './fields';

export const ACTOR_KINDS = ['person', 'government', 'organization', 'state', 'military', 'other'] as const;

/** Frontmatter of `content/actors/<id>.md`; the body is an optional short profile. */
export const actorSchema = z.strictObject({
  /** Full name as it should be displayed, e.g. `Sergey Lavrov`. */
  name: textSchema,
  kind: z.enum(ACTOR_KINDS),
  /** e.g. `Foreign Minister of Russia`. */
  role: textSchema.optional(),
  /** Location id of the actor's country. */
  country: idSchema.optional(),
  /** Other names the text uses, e.g. `Lavrov`. */
  aliases: aliasesSchema.default([]),
  wikidata: wikidataSchema.optional(),
});

export type ActorData = z.output<typeof actorSchema>;
export type ActorKind = (typeof ACTOR_KINDS)[number];
