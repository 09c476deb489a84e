/**
 * Field types shared by the content schemas. Dates are parsed here, once, into calendar values
 * (see src/lib/partial-date.ts), so nothing downstream ever sees a YAML `Date` or a bare number.
 */
import { z } from 'astro/zod';
import { parseDateSpan } from '../lib/date-span';
import { parsePublishedDate } from '../lib/published-date';

/** Ids are file names: lowercase words joined by hyphens, e.g. `sergey-lavrov`. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const idSchema = z
  .string()
  .regex(ID_PATTERN, 'must be a kebab-case id such as "sergey-lavrov" (lowercase letters, digits and single hyphens)');

export const idListSchema = z.array(idSchema);

/** A non-empty line of text. */
export const textSchema = z.string().trim().min(1, 'must not be empty');

/**
 * An event's date: `YYYY`, `YYYY-MM`, `YYYY-MM-DD` (quoted or not), or `{ start, end }` of those.
 */
export const eventDateSchema = z.unknown().transform((value, ctx) => {
  try {
    return parseDateSpan(value);
  } catch (error) {
    ctx.addIssue({ code: 'custom', message: (error as Error).message });
    return z.NEVER;
  }
});

/** `published` / `updated`: an ISO 8601 date, or a date-time with offset. */
export const publishedDateSchema = z.unknown().transform((value, ctx) => {
  try {
    return parsePublishedDate(value);
  } catch (error) {
    ctx.addIssue({ code: 'custom', message: (error as Error).message });
    return z.NEVER;
  }
});

/** Wikidata item ids such as `Q178380`. */
export const wikidataSchema = z.string().regex(/^Q[1-9]\d*$/, 'must be a Wikidata item id such as "Q178380"');

export const aliasesSchema = z.array(textSchema);
