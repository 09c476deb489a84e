/** Story threads (src/lib/story-threads.ts), through buildSiteIndex on small newsrooms. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import type { ArticleEntry, TimelineEntry } from '../../src/lib/model';
import { firstDay, type PartialDate } from '../../src/lib/partial-date';
import { buildSiteIndex, rememberArticleRecords, type ArticleRecord } from '../../src/lib/site-index';
import { THREAD_LENGTH, THREAD_WINDOW_DAYS } from '../../src/lib/story-threads';
import { actor, article, location } from '../helpers/content';

const actors = ['lavrov', 'araghchi', 'vance', 'iran', 'oman', 'kremlin', 'fidan', 'erdogan'].map((id) => actor(id));
const locations = [location('istanbul'), location('geneva'), location('muscat')];

function threadsOf(articles: ArticleEntry[]) {
  const site = buildSiteIndex({ articles, actors, locations });
  const ids = (list: readonly { id: string }[]) => list.map((summary) => summary.id);
  return (id: string) => {
    const thread = site.threads.get(id)!;
    return { earlier: ids(thread.earlier), later: ids(thread.later) };
  };
}

describe('stories that share an event', () => {
  const thread = threadsOf([
    article('talks-end', {
      published: '2026-02-18',
      actors: ['araghchi'],
      events: [{ date: '2026-02-17', title: 'Talks end in Geneva.', actors: ['iran'], locations: ['geneva'] }],
    }),
    article('call', {
      published: '2026-02-20',
      actors: ['lavrov'],
      // The same day, a place in common: the same event, told again.
      events: [{ date: '2026-02-17', title: 'The second round closes.', locations: ['geneva'] }],
    }),
    article('month-review', {
      published: '2026-03-05',
      actors: ['vance'],
      // Known only to the month: it agrees with 17 February at the coarser precision.
      events: [{ date: '2026-02', title: 'Talks in Geneva.', actors: ['iran'] }],
    }),
    article('other-day', {
      published: '2026-02-21',
      actors: ['fidan'],
      events: [{ date: '2026-02-18', title: 'A meeting in Geneva.', locations: ['geneva'] }],
    }),
    article('same-day-elsewhere', {
      published: '2026-02-19',
      actors: ['erdogan'],
      events: [{ date: '2026-02-17', title: 'A visit to Muscat.', actors: ['oman'], locations: ['muscat'] }],
    }),
  ]);

  it('joins them when the dates agree at the coarser precision and an actor or place is shared', () => {
    expect(thread('talks-end')).toEqual({ earlier: [], later: ['month-review', 'call'] });
    expect(thread('call')).toEqual({ earlier: ['talks-end'], later: [] });
    expect(thread('month-review')).toEqual({ earlier: ['talks-end'], later: [] });
  });

  it('keeps apart events of another day, or of the same day with no one and nowhere in common', () => {
    expect(thread('other-day')).toEqual({ earlier: [], later: [] });
    expect(thread('same-day-elsewhere')).toEqual({ earlier: [], later: [] });
  });
});

describe('stories with most of their actors in common', () => {
  const at = (id: string, published: string, cast: string[]) => article(id, { published, actors: cast, events: [] });

  it('joins stories a few weeks apart that list mostly the same actors', () => {
    const thread = threadsOf([
      at('first', '2026-01-01', ['lavrov', 'araghchi', 'iran']),
      at('second', '2026-01-20', ['lavrov', 'araghchi', 'kremlin']),
    ]);
    expect(thread('first')).toEqual({ earlier: [], later: ['second'] });
    expect(thread('second')).toEqual({ earlier: ['first'], later: [] });
  });

  it(`stops at ${THREAD_WINDOW_DAYS} days, at one actor in common, and at less than half of either cast`, () => {
    const thread = threadsOf([
      at('start', '2026-01-01', ['lavrov', 'araghchi', 'iran']),
      at('too-late', '2026-02-15', ['lavrov', 'araghchi', 'iran']),
      at('one-shared', '2026-01-05', ['lavrov', 'erdogan']),
      // Two of the start's three, but only two of this round-up's six.
      at('round-up', '2026-01-06', ['lavrov', 'araghchi', 'vance', 'oman', 'fidan', 'erdogan']),
    ]);
    expect(thread('start')).toEqual({ earlier: [], later: [] });
  });
});

describe('the lists', () => {
  it(`hold the ${THREAD_LENGTH} nearest stories on each side, newest first`, () => {
    const day = (n: number) => `2026-01-${String(n).padStart(2, '0')}`;
    const stories = Array.from({ length: 13 }, (_, i) =>
      article(`s${i + 1}`, { published: day(i + 1), actors: ['lavrov', 'araghchi'], events: [] }),
    );
    const thread = threadsOf(stories);
    expect(thread('s7')).toEqual({ earlier: ['s6', 's5', 's4', 's3', 's2'], later: ['s12', 's11', 's10', 's9', 's8'] });
    expect(thread('s1').earlier).toEqual([]);
    expect(thread('s13').later).toEqual([]);
  });

  it('order two stories of the same moment by the order the site lists them in', () => {
    const thread = threadsOf([
      article('a', { published: '2026-01-01T10:00:00Z', actors: ['lavrov', 'araghchi'], events: [] }),
      article('b', { published: '2026-01-01T10:00:00Z', actors: ['lavrov', 'araghchi'], events: [] }),
    ]);
    expect(thread('a')).toEqual({ earlier: ['b'], later: [] });
    expect(thread('b')).toEqual({ earlier: [], later: ['a'] });
  });
});

describe('threads, whatever the newsroom', () => {
  const cast = fc.uniqueArray(fc.constantFrom(...actors.map((a) => a.id)), { minLength: 1, maxLength: 4 });
  const date = fc.oneof(
    fc.constantFrom('2025', '2026'),
    fc.constantFrom('2026-01', '2026-02'),
    fc.constantFrom('2026-01-10', '2026-01-11', '2026-02-10'),
  );
  const story = fc.record({
    day: fc.integer({ min: 1, max: 28 }),
    month: fc.integer({ min: 1, max: 3 }),
    cast,
    events: fc.array(fc.record({ date, actors: cast }), { maxLength: 3 }),
  });

  /** The rule as the module documents it, pair by pair. */
  function related(a: ArticleRecord, b: ArticleRecord): boolean {
    const coarser = (x: PartialDate, y: PartialDate) => Math.min(x.iso.length, y.iso.length);
    const parties = (record: ArticleRecord, event: TimelineEntry) => {
      const own = [...event.actors, ...event.locations];
      return new Set((own.length ? own : [...record.allActors, ...record.locations]).map((e) => e.id));
    };
    const sharedEvent = a.timeline.some((x) =>
      b.timeline.some((y) => {
        const n = coarser(x.date.start, y.date.start);
        if (x.date.start.iso.slice(0, n) !== y.date.start.iso.slice(0, n)) return false;
        const theirs = parties(b, y);
        return [...parties(a, x)].some((id) => theirs.has(id));
      }),
    );
    const castA = new Set(a.actors.map((x) => x.id));
    const shared = b.actors.filter((x) => castA.has(x.id)).length;
    const apart = Math.abs(differenceInCalendarDays(firstDay(a.summary.published.date), firstDay(b.summary.published.date)));
    return sharedEvent || (apart <= THREAD_WINDOW_DAYS && shared >= 2 && shared * 2 > castA.size && shared * 2 > b.actors.length);
  }

  const storyEntry = (id: string, s: { day: number; month: number; cast: string[]; events: { date: string; actors: string[] }[] }) =>
    article(id, {
      published: `2026-${String(s.month).padStart(2, '0')}-${String(s.day).padStart(2, '0')}`,
      actors: s.cast,
      events: s.events.map((e, k) => ({ date: e.date, title: `Event ${k}.`, actors: e.actors })),
    });
  const idsOf = (threads: ReadonlyMap<string, { earlier: readonly { id: string }[]; later: readonly { id: string }[] }>) =>
    new Map([...threads].map(([id, t]) => [id, [t.earlier.map((x) => x.id), t.later.map((x) => x.id)]]));

  it('hold exactly the nearest stories the rule relates, on the right side, newest first', () => {
    fc.assert(
      fc.property(fc.array(story, { minLength: 1, maxLength: 25 }), (drawn) => {
        const articles = drawn.map((s, i) => storyEntry(`s${i}`, s));
        const site = buildSiteIndex({ articles, actors, locations });
        site.articles.forEach((record, i) => {
          const others = site.articles.filter((other, j) => j !== i && related(record, other));
          const before = others.filter((other) => site.articles.indexOf(other) > i);
          const after = others.filter((other) => site.articles.indexOf(other) < i);
          const { earlier, later } = site.threads.get(record.entry.id)!;
          expect(earlier.map((x) => x.id)).toEqual(before.slice(0, THREAD_LENGTH).map((x) => x.entry.id));
          expect(later.map((x) => x.id)).toEqual(after.slice(-THREAD_LENGTH).map((x) => x.entry.id));
        });
      }),
      { seed: 20261202, numRuns: 150 },
    );
  });

  it('are the same when an update makes again only the threads its edits reach', () => {
    const edit = fc.record({ kind: fc.constantFrom('change', 'add', 'delete'), target: fc.nat(), story });
    fc.assert(
      fc.property(fc.array(story, { minLength: 1, maxLength: 25 }), fc.array(fc.array(edit, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 6 }), (drawn, updates) => {
        // Unchanged stories keep their entry objects, as the content store keeps them, so the
        // records, and with them the earlier threads, carry over.
        const records = rememberArticleRecords();
        let entries = drawn.map((s, i) => storyEntry(`s${i}`, s));
        let site = buildSiteIndex({ articles: entries, actors, locations }, undefined, records);
        let added = 0;
        for (const update of updates) {
          entries = [...entries];
          for (const { kind, target, story: s } of update) {
            const at = target % Math.max(entries.length, 1);
            if (kind === 'add' || entries.length === 0) entries.push(storyEntry(`new${added++}`, s));
            else if (kind === 'delete') entries.splice(at, 1);
            else entries[at] = storyEntry(entries[at]!.id, s);
          }
          const next = buildSiteIndex({ articles: entries, actors, locations }, undefined, records, site);
          expect(idsOf(next.threads)).toEqual(idsOf(buildSiteIndex({ articles: entries, actors, locations }).threads));
          site = next;
        }
      }),
      { seed: 20261203, numRuns: 200 },
    );
  });
});
