/**
 * The data exports (src/lib/exports): the JSON files against their JSON Schemas, the CSV read back
 * by a real parser, TimelineJS data, and the "upcoming" helpers, on the demo content and on a small
 * site made to hold the awkward cases (quotes, commas, line breaks and non-ASCII in titles; month,
 * year and range dates; one event reported by two stories, once as occurred).
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import {
  ACTORS_SCHEMA,
  actorsJson,
  EVENTS_CSV_COLUMNS,
  EVENTS_SCHEMA,
  eventsCsv,
  eventsJson,
  isOverdue,
  referenceDate,
  schemaFile,
  STORIES_SCHEMA,
  storiesJson,
  storyTimelineJs,
  timelineJs,
  upcomingEvents,
  type ActorItem,
  type EventItem,
  type ExportUrls,
  type StoryItem,
  type TimelineJs,
} from '../../src/lib/exports';
import { createPaths } from '../../src/lib/paths';
import { dayDate, monthDate, parsePartialDate } from '../../src/lib/partial-date';
import { buildSiteIndex, rememberArticleRecords } from '../../src/lib/site-index';
import { loadContentFolder } from '../../src/node/content-files';
import { ACTOR_KINDS } from '../../src/schemas/actor';
import { actor, article, location } from '../helpers/content';

function absoluteUrls(origin: string, base: string): ExportUrls {
  const paths = createPaths(base);
  return {
    article: (id) => `${origin}${paths.article(id)}`,
    actor: (id) => `${origin}${paths.actor(id)}`,
    location: (id) => `${origin}${paths.location(id)}`,
    date: (d) => `${origin}${paths.date(d)}`,
  };
}

const urls = absoluteUrls('https://news.example', '/news/');

const demo = buildSiteIndex(loadContentFolder('content'));

const TRICKY_TITLE = 'Parliament votes on the "deal", maybe; or not, says Ömer Çelik — “soon”';
const MULTILINE_TITLE = 'First line of the title\nsecond line, with a comma';

/** Two stories; `older` expects several things, `newer` reports one of them as done. */
function edgeSite() {
  return buildSiteIndex({
    actors: [
      actor('omer-celik', { name: 'Ömer Çelik', role: 'AK Party spokesman', country: 'turkiye', wikidata: 'Q6083347' }),
      actor('sergey-lavrov'),
      actor('iran', { kind: 'state', aliases: ['Tehran'] }),
      actor('nobody-yet'),
    ],
    locations: [location('istanbul'), location('geneva'), location('turkiye', { kind: 'country', country: 'TR' })],
    articles: [
      article('older', {
        title: 'Talks, "round two" & <more>',
        summary: 'A standfirst with <b>markup</b> & an ampersand.',
        published: '2026-01-10T08:30:00+03:00',
        author: 'A. Writer',
        actors: ['omer-celik', 'sergey-lavrov'],
        locations: ['turkiye'],
        events: [
          { date: '2026-03', title: TRICKY_TITLE, actors: ['omer-celik'], locations: ['turkiye'], status: 'expected' },
          { date: 2027, title: 'General elections in Türkiye', locations: ['turkiye'], status: 'expected' },
          { date: { start: '2026-02-27', end: '2026-03-02' }, title: 'Summit in Geneva', locations: ['geneva'], status: 'expected' },
          { date: { start: '2026-02', end: '2027' }, title: 'A month-to-year range', status: 'expected' },
          { date: '2026-02-01', title: 'Shared deadline', actors: ['iran'], status: 'expected' },
          { date: '2026-01-20', title: 'Ceasefire takes effect', status: 'expected' },
          { date: '2026-01-09', title: MULTILINE_TITLE, actors: ['sergey-lavrov'] },
        ],
      }),
      article('newer', {
        title: 'Ceasefire holds',
        published: '2026-02-15',
        updated: '2026-02-16T13:00:00+03:00',
        dateline: 'geneva',
        actors: ['iran'],
        events: [
          { date: '2026-02-01', title: 'Shared deadline', actors: ['sergey-lavrov'], status: 'expected' },
          { date: '2026-01-20', title: 'Ceasefire takes effect' },
          { date: '2025-12-31', title: 'Päivä: “quoted”, ‘single’ and "double"' },
        ],
      }),
    ],
  });
}

const edge = edgeSite();

function parseJson<T>(text: string): { schema: string; count: number; items: T[] } {
  return JSON.parse(text);
}

// ajv-formats is CommonJS; under ESM its plugin is the default export's default.
const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule) as unknown as (ajv: Ajv2020) => void;
const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats(ajv);
const validators = {
  stories: ajv.compile(STORIES_SCHEMA),
  events: ajv.compile(EVENTS_SCHEMA),
  actors: ajv.compile(ACTORS_SCHEMA),
};
const writers = { stories: storiesJson, events: eventsJson, actors: actorsJson };

describe.each([
  ['demo content', demo],
  ['edge cases', edge],
])('JSON files on the %s', (_, site) => {
  it.each(Object.keys(writers) as (keyof typeof writers)[])('%s.json validates against its schema', (name) => {
    const text = writers[name](site, urls);
    const validate = validators[name];
    expect(validate(JSON.parse(text)), ajv.errorsText(validate.errors)).toBe(true);
    expect(text.endsWith(']}\n')).toBe(true);
    const data = parseJson<unknown>(text);
    expect(data.schema).toBe(`dateline.${name}/1`);
    expect(data.count).toBe(data.items.length);
    expect(data.items.length).toBeGreaterThan(0);
  });

  it('links only to absolute URLs', () => {
    const all = Object.values(writers).map((write) => write(site, urls)).join('\n');
    const links = [...all.matchAll(/"(?:url|date_url)":"([^"]*)"/g)].map((m) => m[1]!);
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) expect(link).toMatch(/^https:\/\/news\.example\/news\/\S+$/);
  });
});

describe('the JSON files', () => {
  it('are the same whatever order the content came in', () => {
    const reversed = edgeSite();
    const shuffled = buildSiteIndex({
      articles: [...reversed.articles].reverse().map((r) => r.entry),
      actors: [...reversed.actors.values()].reverse().map((p) => p.actor),
      locations: [...reversed.locations.values()].reverse().map((p) => p.location),
    });
    for (const write of Object.values(writers)) expect(write(shuffled, urls)).toBe(write(edge, urls));
    expect(eventsCsv(shuffled, urls)).toBe(eventsCsv(edge, urls));
    expect(timelineJs(shuffled, urls)).toBe(timelineJs(edge, urls));
  });

  it('are one item per line inside a one-line envelope', () => {
    const lines = storiesJson(edge, urls).split('\n');
    expect(lines[0]).toBe('{"schema":"dateline.stories/1","count":2,"items":[');
    expect(lines.slice(1, -2).every((line) => line.startsWith('{"id":'))).toBe(true);
    expect(lines.at(-2)).toBe(']}');
    expect(lines.at(-1)).toBe('');
  });

  it('write an empty site as an empty list', () => {
    const empty = buildSiteIndex({ articles: [], actors: [], locations: [] });
    expect(eventsJson(empty, urls)).toBe('{"schema":"dateline.events/1","count":0,"items":[]}\n');
    expect(validators.stories(JSON.parse(storiesJson(empty, urls)))).toBe(true);
  });

  it('publish their schemas as JSON text', () => {
    expect(JSON.parse(schemaFile(EVENTS_SCHEMA))).toEqual(EVENTS_SCHEMA);
    expect(ACTORS_SCHEMA).toMatchObject({ properties: { items: { items: { properties: { kind: { enum: [...ACTOR_KINDS] } } } } } });
  });
});

describe('stories.json', () => {
  const items = parseJson<StoryItem>(storiesJson(edge, urls)).items;

  it('lists the stories newest first, each field in a fixed order', () => {
    expect(items.map((s) => s.id)).toEqual(['newer', 'older']);
    expect(Object.keys(items[1]!)).toEqual([
      'id', 'title', 'summary', 'url', 'published', 'updated', 'source', 'author', 'dateline_id', 'actor_ids', 'all_actor_ids', 'place_ids', 'events',
    ]);
  });

  it('keeps the publication instants as written, and nulls for what a story leaves out', () => {
    const [newer, older] = items;
    expect(older).toMatchObject({
      title: 'Talks, "round two" & <more>',
      url: 'https://news.example/news/articles/older/',
      published: '2026-01-10T08:30:00+03:00',
      updated: null,
      author: 'A. Writer',
      dateline_id: 'istanbul',
      actor_ids: ['omer-celik', 'sergey-lavrov'],
      all_actor_ids: ['omer-celik', 'sergey-lavrov', 'iran'],
      place_ids: ['turkiye', 'geneva'],
    });
    expect(newer).toMatchObject({ summary: null, author: null, updated: '2026-02-16T13:00:00+03:00', dateline_id: 'geneva' });
  });

  it('carries each story’s own events, with the story’s own status', () => {
    const newer = items[0]!;
    expect(newer.events.map((e) => [e.date.iso, e.status])).toEqual([
      ['2025-12-31', 'occurred'],
      ['2026-01-20', 'occurred'],
      ['2026-02-01', 'expected'],
    ]);
    expect(newer.events[2]!.url).toBe('https://news.example/news/articles/newer/#2026-02-01-shared-deadline');
    expect(items[1]!.events.find((e) => e.title === 'Ceasefire takes effect')!.status).toBe('expected');
  });

  it('has the demo story with its nine events', () => {
    const [story] = parseJson<StoryItem>(storiesJson(demo, urls)).items;
    expect(story).toMatchObject({ id: '2026-02-20-lavrov-araghchi-call', published: '2026-02-20', source: 'Anadolu Agency', dateline_id: 'istanbul' });
    expect(story!.events).toHaveLength(9);
    expect(story!.events[0]!.date).toEqual({ iso: '2025-06', start: { iso: '2025-06', precision: 'month' }, end: null, first_day: '2025-06-01', last_day: '2025-06-30' });
  });
});

describe('events.json', () => {
  const items = parseJson<EventItem>(eventsJson(edge, urls)).items;
  const byTitle = (title: string) => items.find((e) => e.title === title)!;

  it('lists each event once, in timeline order, with every story that reports it', () => {
    expect(items.map((e) => e.date.iso)).toEqual([
      '2025-12-31',
      '2026-01-09',
      '2026-01-20',
      '2026-02/2027',
      '2026-02-01',
      '2026-02-27/2026-03-02',
      '2026-03',
      '2027',
    ]);
    expect(byTitle('Shared deadline')).toMatchObject({
      story_ids: ['older', 'newer'],
      actor_ids: ['iran', 'sergey-lavrov'],
      status: 'expected',
      url: 'https://news.example/news/articles/older/#2026-02-01-shared-deadline',
      date_url: 'https://news.example/news/dates/2026/02/01/',
    });
    // A later report of it having happened wins.
    expect(byTitle('Ceasefire takes effect').status).toBe('occurred');
  });

  it('gives each date at its precision, with the first and last days it covers', () => {
    expect(byTitle(TRICKY_TITLE).date).toEqual({ iso: '2026-03', start: { iso: '2026-03', precision: 'month' }, end: null, first_day: '2026-03-01', last_day: '2026-03-31' });
    expect(byTitle('General elections in Türkiye').date).toMatchObject({ iso: '2027', start: { precision: 'year' }, first_day: '2027-01-01', last_day: '2027-12-31' });
    expect(byTitle('A month-to-year range').date).toEqual({
      iso: '2026-02/2027',
      start: { iso: '2026-02', precision: 'month' },
      end: { iso: '2027', precision: 'year' },
      first_day: '2026-02-01',
      last_day: '2027-12-31',
    });
    expect(byTitle('Summit in Geneva').date_url).toBe('https://news.example/news/dates/2026/02/27/');
  });

  it('keeps titles exactly, and percent-encodes non-ASCII anchors', () => {
    expect(byTitle(MULTILINE_TITLE).title).toBe(MULTILINE_TITLE);
    const finnish = items[0]!;
    expect(finnish.title).toBe('Päivä: “quoted”, ‘single’ and "double"');
    expect(finnish.url).toBe(`https://news.example/news/articles/newer/#${encodeURIComponent(finnish.id)}`);
    expect(finnish.url).toMatch(/^[\x21-\x7e]+$/);
  });
});

describe('actors.json', () => {
  const items = parseJson<ActorItem>(actorsJson(edge, urls)).items;

  it('lists every actor by id, named in a story or not', () => {
    expect(items.map((a) => a.id)).toEqual(['iran', 'nobody-yet', 'omer-celik', 'sergey-lavrov']);
    expect(items[1]).toMatchObject({ story_ids: [], event_ids: [], role: null, wikidata: null, country_id: null });
  });

  it('links each actor to their stories and events', () => {
    expect(items.find((a) => a.id === 'omer-celik')).toEqual({
      id: 'omer-celik',
      name: 'Ömer Çelik',
      kind: 'person',
      role: 'AK Party spokesman',
      country_id: 'turkiye',
      aliases: [],
      wikidata: 'Q6083347',
      url: 'https://news.example/news/actors/omer-celik/',
      story_ids: ['older'],
      event_ids: [parseJson<EventItem>(eventsJson(edge, urls)).items.find((e) => e.title === TRICKY_TITLE)!.id],
    });
    expect(items[0]).toMatchObject({ kind: 'state', aliases: ['Tehran'], story_ids: ['newer', 'older'] });
  });

  it('has the 13 demo actors', () => {
    expect(parseJson<ActorItem>(actorsJson(demo, urls)).count).toBe(13);
  });
});

describe('events.csv', () => {
  const text = eventsCsv(edge, urls);
  const rows: Record<string, string>[] = parse(text, { columns: true, record_delimiter: '\r\n' });

  it('is RFC 4180: a header, CRLF after every record, quotes doubled in quoted fields', () => {
    expect(text.startsWith(`${EVENTS_CSV_COLUMNS.join(',')}\r\n`)).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text).toContain('"Talks, ""round two"" & <more>"');
    // The only bare LF is the one inside the quoted two-line title.
    expect(text.match(/(?<!\r)\n/g)).toHaveLength(1);
    expect(text).toContain(`"${MULTILINE_TITLE.replace(/"/g, '""')}"`);
  });

  it('reads back as one row per event per story, every title intact', () => {
    const perStory = edge.articles.reduce((n, r) => n + r.timeline.length, 0);
    expect(rows).toHaveLength(perStory);
    expect(Object.keys(rows[0]!)).toEqual([...EVENTS_CSV_COLUMNS]);
    expect(rows.map((r) => r.event_title)).toEqual(expect.arrayContaining([TRICKY_TITLE, MULTILINE_TITLE, 'Päivä: “quoted”, ‘single’ and "double"']));
    expect(rows.filter((r) => r.story_id === 'older').every((r) => r.story_title === 'Talks, "round two" & <more>')).toBe(true);
  });

  it('puts the stories of a shared event together, oldest first, each with its own status and actors', () => {
    const shared = rows.filter((r) => r.event_title === 'Shared deadline');
    expect(shared.map((r) => [r.story_id, r.status, r.actor_ids])).toEqual([
      ['older', 'expected', 'iran'],
      ['newer', 'expected', 'sergey-lavrov'],
    ]);
    expect(rows.indexOf(shared[1]!) - rows.indexOf(shared[0]!)).toBe(1);
    const ceasefire = rows.filter((r) => r.event_title === 'Ceasefire takes effect').map((r) => r.status);
    expect(ceasefire).toEqual(['expected', 'occurred']);
  });

  it('spells out dates and precisions', () => {
    const range = rows.find((r) => r.event_title === 'A month-to-year range')!;
    expect(range).toMatchObject({ date: '2026-02/2027', start: '2026-02', start_precision: 'month', end: '2027', end_precision: 'year', first_day: '2026-02-01', last_day: '2027-12-31' });
    const tricky = rows.find((r) => r.event_title === TRICKY_TITLE)!;
    expect(tricky).toMatchObject({ end: '', end_precision: '', place_ids: 'turkiye', story_published: '2026-01-10T08:30:00+03:00', story_url: 'https://news.example/news/articles/older/' });
  });

  it('has a row for each of the demo story’s events', () => {
    const demoRows: string[][] = parse(eventsCsv(demo, urls));
    expect(demoRows).toHaveLength(1 + 9);
    expect(demoRows[1]!.slice(3, 6)).toEqual(['2025-06', '2025-06', 'month']);
  });
});

describe('TimelineJS', () => {
  const site: TimelineJs = JSON.parse(timelineJs(edge, urls, { headline: 'All the "news"' }));
  const event = (title: RegExp) => site.events.find((e) => title.test(e.text.headline))!;

  it('gives months and days only at the date’s precision', () => {
    expect(event(/^Parliament/).start_date).toEqual({ year: 2026, month: 3 });
    expect(event(/^General elections/).start_date).toEqual({ year: 2027 });
    expect(event(/^Summit/)).toMatchObject({ start_date: { year: 2026, month: 2, day: 27 }, end_date: { year: 2026, month: 3, day: 2 } });
    expect(event(/^A month-to-year/)).toMatchObject({ start_date: { year: 2026, month: 2 }, end_date: { year: 2027 } });
    expect('end_date' in event(/^Parliament/)).toBe(false);
    expect(event(/^Parliament/).display_date).toBe('March 2026');
  });

  it('escapes the content it puts into HTML', () => {
    expect(site.title.text.headline).toBe('All the &#34;news&#34;');
    expect(event(/^Parliament/).text.headline).toBe('Parliament votes on the &#34;deal&#34;, maybe; or not, says Ömer Çelik — “soon”');
    const text = site.events.map((e) => e.text.text).join('');
    const key = edge.timeline.find((e) => e.title === TRICKY_TITLE)!.key;
    expect(key).toMatch(/^2026-03-parliament-votes-on-the-deal-maybe-or-not-says-ömer-çelik-+soon$/);
    expect(text).toContain(`<a href="https://news.example/news/articles/older/#${encodeURIComponent(key)}">`);
    expect(text).toContain('>Talks, &#34;round two&#34; &#38; &#60;more&#62;</a>');
    expect(text).not.toMatch(/<(?!\/?(?:a|p|em|br)\b)/);
  });

  it('marks expected events and lists every story of a shared one', () => {
    expect(event(/^Shared/).text.text).toMatch(/^<p><em>Expected<\/em><\/p>/);
    expect(event(/^Shared/).text.text.match(/articles\/(older|newer)\//g)).toEqual(['articles/older/', 'articles/newer/']);
  });

  it('gives every event a unique id, even a story’s repeated event', () => {
    const ids = site.events.map((e) => e.unique_id);
    expect(new Set(ids).size).toBe(ids.length);
    const twice = buildSiteIndex({
      actors: [actor('sergey-lavrov')],
      locations: [location('istanbul')],
      articles: [article('twice', { events: [{ date: '2026-01-01', title: 'Same.' }, { date: '2026-01-01', title: 'Same' }] })],
    });
    const story: TimelineJs = JSON.parse(storyTimelineJs(twice.articlesById.get('twice')!, urls));
    expect(story.events.map((e) => e.unique_id)).toEqual(['2026-01-01-same', '2026-01-01-same-2']);
  });

  it('embeds one story under its headline', () => {
    const story: TimelineJs = JSON.parse(storyTimelineJs(edge.articlesById.get('older')!, urls));
    expect(story.title.text.headline).toBe('Talks, &#34;round two&#34; &#38; &#60;more&#62;');
    expect(story.title.text.text).toContain('<p>A standfirst with &#60;b&#62;markup&#60;/b&#62; &#38; an ampersand.</p>');
    expect(story.events).toHaveLength(7);
    // The shared event is this story's own, with its own actors only.
    expect(story.events.find((e) => e.text.headline === 'Shared deadline')!.text.text).not.toContain('sergey-lavrov');
  });

  it('has the demo timeline', () => {
    const demoTimeline: TimelineJs = JSON.parse(timelineJs(demo, urls));
    expect(demoTimeline.events).toHaveLength(9);
    expect(demoTimeline.events[0]!.start_date).toEqual({ year: 2025, month: 6 });
    expect(demoTimeline.title.text.headline).toBe('Timeline');
  });
});

describe('upcoming events', () => {
  it('are the events still expected, once each, in date order, with the story that first reported them', () => {
    const upcoming = upcomingEvents(edge);
    expect(upcoming.map(({ event, story }) => [event.date.start.iso, story.id])).toEqual([
      ['2026-02', 'older'],
      ['2026-02-01', 'older'],
      ['2026-02-27', 'older'],
      ['2026-03', 'older'],
      ['2027', 'older'],
    ]);
    expect(upcoming[1]!.event.articles.map((a) => a.id)).toEqual(['older', 'newer']);
  });

  it('are judged against the newest story’s day, not the clock', () => {
    expect(referenceDate(edge)).toEqual(dayDate(2026, 2, 15));
    expect(referenceDate(demo)?.iso).toBe('2026-02-20');
    expect(referenceDate(buildSiteIndex({ articles: [], actors: [], locations: [] }))).toBeUndefined();
    const [demoUpcoming] = upcomingEvents(demo);
    expect(demoUpcoming!.event.date.start.iso).toBe('2026-03-01');
    expect(isOverdue(demoUpcoming!.event, referenceDate(demo)!)).toBe(false);
  });

  it('are overdue only once their whole period has ended', () => {
    const expected = (date: unknown) => ({ status: 'expected' as const, date: { start: parsePartialDate(date) } });
    const reference = dayDate(2026, 4, 1);
    expect(isOverdue(expected('2026-03-31'), reference)).toBe(true);
    expect(isOverdue(expected('2026-04-01'), reference)).toBe(false);
    expect(isOverdue(expected('2026-03'), reference)).toBe(true);
    expect(isOverdue(expected('2026-03'), dayDate(2026, 3, 31))).toBe(false);
    expect(isOverdue(expected('2026'), reference)).toBe(false);
    expect(isOverdue(expected('2026'), dayDate(2027, 1, 1))).toBe(true);
    expect(isOverdue({ status: 'expected', date: { start: dayDate(2026, 3, 1), end: monthDate(2026, 4) } }, reference)).toBe(false);
    expect(isOverdue({ status: 'occurred', date: { start: dayDate(2020, 1, 1) } }, reference)).toBe(false);
    // The shared deadline of 1 February is overdue by the newer story of 15 February.
    expect(upcomingEvents(edge).filter(({ event }) => isOverdue(event, referenceDate(edge)!)).map(({ event }) => event.title)).toEqual(['Shared deadline']);
  });
});

describe('a data file written again after an edit (npm run build -- --watch)', () => {
  it('equals the file made from nothing, though the unchanged stories’ text is kept from the last update', () => {
    const input = edgeSite();
    const { actors, locations } = { actors: input.actors, locations: input.locations };
    const entries = { actors: [...actors.values()].map((p) => p.actor), locations: [...locations.values()].map((p) => p.location) };
    const records = rememberArticleRecords();
    const stories = input.articles.map((record) => record.entry);
    const first = buildSiteIndex({ articles: stories, ...entries }, undefined, records);
    const files = (site: typeof first) => [storiesJson(site, urls), eventsJson(site, urls), actorsJson(site, urls), eventsCsv(site, urls), timelineJs(site, urls)];
    files(first);
    // The newer story gets a new title and its event a new date; the older one is untouched.
    const newer = stories.find((entry) => entry.id === 'newer')!;
    const edited = { ...newer, data: { ...newer.data, title: 'Ceasefire holds, for now', events: newer.data.events.map((e, i) => (i === 0 ? { ...e, date: { start: dayDate(2026, 2, 3) } } : e)) } };
    const after = stories.map((entry) => (entry === newer ? edited : entry));
    const second = buildSiteIndex({ articles: after, ...entries }, undefined, records, first);
    const fresh = buildSiteIndex({ articles: after.map((entry) => ({ ...entry })), ...entries });
    expect(files(second)).toEqual(files(fresh));
    expect(storiesJson(second, urls)).toContain('Ceasefire holds, for now');
    expect(storiesJson(second, urls)).not.toBe(storiesJson(first, urls));
  });
});
