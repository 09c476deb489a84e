/**
 * `/data/events.csv`: one row per event per story that reports it, for spreadsheets. RFC 4180:
 * a header row, CRLF line ends, and a field quoted (its quotes doubled) when it holds a comma, a
 * quote or a line break.
 */
import type { ExportArticle, ExportSite } from './site';
import { stringify } from 'csv-stringify/sync';
import { spanIso } from '../date-span';
import type { TimelineEntry } from '../model';
import { dayIso, spanFirst, spanLast } from './dates';
import { keptText } from './kept-text';
import { eventUrl, type ExportUrls } from './urls';

/** Part of the format: a consumer may read columns by position, so add new ones at the end. */
export const EVENTS_CSV_COLUMNS = [
  'event_id',
  'event_title',
  'status',
  'date',
  'start',
  'start_precision',
  'end',
  'end_precision',
  'first_day',
  'last_day',
  'actor_ids',
  'place_ids',
  'story_id',
  'story_title',
  'story_published',
  'event_url',
  'story_url',
] as const;

/** Ids are kebab-case and never hold a space, so a space-separated list needs no second level of quoting. */
const list = (items: readonly { readonly id: string }[]) => items.map((item) => item.id).join(' ');

/**
 * Rows in site timeline order, and the stories of one event oldest first, so a story's rows for a
 * shared event sit together. Each row is the story's own account (its status, actors and places).
 */
export function eventsCsv(site: ExportSite, urls: ExportUrls): string {
  const position = new Map(site.timeline.map((entry, index) => [entry.key, index]));
  const rows: { order: number; story: number; record: ExportArticle; event: TimelineEntry }[] = [];
  // site.articles is newest first; counting from the end makes the oldest story 0.
  site.articles.forEach((record, index) => {
    for (const event of record.timeline) rows.push({ order: position.get(event.key)!, story: site.articles.length - 1 - index, record, event });
  });
  // Array.prototype.sort is stable, so a story's own order is kept for events sharing a key.
  rows.sort((a, b) => a.order - b.order || a.story - b.story);

  const lines = rows.map(({ record, event }) => csvRow(urls, event, () => stringify([eventRow(record, event, urls)], CSV_OPTIONS)));
  return stringify([], { ...CSV_OPTIONS, header: true, columns: [...EVENTS_CSV_COLUMNS] }) + lines.join('');
}

const CSV_OPTIONS = {
  record_delimiter: 'windows',
  // Given a record delimiter, csv-stringify stops quoting lone `\n` and `\r` unless told to;
  // a title that spans lines must stay one field.
  quote_record_delimiter: true,
  eof: true,
} as const;

/** A story's own events are its own objects, kept between updates only while its record is. */
const csvRow = keptText<TimelineEntry>();

function eventRow(record: ExportArticle, event: TimelineEntry, urls: ExportUrls): string[] {
  const { date } = event;
  return [
    event.key,
    event.title,
    event.status,
    spanIso(date),
    date.start.iso,
    date.start.precision,
    date.end?.iso ?? '',
    date.end?.precision ?? '',
    dayIso(spanFirst(date)),
    dayIso(spanLast(date)),
    list(event.actors),
    list(event.locations),
    record.entry.id,
    record.summary.title,
    record.summary.published.iso,
    eventUrl(urls, record.entry.id, event.key),
    urls.article(record.entry.id),
  ];
}
