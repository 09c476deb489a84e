/**
 * /upcoming.ics, read back by a real iCalendar parser (ical.js): one all-day event per expected
 * event, dated at its precision, with UIDs and stamps that come from the content alone.
 */
import ICAL from 'ical.js';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { eventUid, ICS_PRODID, upcomingIcs, type ExportUrls } from '../../src/lib/exports';
import { escapeText, foldLine } from '../../src/lib/exports/ics';
import { createPaths } from '../../src/lib/paths';
import { buildSiteIndex } from '../../src/lib/site-index';
import { loadContentFolder } from '../../src/node/content-files';
import { actor, article, location } from '../helpers/content';

const paths = createPaths('/');
const urls: ExportUrls = {
  article: (id) => `https://news.example${paths.article(id)}`,
  actor: (id) => `https://news.example${paths.actor(id)}`,
  location: (id) => `https://news.example${paths.location(id)}`,
  date: (d) => `https://news.example${paths.date(d)}`,
};

const TRICKY = 'Vote on the budget, maybe; "final" — Ümit’s call \\ or not';
const LONG = 'Çok uzun bir başlık: the parliament’s ünïcödé-laden session, which runs long enough to be folded twice over 75 octets';

function site(order: 'as-written' | 'reversed' = 'as-written') {
  const articles = [
    article('alpha', {
      published: '2026-03-01T09:15:00+03:00',
      events: [
        { date: '2026-03-10', title: TRICKY, status: 'expected' },
        { date: '2026-04', title: 'Deadline in April', status: 'expected' },
        { date: 2026, title: 'Sometime this year', status: 'expected' },
        { date: { start: '2026-12-30', end: '2027-01-02' }, title: 'Talks over the new year', status: 'expected' },
        { date: { start: '2026-11', end: '2027-02' }, title: 'A winter of talks', status: 'expected' },
        { date: '2028-02', title: LONG, status: 'expected' },
        { date: '2026-03-02', title: 'Ceasefire takes effect', status: 'expected' },
        { date: '2026-02-27', title: 'Already happened' },
      ],
    }),
    article('beta', {
      published: '2026-03-05',
      updated: '2026-03-06T23:30:00-05:00',
      events: [
        { date: '2026-03-10', title: TRICKY, status: 'expected' },
        { date: '2026-03-02', title: 'Ceasefire takes effect' },
      ],
    }),
  ];
  return buildSiteIndex({
    articles: order === 'reversed' ? articles.reverse() : articles,
    actors: [actor('sergey-lavrov')],
    locations: [location('istanbul')],
  });
}

const text = upcomingIcs(site(), urls);
const calendar = new ICAL.Component(ICAL.parse(text));
const vevents = calendar.getAllSubcomponents('vevent');
const events = vevents.map((vevent) => ({
  event: new ICAL.Event(vevent),
  url: String(vevent.getFirstPropertyValue('url')),
  stamp: String(vevent.getFirstPropertyValue('dtstamp')),
}));
const keyOf = (title: string) => site().timeline.find((e) => e.title === title)!.key;

describe('upcoming.ics', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('is a calendar with a fixed PRODID and one event per expected event', () => {
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('prodid')).toBe(ICS_PRODID);
    // In date order; not the occurred one, nor the one a later story reports as done; the shared one once.
    expect(events.map(({ event }) => event.summary)).toEqual([
      'Sometime this year',
      TRICKY,
      'Deadline in April',
      'A winter of talks',
      'Talks over the new year',
      LONG,
    ]);
  });

  it.each([
    [TRICKY, '2026-03-10', '2026-03-11'],
    ['Deadline in April', '2026-04-01', '2026-05-01'],
    ['Sometime this year', '2026-01-01', '2027-01-01'],
    ['Talks over the new year', '2026-12-30', '2027-01-03'],
    ['A winter of talks', '2026-11-01', '2027-03-01'],
    [LONG, '2028-02-01', '2028-03-01'],
  ])('dates “%s” all day from %s to %s (exclusive)', (title, start, end) => {
    const found = events.find(({ event }) => event.summary === title);
    expect(found, title).toBeDefined();
    const { event, url } = found!;
    expect(event.startDate.isDate).toBe(true);
    expect(event.endDate.isDate).toBe(true);
    expect(event.startDate.toString()).toBe(start);
    expect(event.endDate.toString()).toBe(end);
    expect(event.uid).toBe(`alpha.${keyOf(title)}@dateline`);
    expect(url).toBe(`https://news.example/articles/alpha/#${encodeURIComponent(keyOf(title))}`);
    expect(event.description).toContain('https://news.example/articles/alpha/');
  });

  it('keeps commas, semicolons, quotes, backslashes and non-ASCII in a summary', () => {
    expect(text).toContain('SUMMARY:Vote on the budget\\, maybe\\; "final" — Ümit’s call \\\\ or not\r\n');
    expect(events[1]!.event.summary).toBe(TRICKY);
  });

  it('describes a shared event with every story, stamped with the newest edit among them', () => {
    const shared = events.find(({ event }) => event.summary === TRICKY)!;
    expect(shared.event.description).toBe(
      `Expected, as reported in:\nStory alpha: https://news.example/articles/alpha/\nStory beta: https://news.example/articles/beta/`,
    );
    // beta's `updated`, 23:30 at UTC-5, in UTC.
    expect(shared.stamp).toBe('2026-03-07T04:30:00Z');
    expect(text).toContain('DTSTAMP:20260307T043000Z\r\n');
    // alpha alone: its `published`, 09:15 at UTC+3.
    expect(events.find(({ event }) => event.summary === 'Deadline in April')!.stamp).toBe('2026-03-01T06:15:00Z');
  });

  it('ends every line in CRLF and folds lines longer than 75 octets', () => {
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text).not.toMatch(/[^\r]\n/);
    const lines = text.split('\r\n').slice(0, -1);
    for (const line of lines) expect(Buffer.byteLength(line, 'utf8'), line).toBeLessThanOrEqual(75);
    expect(lines.filter((line) => line.startsWith(' ')).length).toBeGreaterThanOrEqual(2);
    expect(events.find(({ event }) => event.summary === LONG)).toBeDefined();
  });

  it('is the same bytes whatever the clock says and whatever order the content came in', () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2031-07-04T12:00:00Z'));
    expect(upcomingIcs(site('reversed'), urls)).toBe(text);
    expect(text).not.toContain('2031');
  });

  it('has the demo story’s one expected event: 1 March 2026, stamped with the story’s date', () => {
    const demo = buildSiteIndex(loadContentFolder('content'));
    const ics = upcomingIcs(demo, urls);
    const [vevent, ...rest] = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent');
    expect(rest).toHaveLength(0);
    const event = new ICAL.Event(vevent!);
    expect(event.summary).toBe('End of the roughly 10-day window Trump gave for clarity on a deal with Iran.');
    expect(event.startDate.toString()).toBe('2026-03-01');
    expect(event.endDate.toString()).toBe('2026-03-02');
    expect(event.uid).toBe(eventUid('2026-02-20-lavrov-araghchi-call', demo.timeline.find((e) => e.status === 'expected')!.key));
    expect(ics).toContain('DTSTAMP:20260220T000000Z\r\n');
  });

  it('writes an empty calendar for a site with nothing expected', () => {
    const empty = new ICAL.Component(ICAL.parse(upcomingIcs(buildSiteIndex({ articles: [], actors: [], locations: [] }), urls)));
    expect(empty.getAllSubcomponents('vevent')).toHaveLength(0);
  });
});

describe('iCalendar text', () => {
  it('escapes backslash, semicolon, comma and line breaks', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
  });

  it('folds at 75 octets without splitting a character', () => {
    const line = `SUMMARY:${'é'.repeat(60)}${'😀'.repeat(20)}`;
    const folded = foldLine(line);
    for (const part of folded.split('\r\n')) expect(Buffer.byteLength(part, 'utf8')).toBeLessThanOrEqual(75);
    expect(folded.split('\r\n').slice(1).every((part) => part.startsWith(' '))).toBe(true);
    expect(folded.replace(/\r\n /g, '')).toBe(line);
    expect(foldLine('SHORT:line')).toBe('SHORT:line');
  });
});
