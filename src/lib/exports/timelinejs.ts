/**
 * Knight Lab TimelineJS data (https://timeline.knightlab.com/docs/json-format.html), to embed a
 * site's or a story's timeline elsewhere. TimelineJS renders `headline` and `text` as HTML, so
 * every piece of content in them is escaped here.
 */
import type { ExportArticle, ExportSite } from './site';
import { formatDateSpan } from '../format';
import type { TimelineEntry } from '../model';
import type { PartialDate } from '../partial-date';
import { keptText } from './kept-text';
import { eventUrl, type ExportUrls } from './urls';

/** TimelineJS reads only the fields a date has: a month-precision date leaves out `day`, and it shows "June 2025". */
export interface TimelineJsDate {
  readonly year: number;
  readonly month?: number;
  readonly day?: number;
}

export interface TimelineJsText {
  readonly headline: string;
  readonly text: string;
}

export interface TimelineJsEvent {
  readonly start_date: TimelineJsDate;
  readonly end_date?: TimelineJsDate;
  readonly text: TimelineJsText;
  readonly display_date: string;
  readonly unique_id: string;
}

export interface TimelineJs {
  readonly title: { readonly text: TimelineJsText };
  readonly events: TimelineJsEvent[];
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function link(href: string, label: string): string {
  return `<a href="${escapeHtml(href)}">${escapeHtml(label)}</a>`;
}

function timelineDate(date: PartialDate): TimelineJsDate {
  if (date.precision === 'year') return { year: date.year };
  if (date.precision === 'month') return { year: date.year, month: date.month! };
  return { year: date.year, month: date.month!, day: date.day! };
}

/** The event's people and places, linked to their pages, and (on the site timeline) its stories. */
function eventText(entry: TimelineEntry, urls: ExportUrls, stories: boolean): string {
  const parts: string[] = [];
  if (entry.status === 'expected') parts.push('<p><em>Expected</em></p>');
  if (entry.actors.length) parts.push(`<p>${entry.actors.map((a) => link(urls.actor(a.id), a.data.name)).join(', ')}</p>`);
  if (entry.locations.length) parts.push(`<p>${entry.locations.map((l) => link(urls.location(l.id), l.data.name)).join(', ')}</p>`);
  if (stories) parts.push(`<p>${entry.articles.map((a) => link(eventUrl(urls, a.id, entry.key), a.title)).join('<br>')}</p>`);
  return parts.join('');
}

/**
 * TimelineJS uses `unique_id` as the page's URL hash and needs it unique; site keys are, but one
 * story may list the same date and title twice.
 */
function uniqueIds(): (key: string) => string {
  const seen = new Map<string, number>();
  return (key) => {
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    return n === 1 ? key : `${key}-${n}`;
  };
}

/**
 * The events, one JSON object a line. An event's text is kept with the event object, apart from
 * its `unique_id`, which depends on the events before it.
 */
function events(entries: readonly TimelineEntry[], urls: ExportUrls, stories: boolean): string[] {
  const unique = uniqueIds();
  const kept = stories ? siteEvent : storyEvent;
  return entries.map((entry) => {
    const rest = kept(urls, entry, () =>
      JSON.stringify({
        start_date: timelineDate(entry.date.start),
        ...(entry.date.end ? { end_date: timelineDate(entry.date.end) } : {}),
        text: { headline: escapeHtml(entry.title), text: eventText(entry, urls, stories) },
        // TimelineJS would print `2025-06-01` style dates from the fields; the site's own form keeps the precision visible.
        display_date: formatDateSpan(entry.date),
      }),
    );
    return `{"unique_id":${JSON.stringify(unique(entry.key))},${rest.slice(1)}`;
  });
}

const siteEvent = keptText<TimelineEntry>();
const storyEvent = keptText<TimelineEntry>();

function file(title: TimelineJs['title'], lines: readonly string[]): string {
  return `{"title":${JSON.stringify(title)},"events":[${lines.length ? `\n${lines.join(',\n')}\n` : ''}]}\n`;
}

export interface TimelineJsTitle {
  /** Plain text, escaped here. */
  readonly headline?: string;
  readonly text?: string;
}

/**
 * The whole site's timeline. TimelineJS slows down past a few hundred events; a site that large
 * is better embedded story by story (`storyTimelineJs`).
 */
export function timelineJs(site: ExportSite, urls: ExportUrls, title: TimelineJsTitle = {}): string {
  return file({ text: { headline: escapeHtml(title.headline ?? 'Timeline'), text: escapeHtml(title.text ?? '') } }, events(site.timeline, urls, true));
}

/** One story's timeline, under its headline and standfirst, linking back to the story. */
export function storyTimelineJs(record: ExportArticle, urls: ExportUrls): string {
  const { summary } = record;
  const standfirst = summary.summary ? `<p>${escapeHtml(summary.summary)}</p>` : '';
  return file(
    { text: { headline: escapeHtml(summary.title), text: `${standfirst}<p>${link(urls.article(summary.id), `Read the story (${summary.source})`)}</p>` } },
    events(record.timeline, urls, false),
  );
}
