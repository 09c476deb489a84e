/**
 * `/upcoming.ics`: the expected events as an iCalendar (RFC 5545) feed to subscribe to.
 *
 * Written by hand rather than with ical-generator. That library can be made reproducible (a fixed
 * DTSTAMP, fixed UIDs), but it takes all-day dates as JS `Date`s, so a month or a year would be
 * turned into an instant and back (the time-zone trap partial-date.ts exists to avoid), and the
 * exact bytes (property order, header lines, folding) would belong to its version, changing the
 * file on a dependency update. What this feed needs of the format is small: all-day events, text
 * escaping and line folding, below.
 */
import type { PublishedDate } from '../published-date';
import type { ExportSite } from './site';
import { addDays, dayBasic, spanFirst, spanLast } from './dates';
import { upcomingEvents } from './upcoming';
import { eventUrl, type ExportUrls } from './urls';

export const ICS_PRODID = '-//Dateline//Upcoming events//EN';

/** TEXT values (RFC 5545 3.3.11): backslash first, so the escapes added after it stay single. */
export function escapeText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** UTF-8 octets of one code point. */
const octetsOf = (codePoint: number) => (codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4);

/**
 * Folds a content line to 75 octets (RFC 5545 3.1), each continuation starting with a space that
 * counts towards its 75. It splits between code points, never inside a UTF-8 sequence, which
 * would leave a parser with invalid bytes on both lines.
 */
export function foldLine(line: string): string {
  // Most lines are short: no code point can take more than four octets.
  if (line.length * 4 <= 75) return line;
  const out: string[] = [];
  let start = 0;
  let octets = 0;
  for (let i = 0; i < line.length; ) {
    const codePoint = line.codePointAt(i)!;
    const size = octetsOf(codePoint);
    if (octets + size > 75) {
      out.push(line.slice(start, i));
      start = i;
      octets = 1; // the continuation's leading space
    }
    octets += size;
    i += codePoint > 0xffff ? 2 : 1;
  }
  out.push(line.slice(start));
  return out.join('\r\n ');
}

/** `20260220T110500Z`: DTSTAMP must be in UTC. */
function utcStamp(published: PublishedDate): string {
  return new Date(published.epochMs).toISOString().replace(/\.\d{3}Z$/, 'Z').replace(/[-:]/g, '');
}

/**
 * RFC 5545 wants a UID unique in the world and the same across every regeneration, so a client
 * updates the event rather than adding it twice: the first reporting story and the event's key
 * give that, with a fixed domain-like suffix so it cannot collide with another producer's ids.
 */
export function eventUid(storyId: string, key: string): string {
  return `${storyId}.${key}@dateline`;
}

export interface IcsOptions {
  /** X-WR-CALNAME: the name a calendar app gives the subscription. */
  readonly name?: string;
}

export function upcomingIcs(site: ExportSite, urls: ExportUrls, options: IcsOptions = {}): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${ICS_PRODID}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(options.name ?? 'Upcoming events')}`,
  ];
  for (const { event, story } of upcomingEvents(site)) {
    const stories = event.articles.map((summary) => site.articlesById.get(summary.id)!);
    // The newest edit among its stories: it changes when what is known of the event does, and
    // only then, which is what DTSTAMP tells a client (a clock value would change every build).
    const stamp = stories
      .map((record) => record.entry.data.updated ?? record.entry.data.published)
      .reduce((a, b) => (b.epochMs > a.epochMs ? b : a));
    const url = eventUrl(urls, story.id, event.key);
    const description = ['Expected, as reported in:', ...event.articles.map((a) => `${a.title}: ${urls.article(a.id)}`)].join('\n');
    lines.push(
      'BEGIN:VEVENT',
      `UID:${eventUid(story.id, event.key)}`,
      `DTSTAMP:${utcStamp(stamp)}`,
      // All-day: DTEND is the day after the last day the period covers (exclusive).
      `DTSTART;VALUE=DATE:${dayBasic(spanFirst(event.date))}`,
      `DTEND;VALUE=DATE:${dayBasic(addDays(spanLast(event.date), 1))}`,
      `SUMMARY:${escapeText(event.title)}`,
      `DESCRIPTION:${escapeText(description)}`,
      `URL:${url}`,
      // Expected is not certain, and an all-day news event should not block anyone's day.
      'STATUS:TENTATIVE',
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
