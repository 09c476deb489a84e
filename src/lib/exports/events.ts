/** `/data/events.json`: every event of the site, one item per event however many stories report it. */
import type { TimelineEntry } from '../model';
import type { ExportSite } from './site';
import { spanJson, type SpanJson } from './dates';
import { jsonLines } from './json-file';
import { keptText } from './kept-text';
import { eventUrl, type ExportUrls } from './urls';

export const EVENTS_SCHEMA_ID = 'dateline.events/1';

export interface EventItem {
  /** The event's key: its anchor on the story pages, unique across the site. */
  readonly id: string;
  readonly title: string;
  readonly status: TimelineEntry['status'];
  readonly date: SpanJson;
  readonly actor_ids: string[];
  readonly place_ids: string[];
  /** Oldest story first: the first one is the story that first reported it. */
  readonly story_ids: string[];
  /** Its place on the first reporting story's page. */
  readonly url: string;
  /** The date archive page of the day, month or year it starts in. */
  readonly date_url: string;
}

/**
 * One event as the JSON files carry it. The merged site timeline already lists each event's
 * stories oldest first (`mergeTimelines` is given them in that order), which keeps `url` on the
 * same story when newer stories report the event again.
 */
export function eventItem(entry: TimelineEntry, urls: ExportUrls): EventItem {
  return {
    ...eventFields(entry),
    story_ids: entry.articles.map((a) => a.id),
    url: eventUrl(urls, entry.articles[0]!.id, entry.key),
    date_url: urls.date(entry.date.start),
  };
}

/** What every account of an event holds, in stories.json and events.json alike. */
export function eventFields(entry: TimelineEntry) {
  return {
    id: entry.key,
    title: entry.title,
    status: entry.status,
    date: spanJson(entry.date),
    actor_ids: entry.actors.map((a) => a.id),
    place_ids: entry.locations.map((l) => l.id),
  };
}

/** In timeline order: by date, a coarser period before the finer ones it starts with. */
export function eventsJson(site: ExportSite, urls: ExportUrls): string {
  return jsonLines(EVENTS_SCHEMA_ID, site.timeline.map((entry) => eventLine(urls, entry, () => JSON.stringify(eventItem(entry, urls)))));
}

const eventLine = keptText<TimelineEntry>();
