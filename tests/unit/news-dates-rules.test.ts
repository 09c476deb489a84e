/**
 * Invariants of the resolver's rules that the table cannot show: a rule's cheap `needs` test
 * never skips a sentence its pattern would match (the skip is only for speed), a pattern's ASCII
 * form finds what the pattern finds in text whose letters and digits are ASCII (it is used there
 * only for speed), and rule names are unique.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isAsciiWordText } from '../../src/lib/news-dates/rule';
import { RULES } from '../../src/lib/news-dates/rules';
import { CASES } from '../fixtures/dates/cases';

const words = fc.constantFrom(
  'on', 'On', 'the', 'The', 'Monday', 'Friday', 'last', 'next', 'this', 'June', 'May', 'Feb.', 'Sept.', 'March', '6', '25', '31',
  '2015', '1898', '1990s', '’60s', 'early', 'mid-', 'late', 'end', 'of', 'year-end', 'month', 'week', 'weekend', 'year', 'day',
  'days', 'quarter', 'Q3', 'first', 'half', 'spring', 'summer', 'fall', 'winter', 'later', 'earlier', 'that', 'same', 'before',
  'after', 'following', 'previous', 'ago', 'two', 'a', 'within', 'over', 'past', 'coming', 'since', 'until', 'by', 'in', ',',
  '.', '-', 'today', 'yesterday', 'night', 'H1',
);

describe('news-date rules', () => {
  it('have unique names', () => {
    const names = RULES.map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it('never match text their `needs` test would skip', () => {
    const check = (text: string) => {
      for (const rule of RULES) {
        for (const match of text.matchAll(rule.pattern.unicode)) expect(rule.needs.test(match[0]), `${rule.name}: ${match[0]}`).toBe(true);
      }
    };
    for (const c of CASES) check(c.text);
    fc.assert(fc.property(fc.array(words, { maxLength: 12 }).map((w) => w.join(' ')), (text) => check(text)), { numRuns: 2000 });
  });

  it('find the same matches with their ASCII form in text whose letters and digits are ASCII', () => {
    const matches = (text: string, pattern: RegExp) => [...text.matchAll(pattern)].map((m) => [m.index, ...m]);
    const check = (text: string) => {
      expect(isAsciiWordText(text)).toBe(true);
      for (const rule of RULES) expect(matches(text, rule.pattern.ascii), `${rule.name}: ${text}`).toEqual(matches(text, rule.pattern.unicode));
    };
    for (const c of CASES) if (isAsciiWordText(c.text)) check(c.text);
    // Glued and spaced words, digits, hyphens and punctuation that is not ASCII (’ – “), which the
    // forms must treat alike.
    const piece = fc.oneof(words, fc.constantFrom('-', '–', '’', '“', '”', 'x', '9', 'th', 'st', 's', 'ago.'));
    const text = fc.array(fc.tuple(piece, fc.constantFrom(' ', '', ', ', '-')), { maxLength: 14 }).map((parts) => parts.map(([w, sep]) => w + sep).join(''));
    fc.assert(fc.property(text, check), { numRuns: 3000 });
  });

  it('tell text with a letter or digit beyond ASCII from text without', () => {
    expect(isAsciiWordText('On Tuesday, “talks” resumed – the ’90s are over.')).toBe(true);
    expect(isAsciiWordText('Erdoğan spoke on Tuesday.')).toBe(false);
    expect(isAsciiWordText('Section ٣ of the deal')).toBe(false);
  });
});
