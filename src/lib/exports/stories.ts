/** `/data/stories.json`: every story with its metadata and its own events. */
import type { ExportArticle, ExportSite } from './site';
import type { SpanJson } from './dates';
import { eventFields, type EventItem } from './events';
import { jsonLines } from './json-file';
import { keptText } from './kept-text';
import { eventUrl, type ExportUrls } from './urls';

export const STORIES_SCHEMA_ID = 'dateline.stories/1';

/**
 * A story's own account of an event. Its status is the story's (as of its publication), where
 * events.json has the site's view: an event any story reports as occurred is occurred there.
 */
export type StoryEventItem = Pick<EventItem, 'id' | 'title' | 'status' | 'actor_ids' | 'place_ids' | 'url'> & { readonly date: SpanJson };

export interface StoryItem {
  readonly id: string;
  readonly title: string;
  readonly summary: string | null;
  readonly url: string;
  /** As written: a date `2026-02-20` or a date-time with its offset `2026-02-20T14:05:00+03:00`. */
  readonly published: string;
  readonly updated: string | null;
  readonly source: string;
  readonly author: string | null;
  readonly dateline_id: string;
  /** The story's `actors`, in the editor's order (the first are who it is about). */
  readonly actor_ids: string[];
  /** Its `actors` and then those only its events name. */
  readonly all_actor_ids: string[];
  /** Its `locations` and then those only its events name. */
  readonly place_ids: string[];
  /** Sorted by date. */
  readonly events: StoryEventItem[];
}

export function storyItem(record: ExportArticle, urls: ExportUrls): StoryItem {
  const { entry, summary } = record;
  const { data } = entry;
  return {
    id: entry.id,
    title: summary.title,
    summary: summary.summary ?? null,
    url: urls.article(entry.id),
    published: data.published.iso,
    updated: data.updated?.iso ?? null,
    source: data.source,
    author: data.author ?? null,
    dateline_id: data.dateline,
    actor_ids: record.actors.map((a) => a.id),
    all_actor_ids: record.allActors.map((a) => a.id),
    place_ids: record.locations.map((l) => l.id),
    events: record.timeline.map((event) => ({ ...eventFields(event), url: eventUrl(urls, entry.id, event.key) })),
  };
}

/** Newest first, as the site lists them (equal instants by id). */
export function storiesJson(site: ExportSite, urls: ExportUrls): string {
  // A story's summary is made with its record, and a record is kept only while all it is made from is.
  return jsonLines(STORIES_SCHEMA_ID, site.articles.map((record) => storyLine(urls, record.summary, () => JSON.stringify(storyItem(record, urls)))));
}

const storyLine = keptText<object>();
