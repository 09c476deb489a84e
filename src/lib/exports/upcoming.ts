/**
 * What the content expects to happen: the /upcoming/ page and /upcoming.ics. "Upcoming" is
 * judged against the content's own today (the newest story), never the machine's clock, so a
 * build of the same content is the same page whenever and wherever it runs.
 */
import type { ArticleSummary, TimelineEntry } from '../model';
import type { PartialDate } from '../partial-date';
import type { ExportSite } from './site';
import { isBefore } from 'date-fns/isBefore';
import { firstDayOf, spanLast } from './dates';

export interface UpcomingEvent {
  /** The merged event: `articles` lists every story reporting it, oldest first. */
  readonly event: TimelineEntry;
  /** The first story to report it, whose page and id anchor its link and calendar UID. */
  readonly story: ArticleSummary;
}

/**
 * Every event still expected, in timeline order. From the merged timeline: once any story reports
 * an event as occurred, it is no longer upcoming, and an event two stories expect is listed once.
 */
export function upcomingEvents(site: ExportSite): UpcomingEvent[] {
  return site.timeline.filter((event) => event.status === 'expected').map((event) => ({ event, story: event.articles[0]! }));
}

/** The content's "today": the day the newest story was published (in its own offset), or undefined for a site with no stories. */
export function referenceDate(site: ExportSite): PartialDate | undefined {
  return site.articles[0]?.summary.published.date;
}

/**
 * Whether an expected event's whole period ended before the reference day: "by March" is not
 * overdue until April. Occurred events are never overdue.
 */
export function isOverdue(event: Pick<TimelineEntry, 'date' | 'status'>, reference: PartialDate): boolean {
  return event.status === 'expected' && isBefore(spanLast(event.date), firstDayOf(reference));
}
