/**
 * Property tests (fast-check, 1,000 runs each): invariants that must hold for any input, not just
 * the examples in the other tests.
 */
import fc from 'fast-check';
import { slug } from 'github-slugger';
import { describe, expect, it } from 'vitest';
import { parseDateSpan } from '../../src/lib/date-span';
import { slugify } from '../../src/lib/import/entities';
import { findDates } from '../../src/lib/news-dates';
import { dayDate, firstDay, lastDay, parsePartialDate, type PartialDate } from '../../src/lib/partial-date';
import { compareTimelineEntries, sortTimeline, timelineKey } from '../../src/lib/timeline';
import type { TimelineEntry } from '../../src/lib/model';
import { articleSchema } from '../../src/schemas/article';
import { ID_PATTERN } from '../../src/schemas/fields';

const RUNS = { numRuns: 1000 };

/** Any real calendar day between 1900 and 2100. */
const calendarDay = fc.date({ min: new Date(1900, 0, 1), max: new Date(2100, 11, 31), noInvalidDate: true }).map((d) =>
  dayDate(d.getFullYear(), d.getMonth() + 1, d.getDate()),
);

const partialDate: fc.Arbitrary<PartialDate> = fc.oneof(
  calendarDay,
  calendarDay.map((d) => parsePartialDate(d.iso.slice(0, 7))),
  calendarDay.map((d) => parsePartialDate(d.iso.slice(0, 4))),
);

const newsWords = fc.constantFrom(
  'on', 'On', 'Tuesday', 'Friday', 'last', 'next', 'June', 'Feb.', 'February', '6', '31', '29', '2015', 'in', 'will', 'said',
  'over', 'the', 'next', 'probably', '10', 'days', 'within', '120', 'weeks', 'ago', 'two', 'yesterday', 'today', 'same', 'day',
  'May', 'March', 'week', 'month', 'year', 'earlier', 'this', 'late', ',', '.', 'Sept.', '30', 'Dec.', 'coming', 'Thursday',
);

const isCalendarDate = (date: PartialDate) => {
  const back = parsePartialDate(date.iso); // throws unless it is a real date at its precision
  return back.iso === date.iso && firstDay(date) <= lastDay(date);
};

// 1,000 runs each take a few seconds; more on a loaded two-core machine.
describe('properties', { timeout: 60_000 }, () => {
  it('the date resolver never throws, and every date it returns is in the calendar and its span in order', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.array(newsWords, { maxLength: 30 }).map((w) => w.join(' '))), calendarDay, (text, reference) => {
        for (const mention of findDates(text, reference)) {
          expect(isCalendarDate(mention.value.start)).toBe(true);
          if (mention.value.end) {
            expect(isCalendarDate(mention.value.end)).toBe(true);
            expect(firstDay(mention.value.start) <= firstDay(mention.value.end)).toBe(true);
          }
          expect(text.slice(mention.start, mention.end)).toBe(mention.text);
        }
      }),
      RUNS,
    );
  });

  it('partial dates round-trip, and impossible days are refused rather than rolled over', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 9999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), (y, m, d) => {
        const iso = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
        const real = new Date(y, m - 1, d).getDate() === d;
        if (real) expect(parsePartialDate(iso).iso).toBe(iso);
        else expect(() => parsePartialDate(iso)).toThrow(/not a date in the calendar/);
      }),
      RUNS,
    );
  });

  it('arbitrary frontmatter either validates or every error names a field', () => {
    const value = fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant(null), fc.array(fc.string(), { maxLength: 3 }), fc.date());
    const key = fc.constantFrom('title', 'dateline', 'published', 'updated', 'source', 'actors', 'locations', 'events', 'summary', 'author', 'titel');
    const event = fc.record({ date: fc.oneof(value, partialDate.map((d) => d.iso)), title: value, status: value }, { requiredKeys: [] });
    const frontmatter = fc.dictionary(key, fc.oneof(value, fc.array(event, { maxLength: 2 })), { maxKeys: 11 });
    fc.assert(
      fc.property(frontmatter, (data) => {
        const result = articleSchema.safeParse(data);
        if (result.success) return;
        for (const issue of result.error.issues) {
          const named = issue.path.length > 0 || (issue.code === 'unrecognized_keys' && issue.keys.length > 0);
          expect(named, JSON.stringify(issue)).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it('ids drafted from any name are stable and URL-safe', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 40 }), (name) => {
        const id = slugify(name);
        if (id === '') return;
        expect(id).toMatch(ID_PATTERN);
        expect(slugify(id)).toBe(id);
        expect(encodeURIComponent(id)).toBe(id);
      }),
      RUNS,
    );
  });

  it('timeline keys are URL-safe anchors', () => {
    fc.assert(
      fc.property(partialDate, fc.string({ maxLength: 60 }), (date, title) => {
        const key = timelineKey({ start: date }, title);
        expect(key).toMatch(/^[\p{Ll}\p{Lo}\p{N}_-]+$/u);
        expect(key.startsWith(date.iso)).toBe(true);
      }),
      RUNS,
    );
  });

  it('timeline keys are the anchors github-slugger makes, for ASCII titles (a short cut) and any other', () => {
    const ascii = fc.string({ unit: fc.integer({ min: 0, max: 0x7f }).map((code) => String.fromCharCode(code)), maxLength: 60 });
    fc.assert(
      fc.property(partialDate, fc.oneof(ascii, fc.string({ unit: 'grapheme', maxLength: 30 })), (date, title) => {
        expect(timelineKey({ start: date }, title)).toBe(slug(`${date.iso} ${title}`).slice(0, 96).replace(/-+$/, ''));
      }),
      RUNS,
    );
  });

  const entry = fc.record({ start: partialDate, end: fc.option(partialDate, { nil: undefined }), expected: fc.boolean() }).map(
    ({ start, end, expected }): TimelineEntry => {
      const span = end && firstDay(end) >= firstDay(start) ? parseDateSpan({ start: start.iso, end: end.iso }) : { start };
      return { key: timelineKey(span, 'e'), date: span, title: 'e', status: expected ? 'expected' : 'occurred', actors: [], locations: [], articles: [] };
    },
  );

  it('the timeline order is a total order consistent with precision', () => {
    fc.assert(
      fc.property(entry, entry, entry, (a, b, c) => {
        const sign = (x: number) => Math.sign(x);
        expect(sign(compareTimelineEntries(a, b)) + sign(compareTimelineEntries(b, a))).toBe(0);
        if (compareTimelineEntries(a, b) <= 0 && compareTimelineEntries(b, c) <= 0) expect(compareTimelineEntries(a, c)).toBeLessThanOrEqual(0);
        // A period sorts before the finer dates it starts with, and by its first day otherwise.
        if (firstDay(a.date.start) < firstDay(b.date.start)) expect(compareTimelineEntries(a, b)).toBeLessThan(0);
        const sorted = sortTimeline([c, b, a]);
        for (let i = 1; i < sorted.length; i++) expect(compareTimelineEntries(sorted[i - 1]!, sorted[i]!)).toBeLessThanOrEqual(0);
      }),
      RUNS,
    );
  });

  it('sorts a timeline as a stable sort by compareTimelineEntries does', () => {
    // Drawn from a few dates, so that ties (which must keep their order) are common.
    const entries = fc
      .array(entry, { minLength: 1, maxLength: 6 })
      .chain((pool) => fc.array(fc.nat(pool.length - 1).map((i) => ({ ...pool[i]! })), { maxLength: 40 }));
    fc.assert(
      fc.property(entries, (entries) => {
        // Ties keep their order: the same objects, in the same places.
        const expected = [...entries].sort(compareTimelineEntries);
        sortTimeline(entries).forEach((item, i) => expect(item).toBe(expected[i]));
      }),
      RUNS,
    );
  });
});
