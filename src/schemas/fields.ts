/**
 * Field types shared by the content schemas. Dates are parsed here, once, into calendar values
 * (see src/lib/partial-date.ts), so nothing downstream ever sees a YAML `Date` or a bare number.
 */
import { z } from 'astro/zod';
import { codePoint, describeUnwritable, UNWRITABLE } from '../lib/characters';
import { parseDateSpan } from '../lib/date-span';
import { parsePublishedDate } from '../lib/published-date';

/** Ids are file names: lowercase words joined by hyphens, e.g. `sergey-lavrov`. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const idSchema = z
  .string()
  .regex(ID_PATTERN, 'must be a kebab-case id such as "sergey-lavrov" (lowercase letters, digits and single hyphens)');

export const idListSchema = z.array(idSchema);

/**
 * What shows nothing on a page: spaces of every kind, format characters (zero-width spaces and
 * joiners, bidirectional marks, U+FEFF), combining marks on their own, and the blank letters
 * (Hangul fillers, the braille blank).
 */
const INVISIBLE = /[\s\p{Cf}\p{Cc}\p{Zs}\p{M}\u115F\u1160\u3164\uFFA0\u2800]/gu;

/** A non-empty line of text with something to see in it, and nothing a feed cannot carry. */
export const textSchema = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .superRefine((text, ctx) => {
    if (text === '') return;
    const unwritable = UNWRITABLE.exec(text);
    if (unwritable) {
      ctx.addIssue({
        code: 'custom',
        message: `contains ${describeUnwritable(unwritable[0])}, which no feed can carry`,
        params: { fix: 'delete it (a YAML escape such as "\\x01" or "\\u0000" writes one)' },
      });
    } else if (text.replace(INVISIBLE, '') === '') {
      ctx.addIssue({
        code: 'custom',
        message: `has no visible text (only invisible characters such as ${codePoint(text)})`,
        params: { fix: 'write the text out, or remove the field if it is optional' },
      });
    }
  });

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
