/**
 * What raw HTML in a story may keep: GitHub's sanitize schema (links, emphasis, lists, tables,
 * blockquotes, images with alt; no script, style, iframe, event handler or `javascript:` URL),
 * plus the elements Dateline's own plugins add: `<time>` for dates and mention links.
 */
import { defaultSchema, type Schema } from 'hast-util-sanitize';

const base = defaultSchema.attributes ?? {};

export const storySanitizeSchema: Schema = {
  ...defaultSchema,
  tagNames: [...(defaultSchema.tagNames ?? []).filter((tag) => tag !== 'input'), 'time', 'figure', 'figcaption', 'abbr', 'cite', 'mark'],
  attributes: {
    ...base,
    // One className rule per element: the sanitiser reads only the first it finds.
    a: [
      ...(base.a ?? []).filter((rule) => !(Array.isArray(rule) && rule[0] === 'className')),
      ['className', 'data-footnote-backref', 'mention', 'mention-actor', 'mention-location'],
    ],
    time: ['dateTime', 'title', 'dataRule', ['className', 'date-mention']],
    abbr: ['title'],
  },
};
