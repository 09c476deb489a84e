import { z } from 'astro/zod';
import { eventDateSchema, idListSchema, idSchema, publishedDateSchema, textSchema } from './fields';

/** One dated event in a story's timeline. */
export const eventSchema = z.strictObject({
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, or `{ start, end }` of those: the precision the story gives. */
  date: eventDateSchema,
  /** One sentence saying what happened (or is expected to). */
  title: textSchema,
  /** Ids of actors (content/actors) who take part. */
  actors: idListSchema.default([]),
  /** Ids of locations (content/locations) where it happens. */
  locations: idListSchema.default([]),
  /** `occurred` (default), or `expected` for something anticipated as of publication, such as a deadline. */
  status: z.enum(['occurred', 'expected']).default('occurred'),
});

/** Frontmatter of `content/articles/<slug>.md`; the Markdown body is the story after the dateline. */
export const articleSchema = z.strictObject({
  /** The headline. */
  title: textSchema,
  /** Optional standfirst shown under the headline. */
  summary: textSchema.optional(),
  /** Location id of the city the story was filed from; printed in capitals (ISTANBUL). */
  dateline: idSchema,
  /** ISO 8601 date or date-time with offset. */
  published: publishedDateSchema,
  /** Same form as `published`. */
  updated: publishedDateSchema.optional(),
  /** The agency or outlet, e.g. `Anadolu Agency`. */
  source: textSchema,
  author: textSchema.optional(),
  /** Ids of the actors the story is about; at least one. */
  actors: idListSchema.min(1, 'list at least one actor id'),
  /** Ids of the places the story names. */
  locations: idListSchema.default([]),
  /** The story's dated events, in any order. */
  events: z.array(eventSchema).default([]),
});

export type ArticleData = z.output<typeof articleSchema>;
export type EventData = z.output<typeof eventSchema>;
