import { describe, expect, it } from 'vitest';
import { actorSchema } from '../../src/schemas/actor';
import { articleSchema } from '../../src/schemas/article';
import { locationSchema } from '../../src/schemas/location';

const valid = {
  title: 'T',
  dateline: 'istanbul',
  published: new Date('2026-02-20T00:00:00Z'),
  source: 'Anadolu Agency',
  actors: ['sergey-lavrov'],
};

function issues(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  return (result.error?.issues ?? []).map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('text fields', () => {
  it('refuse what no feed can carry, and text that shows nothing', () => {
    expect(issues(articleSchema.safeParse({ ...valid, title: 'Talks\u0001 end' }))).toEqual(['title: contains the control character U+0001, which no feed can carry']);
    expect(issues(articleSchema.safeParse({ ...valid, source: 'Wire\uFFFE' }))).toEqual(['source: contains the noncharacter U+FFFE, which no feed can carry']);
    expect(issues(articleSchema.safeParse({ ...valid, summary: 'a\uD800b' }))).toEqual(['summary: contains half of a surrogate pair U+D800, which no feed can carry']);
    expect(issues(articleSchema.safeParse({ ...valid, title: '\u200B\u2060\u3164' }))).toEqual(['title: has no visible text (only invisible characters such as U+200B)']);
    expect(issues(actorSchema.safeParse({ name: '\u200D', kind: 'person' }))).toEqual(['name: has no visible text (only invisible characters such as U+200D)']);
  });

  it('keep tabs, line breaks, emoji and every script', () => {
    for (const title of ['Talks\tend', 'Two\nlines', 'Erdoğan meets Шойгу 🇹🇷', 'Café', '\u0645\u0635\u0631']) {
      expect(articleSchema.safeParse({ ...valid, title }).success, title).toBe(true);
    }
  });
});

describe('articleSchema', () => {
  it('fills defaults and parses dates into calendar values', () => {
    const data = articleSchema.parse({ ...valid, events: [{ date: 2025, title: 'E' }] });
    expect(data.locations).toEqual([]);
    expect(data.published.iso).toBe('2026-02-20');
    expect(data.events[0]).toMatchObject({ status: 'occurred', actors: [], date: { start: { iso: '2025' } } });
  });

  it('rejects unknown keys, so a typo is never silently dropped', () => {
    expect(issues(articleSchema.safeParse({ ...valid, actorz: ['x'] }))).toEqual([': Unrecognized key: "actorz"']);
    expect(issues(articleSchema.safeParse({ ...valid, events: [{ date: '2026', title: 'E', staus: 'expected' }] }))).toEqual([
      'events.0: Unrecognized key: "staus"',
    ]);
  });

  it('names each bad field', () => {
    const result = articleSchema.safeParse({
      title: ' ',
      dateline: 'Istanbul',
      published: '2026-02-31',
      source: 'AA',
      actors: [],
      events: [{ date: { start: '2026-03-01', end: '2026-02-01' }, title: 'E', status: 'maybe' }],
    });
    expect(issues(result)).toEqual([
      'title: must not be empty',
      'dateline: must be a kebab-case id such as "sergey-lavrov" (lowercase letters, digits and single hyphens)',
      'published: "2026-02-31" is not a date in the calendar (check the month and day); write YYYY, YYYY-MM or YYYY-MM-DD, e.g. "2025", "2025-06" or "2025-06-13"',
      'actors: list at least one actor id',
      'events.0.date: the range ends (2026-02-01) before it starts (2026-03-01); swap start and end',
      'events.0.status: Invalid option: expected one of "occurred"|"expected"',
    ]);
  });

  it('requires title, dateline, published, source and actors', () => {
    expect(issues(articleSchema.safeParse({})).map((i) => i.split(':')[0])).toEqual([
      'title',
      'dateline',
      'published',
      'source',
      'actors',
    ]);
  });
});

describe('actorSchema and locationSchema', () => {
  it('accept the documented fields', () => {
    expect(
      actorSchema.parse({ name: 'Sergey Lavrov', kind: 'person', role: 'FM', country: 'russia', aliases: ['Lavrov'], wikidata: 'Q178380' }),
    ).toMatchObject({ aliases: ['Lavrov'] });
    expect(locationSchema.parse({ name: 'Geneva', kind: 'city', country: 'CH', coordinates: [46.2, 6.1] })).toMatchObject({ aliases: [] });
  });

  it('reject bad kinds, codes, coordinates and Wikidata ids', () => {
    expect(issues(actorSchema.safeParse({ name: 'X', kind: 'ship', wikidata: '178380' })).map((i) => i.split(':')[0])).toEqual([
      'kind',
      'wikidata',
    ]);
    expect(
      issues(locationSchema.safeParse({ name: 'X', kind: 'city', country: 'che', coordinates: [91, 0] })).map((i) => i.split(':')[0]),
    ).toEqual(['country', 'coordinates.0']);
  });
});
