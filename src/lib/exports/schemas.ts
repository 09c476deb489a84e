/**
 * JSON Schemas (draft 2020-12) of the JSON exports, kept beside the code that writes them so a
 * field change and its schema change land together (tests/unit/exports.test.ts validates the
 * output against them). `schemaFile` gives the text to publish next to the data, such as
 * `/data/stories.schema.json`.
 */
import { ACTORS_SCHEMA_ID } from './actors';
import { EVENTS_SCHEMA_ID } from './events';
import { STORIES_SCHEMA_ID } from './stories';

type Schema = Readonly<Record<string, unknown>>;

const id = { type: 'string', pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$' } as const;
const ids = { type: 'array', items: id } as const;
const text = { type: 'string', minLength: 1 } as const;
const url = { type: 'string', format: 'uri', pattern: '^https?://' } as const;
const day = { type: 'string', format: 'date' } as const;
const status = { enum: ['occurred', 'expected'] } as const;
/** Event ids are slugs, which may hold non-ASCII letters; they are never empty. */
const eventId = { type: 'string', minLength: 1, pattern: '^[^\\s#/]+$' } as const;

const partialDate = {
  type: 'object',
  additionalProperties: false,
  required: ['iso', 'precision'],
  properties: {
    iso: { type: 'string', pattern: '^\\d{4}(?:-\\d{2}(?:-\\d{2})?)?$' },
    precision: { enum: ['year', 'month', 'day'] },
  },
} as const;

const span = {
  type: 'object',
  additionalProperties: false,
  required: ['iso', 'start', 'end', 'first_day', 'last_day'],
  properties: {
    iso: { type: 'string', pattern: '^\\d{4}(?:-\\d{2}(?:-\\d{2})?)?(?:/\\d{4}(?:-\\d{2}(?:-\\d{2})?)?)?$' },
    start: partialDate,
    end: { oneOf: [{ type: 'null' }, partialDate] },
    first_day: day,
    last_day: day,
  },
} as const;

/** An ISO 8601 date, or a date-time with seconds and an offset, as `published` keeps them. */
const published = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}(?:T\\d{2}:\\d{2}:\\d{2}(?:Z|[+-]\\d{2}:\\d{2}))?$' } as const;

function envelope(schemaId: string, title: string, item: Schema): Schema {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: `urn:${schemaId.replace(/[./]/g, ':')}`,
    title,
    type: 'object',
    additionalProperties: false,
    required: ['schema', 'count', 'items'],
    properties: {
      schema: { const: schemaId },
      count: { type: 'integer', minimum: 0 },
      items: { type: 'array', items: item },
    },
  };
}

const storyEvent = {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'title', 'status', 'date', 'actor_ids', 'place_ids', 'url'],
  properties: { id: eventId, title: text, status, date: span, actor_ids: ids, place_ids: ids, url },
} as const;

export const STORIES_SCHEMA: Schema = envelope(STORIES_SCHEMA_ID, 'Dateline stories', {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'title', 'summary', 'url', 'published', 'updated', 'source', 'author', 'dateline_id', 'actor_ids', 'all_actor_ids', 'place_ids', 'events'],
  properties: {
    id,
    title: text,
    summary: { oneOf: [{ type: 'null' }, text] },
    url,
    published,
    updated: { oneOf: [{ type: 'null' }, published] },
    source: text,
    author: { oneOf: [{ type: 'null' }, text] },
    dateline_id: id,
    actor_ids: { ...ids, minItems: 1 },
    all_actor_ids: { ...ids, minItems: 1 },
    place_ids: ids,
    events: { type: 'array', items: storyEvent },
  },
});

export const EVENTS_SCHEMA: Schema = envelope(EVENTS_SCHEMA_ID, 'Dateline events', {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'title', 'status', 'date', 'actor_ids', 'place_ids', 'story_ids', 'url', 'date_url'],
  properties: {
    id: eventId,
    title: text,
    status,
    date: span,
    actor_ids: ids,
    place_ids: ids,
    story_ids: { ...ids, minItems: 1 },
    url,
    date_url: url,
  },
});

export const ACTORS_SCHEMA: Schema = envelope(ACTORS_SCHEMA_ID, 'Dateline actors', {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'name', 'kind', 'role', 'country_id', 'aliases', 'wikidata', 'url', 'story_ids', 'event_ids'],
  properties: {
    id,
    name: text,
    kind: { enum: ['person', 'government', 'organization', 'state', 'military', 'other'] },
    role: { oneOf: [{ type: 'null' }, text] },
    country_id: { oneOf: [{ type: 'null' }, id] },
    aliases: { type: 'array', items: text },
    wikidata: { oneOf: [{ type: 'null' }, { type: 'string', pattern: '^Q[1-9]\\d*$' }] },
    url,
    story_ids: ids,
    event_ids: { type: 'array', items: eventId },
  },
});

export function schemaFile(schema: Schema): string {
  return `${JSON.stringify(schema, null, 2)}\n`;
}
