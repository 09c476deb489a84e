/** The actor, location and date indexes, built through buildSiteIndex from small stories. */
import { describe, expect, it } from 'vitest';
import { groupActorsByKind, rankActors } from '../../src/lib/actor-index';
import { MAX_RANGE_DAYS, MAX_RANGE_MONTHS, MAX_RANGE_YEARS, periodAt, splitByPrecision } from '../../src/lib/date-archive';
import { buildSiteIndex, rememberArticleRecords } from '../../src/lib/site-index';
import { sitePages } from '../../src/lib/site-pages';
import { actor, article, location } from '../helpers/content';

const actors = [
  actor('sergey-lavrov'),
  actor('abbas-araghchi'),
  actor('donald-trump'),
  actor('iran', { kind: 'state' }),
  actor('kremlin', { kind: 'government' }),
];
const locations = [
  location('istanbul', { country: 'TR' }),
  location('geneva', { country: 'CH' }),
  location('switzerland', { kind: 'country', country: 'CH' }),
  location('muscat', { country: 'OM' }),
];
const articles = [
  article('call', {
    published: '2026-02-20',
    actors: ['sergey-lavrov', 'abbas-araghchi', 'iran'],
    locations: ['geneva'],
    events: [
      { date: '2026-02-20', title: 'Lavrov and Araghchi talk by phone.', actors: ['sergey-lavrov', 'abbas-araghchi'] },
      { date: '2026-02-17', title: 'Second round ends in Geneva.', actors: ['iran', 'donald-trump'], locations: ['geneva'] },
      { date: '2025-06', title: 'The 12-day war.', actors: ['iran'] },
    ],
  }),
  article('geneva-round', {
    published: '2026-02-18T09:00:00+01:00',
    dateline: 'geneva',
    actors: ['abbas-araghchi', 'iran'],
    events: [
      { date: '2026-02-17', title: 'Second round ends in Geneva', actors: ['abbas-araghchi', 'iran'], locations: ['geneva'] },
      { date: { start: '2026-02-19', end: '2026-03-01' }, title: 'Ten-day window.', actors: ['donald-trump'], status: 'expected' },
      { date: { start: '2025-12-01', end: '2026-02-28' }, title: 'A long buildup.', actors: ['donald-trump'] },
    ],
  }),
];
const site = buildSiteIndex({ articles, actors, locations });

describe('articles', () => {
  it('are newest first, each with its own sorted timeline and everyone its events name', () => {
    expect(site.articles.map((a) => a.entry.id)).toEqual(['call', 'geneva-round']);
    const call = site.articlesById.get('call')!;
    expect(call.timeline.map((e) => e.date.start.iso)).toEqual(['2025-06', '2026-02-17', '2026-02-20']);
    expect(call.actors.map((a) => a.id)).toEqual(['sergey-lavrov', 'abbas-araghchi', 'iran']);
    expect(call.allActors.map((a) => a.id)).toEqual(['sergey-lavrov', 'abbas-araghchi', 'iran', 'donald-trump']);
    expect(call.locations.map((l) => l.id)).toEqual(['geneva']);
  });
});

describe('site timeline', () => {
  it('merges the event both stories report and keeps every other one, in order', () => {
    expect(site.timeline.map((e) => [e.date.start.iso, e.articles.map((a) => a.id).join('+')])).toEqual([
      ['2025-06', 'call'],
      ['2025-12-01', 'geneva-round'],
      ['2026-02-17', 'geneva-round+call'],
      ['2026-02-19', 'geneva-round'],
      ['2026-02-20', 'call'],
    ]);
    // The older story reported it first: its wording leads, the newer story's actors are added.
    expect(site.timeline[2]!.title).toBe('Second round ends in Geneva');
    expect(site.timeline[2]!.actors.map((a) => a.id)).toEqual(['abbas-araghchi', 'iran', 'donald-trump']);
  });
});

describe('actor index', () => {
  it('lists the stories and events of each actor, newest story first', () => {
    const araghchi = site.actors.get('abbas-araghchi')!;
    expect(araghchi.articles.map((a) => a.id)).toEqual(['call', 'geneva-round']);
    expect(araghchi.events.map((e) => e.date.start.iso)).toEqual(['2026-02-17', '2026-02-20']);
    expect(site.actors.get('kremlin')!.articles).toEqual([]);
  });

  it('counts co-appearances in shared stories and shared events, most frequent first', () => {
    const iran = site.actors.get('iran')!;
    expect(iran.coAppearances.map((c) => [c.actor.id, c.articles, c.events])).toEqual([
      ['abbas-araghchi', 2, 1],
      ['donald-trump', 2, 1],
      ['sergey-lavrov', 1, 0],
    ]);
    const trump = site.actors.get('donald-trump')!;
    expect(trump.articles.map((a) => a.id)).toEqual(['call', 'geneva-round']);
  });

  it('ranks the most-mentioned actors and leaves out those never mentioned', () => {
    // Trump: 2 stories, 3 events; Araghchi and Iran: 2 and 2, then by name; Lavrov: 1 and 1.
    expect(rankActors(site.actors.values()).map((p) => p.actor.id)).toEqual([
      'donald-trump',
      'abbas-araghchi',
      'iran',
      'sergey-lavrov',
    ]);
  });

  it('groups actors by kind, people first and names in order', () => {
    expect(groupActorsByKind(site.actors.values()).map((g) => [g.kind, g.profiles.map((p) => p.actor.id)])).toEqual([
      ['person', ['abbas-araghchi', 'donald-trump', 'sergey-lavrov']],
      ['government', ['kremlin']],
      ['state', ['iran']],
    ]);
  });
});

describe('location index', () => {
  it('separates stories filed from a place, stories naming it, and events there', () => {
    const geneva = site.locations.get('geneva')!;
    expect(geneva.filedFrom.map((a) => a.id)).toEqual(['geneva-round']);
    expect(geneva.mentionedIn.map((a) => a.id)).toEqual(['call', 'geneva-round']);
    expect(geneva.events.map((e) => e.date.start.iso)).toEqual(['2026-02-17']);
    expect(site.locations.get('istanbul')!.filedFrom.map((a) => a.id)).toEqual(['call']);
  });

  it('lists the places inside a country by their country code', () => {
    expect(site.locations.get('switzerland')!.places.map((l) => l.id)).toEqual(['geneva']);
    expect(site.locations.get('muscat')!.places).toEqual([]);
  });
});

describe('date archive', () => {
  const iso = (list: { date: { iso: string } }[]) => list.map((p) => p.date.iso);

  it('has a year, month and day page for everything dated or published', () => {
    expect(iso(site.archive.years)).toEqual(['2025', '2026']);
    expect(iso(site.archive.months)).toEqual(['2025-06', '2025-12', '2026-01', '2026-02', '2026-03']);
    expect(iso(site.archive.years[1]!.months)).toEqual(['2026-01', '2026-02', '2026-03']);
    expect(site.archive.byIso.has('2026-02-18')).toBe(true); // published, no event
  });

  it('puts a month-precision event on its month and year but on no day', () => {
    const june = site.archive.byIso.get('2025-06')!;
    expect(june.events.map((e) => e.title)).toEqual(['The 12-day war.']);
    expect(iso(site.archive.days).some((d) => d.startsWith('2025-06'))).toBe(false);
    expect(splitByPrecision(june).coarse.map((e) => e.title)).toEqual(['The 12-day war.']);
  });

  it('lists the stories published on a day and the events of that day', () => {
    const day = site.archive.byIso.get('2026-02-17')!;
    expect(day.events.map((e) => e.title)).toEqual(['Second round ends in Geneva']);
    expect(site.archive.byIso.get('2026-02-20')!.articles.map((a) => a.id)).toEqual(['call']);
    expect(site.archive.byIso.get('2026-02')!.articles.map((a) => a.id)).toEqual(['call', 'geneva-round']);
  });

  it('spreads a short range over each day it covers, and a long one over its ends and months', () => {
    const windowDays = iso(site.archive.days).filter((d) => site.archive.byIso.get(d)!.events.some((e) => e.title === 'Ten-day window.'));
    expect(windowDays).toHaveLength(11);
    expect(windowDays[0]).toBe('2026-02-19');
    expect(windowDays.at(-1)).toBe('2026-03-01');
    const buildupDays = iso(site.archive.days).filter((d) => site.archive.byIso.get(d)!.events.some((e) => e.title === 'A long buildup.'));
    expect(buildupDays).toEqual(['2025-12-01', '2026-02-28']);
    expect(site.archive.byIso.get('2026-01')!.events.map((e) => e.title)).toEqual(['A long buildup.']);
    expect(MAX_RANGE_DAYS).toBeLessThan(89);
  });

  it('files a range over thousands of years on its ends alone, at every precision', () => {
    const long = (date: { start: string; end: string }) => {
      const site = buildSiteIndex({
        articles: [article('long', { published: '2026-02-20', events: [{ date, title: 'A very long span.', actors: ['iran'] }] })],
        actors,
        locations,
      });
      return [...site.archive.byIso.keys()].filter((iso) => !iso.startsWith('2026')).sort();
    };
    expect(long({ start: '1000-01', end: '9999-12' })).toEqual(['1000', '1000-01', '9999', '9999-12']);
    expect(long({ start: '1000-01-01', end: '9999-12-31' })).toEqual(['1000', '1000-01', '1000-01-01', '9999', '9999-12', '9999-12-31']);
    expect(long({ start: '1000', end: '9999' })).toEqual(['1000', '9999']);
    expect(MAX_RANGE_MONTHS).toBeLessThan(9000 * 12);
    expect(MAX_RANGE_YEARS).toBeLessThan(9000);
  });

  it('counts each event once per period even when a range touches it on many days', () => {
    const feb = site.archive.byIso.get('2026-02')!;
    expect(feb.events.map((e) => e.title)).toEqual([
      'A long buildup.',
      'Second round ends in Geneva',
      'Ten-day window.',
      'Lavrov and Araghchi talk by phone.',
    ]);
    const year = site.archive.byIso.get('2026')!;
    expect(new Set(year.events).size).toBe(year.events.length);
  });

  it('finds a period with its neighbours for the pager, and nothing for a period without content', () => {
    const at = periodAt(site.archive.months, '2026-01')!;
    expect([at.previous?.date.iso, at.period.date.iso, at.next?.date.iso]).toEqual(['2025-12', '2026-01', '2026-02']);
    expect(periodAt(site.archive.years, '2025')!.previous).toBeUndefined();
    expect(periodAt(site.archive.days, '2026-03-01')!.next).toBeUndefined();
    expect(periodAt(site.archive.days, '2026-01-15')).toBeUndefined();
  });

  it('splits a month page into events known only to the month and the dated ones', () => {
    const { coarse, fine } = splitByPrecision(site.archive.byIso.get('2026-02')!);
    expect(coarse).toEqual([]);
    expect(fine).toHaveLength(4);
  });
});

describe('an index built again from an earlier one (npm run build -- --watch)', () => {
  const records = rememberArticleRecords();
  const before = [
    ...articles,
    article('kremlin-statement', {
      published: '2026-01-10',
      dateline: 'istanbul',
      actors: ['kremlin'],
      events: [{ date: '2026-01-10', title: 'The Kremlin issues a statement.', actors: ['kremlin'] }],
    }),
  ];
  const first = buildSiteIndex({ articles: before, actors, locations }, undefined, records);
  const edited = article('muscat-talks', {
    published: '2026-02-21',
    dateline: 'muscat',
    actors: ['sergey-lavrov', 'abbas-araghchi'],
    events: [{ date: '2026-02-21', title: 'Talks in Muscat.', actors: ['sergey-lavrov', 'abbas-araghchi'] }],
  });
  const input = { articles: [...before, edited], actors, locations };
  const second = buildSiteIndex(input, undefined, records, first);

  it('keeps the profile of an actor the edit did not touch, and makes new ones for those it did', () => {
    expect(second.actors.get('kremlin')).toBe(first.actors.get('kremlin'));
    expect(second.actors.get('sergey-lavrov')).not.toBe(first.actors.get('sergey-lavrov'));
    expect(second.actors.get('sergey-lavrov')!.articles.map((a) => a.id)).toEqual(['muscat-talks', 'call']);
  });

  it('gives the very page objects of the last update for what the edit did not touch, and the pages of a fresh index', () => {
    const byPath = (pages: ReturnType<typeof sitePages>) => new Map(pages.map((page) => [page.path, page]));
    const was = byPath(sitePages(first));
    const is = byPath(sitePages(second));
    for (const path of ['dates/2026/01/10/', 'actors/kremlin/', 'actors/kremlin/rss.xml', 'locations/istanbul/', 'articles/kremlin-statement/']) expect(is.get(path), path).toBe(was.get(path));
    for (const path of ['actors/sergey-lavrov/', 'dates/2026/02/21/', 'locations/muscat/']) expect(is.get(path), path).not.toBe(was.get(path));
    expect(sitePages(second)).toEqual(sitePages(buildSiteIndex(input)));
  });

  it('keeps the date periods and places the edit did not touch, an event two stories share included', () => {
    for (const iso of ['2026-01', '2026-01-10', '2026-02-17', '2025']) expect(second.archive.byIso.get(iso), iso).toBe(first.archive.byIso.get(iso));
    for (const iso of ['2026', '2026-02', '2026-02-21']) expect(second.archive.byIso.get(iso), iso).not.toBe(first.archive.byIso.get(iso));
    expect(second.archive.byIso.get('2026-02-17')!.events[0]!.articles.map((a) => a.id)).toEqual(['geneva-round', 'call']);
    expect(second.locations.get('istanbul')).toBe(first.locations.get('istanbul'));
    expect(second.locations.get('muscat')).not.toBe(first.locations.get('muscat'));
  });

  it('equals an index built from nothing', () => {
    const fresh = buildSiteIndex(input);
    expect(second.actors).toEqual(fresh.actors);
    expect(second.locations).toEqual(fresh.locations);
    expect(second.timeline).toEqual(fresh.timeline);
    expect(second.archive).toEqual(fresh.archive);
    expect(buildSiteIndex({ articles: before, actors, locations }, undefined, records, second).archive).toEqual(first.archive);
    // Without the story again, Lavrov's co-appearances are as they were.
    const third = buildSiteIndex({ articles: before, actors, locations }, undefined, records, second);
    expect(third.actors).toEqual(first.actors);
    expect(third.actors.get('sergey-lavrov')!.coAppearances).toEqual(first.actors.get('sergey-lavrov')!.coAppearances);
  });
});

describe('a story whose text alone changed, built again', () => {
  // The content store knows each entry's frontmatter by a digest of its text.
  const known = new WeakMap<object, string>();
  const records = rememberArticleRecords(known);
  const input = (story: (typeof articles)[number]) => ({ articles: [story, ...articles.slice(1)], actors, locations });
  const story = articles[0]!;
  known.set(story.data, 'D-call');
  const first = buildSiteIndex(input(story), undefined, records);
  const retold = { ...story, data: structuredClone(story.data), body: 'Other words.' };
  known.set(retold.data, 'D-call');
  const second = buildSiteIndex(input(retold), undefined, records, first);

  it('keeps its summary and events, and so the profiles and periods that list them', () => {
    const [was, is] = [first.articlesById.get('call')!, second.articlesById.get('call')!];
    expect(is.entry).toBe(retold);
    expect(is.summary).toBe(was.summary);
    expect(is.timeline).toBe(was.timeline);
    expect(second.actors.get('sergey-lavrov')).toBe(first.actors.get('sergey-lavrov'));
    expect(second.archive.byIso.get('2026-02-20')).toBe(first.archive.byIso.get('2026-02-20'));
    const fresh = buildSiteIndex(input(retold));
    expect(second.archive).toEqual(fresh.archive);
    expect(second.actors).toEqual(fresh.actors);
  });

  it('makes them again when the frontmatter changed', () => {
    const retitled = { ...story, data: { ...structuredClone(story.data), title: 'A new title' } };
    known.set(retitled.data, 'D-retitled');
    const third = buildSiteIndex(input(retitled), undefined, records, second);
    expect(third.articlesById.get('call')!.summary.title).toBe('A new title');
    expect(third.articlesById.get('call')!.summary).not.toBe(second.articlesById.get('call')!.summary);
  });
});

describe('what each actor said', () => {
  const quoted = (id: string, published: string, quotes: { text: string; speaker?: string; partial?: boolean }[]) => ({
    ...article(id, { published, actors: ['sergey-lavrov', 'abbas-araghchi'] }),
    quotes: quotes.map((q, paragraph) => ({ text: q.text, paragraph, partial: q.partial ?? false, speaker: q.speaker })),
  });
  const words = buildSiteIndex({
    articles: [
      quoted('older', '2026-01-10', [{ text: 'We remain open to talks', speaker: 'abbas-araghchi' }, { text: 'no one knows', partial: true }]),
      quoted('newer', '2026-02-20', [
        { text: 'fair political solutions', speaker: 'sergey-lavrov', partial: true },
        { text: 'more constructive', speaker: 'abbas-araghchi', partial: true },
      ]),
    ],
    actors,
    locations,
  }).words;

  it('lists each speaker’s quotations, newest story first, each with its story', () => {
    expect(words.get('abbas-araghchi')!.map((q) => [q.text, q.story.id, q.partial])).toEqual([
      ['more constructive', 'newer', true],
      ['We remain open to talks', 'older', false],
    ]);
    expect(words.get('sergey-lavrov')!.map((q) => q.text)).toEqual(['fair political solutions']);
  });

  it('leaves out quotations whose speaker cannot be told', () => {
    expect([...words.values()].flat().map((q) => q.text)).not.toContain('no one knows');
    expect(words.has('iran')).toBe(false);
  });
});
