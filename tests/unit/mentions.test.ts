import { describe, expect, it } from 'vitest';
import { createMentionMatcher, findMentions, type MentionTarget } from '../../src/lib/mentions';

const actor = (id: string, ...names: string[]): MentionTarget => ({ id, kind: 'actor', names });
const location = (id: string, ...names: string[]): MentionTarget => ({ id, kind: 'location', names });

/** `id:text` for each mention, the shortest way to read a result. */
function mentions(targets: MentionTarget[], text: string): string[] {
  return findMentions(createMentionMatcher(targets), text).map((m) => `${m.id}:${text.slice(m.start, m.end)}`);
}

describe('findMentions', () => {
  it('reports id, kind, listed name and offsets of every occurrence, in order', () => {
    const matcher = createMentionMatcher([actor('sergey-lavrov', 'Sergey Lavrov', 'Lavrov'), location('geneva', 'Geneva')]);
    expect(findMentions(matcher, 'Lavrov flew to Geneva; Lavrov spoke.')).toEqual([
      { id: 'sergey-lavrov', kind: 'actor', name: 'Lavrov', start: 0, end: 6 },
      { id: 'geneva', kind: 'location', name: 'Geneva', start: 15, end: 21 },
      { id: 'sergey-lavrov', kind: 'actor', name: 'Lavrov', start: 23, end: 29 },
    ]);
  });

  it('prefers the longest name at a position', () => {
    const targets = [
      actor('abbas-araghchi', 'Araghchi', 'Abbas Araghchi'),
      actor('abraham-lincoln', 'Abraham Lincoln'),
      actor('uss-abraham-lincoln', 'USS Abraham Lincoln'),
    ];
    expect(mentions(targets, 'Abbas Araghchi met Araghchi aboard the USS Abraham Lincoln, not Abraham Lincoln.')).toEqual([
      'abbas-araghchi:Abbas Araghchi',
      'abbas-araghchi:Araghchi',
      'uss-abraham-lincoln:USS Abraham Lincoln',
      'abraham-lincoln:Abraham Lincoln',
    ]);
  });

  it('falls back to a shorter name when a longer one with the same start does not fit', () => {
    const targets = [actor('iran', 'Iran'), actor('iran-air', 'Iran Air'), actor('iran-air-force', 'Iran Air Force')];
    expect(mentions(targets, 'Iran Airways flew; Iran Air flew; the Iran Air Forces; Iranian; Iran Air Force jets.')).toEqual([
      'iran:Iran', // "Iran Air" is followed by a letter: the name ends at "Iran"
      'iran-air:Iran Air',
      'iran-air:Iran Air', // "Iran Air Force" runs into "Forces"
      'iran-air-force:Iran Air Force',
    ]);
  });

  it('never overlaps: a name inside a longer match is not reported again', () => {
    const targets = [actor('russia', 'Russia'), actor('russian-foreign-ministry', 'Russian Foreign Ministry', 'Foreign Ministry')];
    expect(mentions(targets, 'the Russian Foreign Ministry said')).toEqual(['russian-foreign-ministry:Russian Foreign Ministry']);
  });

  it('is case-sensitive, since names are proper nouns', () => {
    const targets = [actor('united-states', 'United States', 'US'), location('turkiye', 'Turkey')];
    expect(mentions(targets, 'Let us talk turkey with the US and the united states.')).toEqual(['united-states:US']);
  });

  it('matches whole words only, by Unicode letters and digits', () => {
    const targets = [actor('oman', 'Oman'), actor('iran', 'Iran'), location('geneva', 'Genève'), actor('g7', 'G7')];
    expect(mentions(targets, 'Romania, Omani, Iranian, Genèvese, G77 and G7s')).toEqual([]);
    expect(mentions(targets, 'Oman, Iran-Iraq, (Genève) and G7.')).toEqual(['oman:Oman', 'iran:Iran', 'geneva:Genève', 'g7:G7']);
  });

  it('matches names ending in a full stop, and does not confuse U.S. with US', () => {
    const targets = [actor('united-states', 'United States', 'US', 'U.S.'), actor('uss-gerald-r-ford', 'USS Gerald R. Ford')];
    const text = 'The U.S. sent the USS Gerald R. Ford; the US agreed. Talks in the U.S.';
    expect(findMentions(createMentionMatcher(targets), text).map((m) => m.name)).toEqual(['U.S.', 'USS Gerald R. Ford', 'US', 'U.S.']);
  });

  it('matches the name in a possessive, with a straight or curly apostrophe', () => {
    const targets = [actor('iran', 'Iran', 'Tehran'), actor('united-states', 'United States')];
    expect(mentions(targets, "Tehran’s initiative, Tehran's rights, the United States' view")).toEqual([
      'iran:Tehran',
      'iran:Tehran',
      'united-states:United States',
    ]);
  });

  it('gives a name shared by two targets to the first one given (actors before locations)', () => {
    const iranState = actor('iran', 'Iran', 'Tehran');
    const iranCountry = location('iran', 'Iran');
    const found = (targets: MentionTarget[]) => findMentions(createMentionMatcher(targets), 'Iran').map((m) => m.kind);
    expect(found([iranState, iranCountry])).toEqual(['actor']);
    expect(found([iranCountry, iranState])).toEqual(['location']);
    expect(found([iranCountry])).toEqual(['location']);
  });

  it('matches a name wrapped across lines, reporting the listed name', () => {
    const matcher = createMentionMatcher([actor('abbas-araghchi', 'Abbas Araghchi')]);
    expect(findMentions(matcher, 'with Abbas\nAraghchi today')).toEqual([
      { id: 'abbas-araghchi', kind: 'actor', name: 'Abbas Araghchi', start: 5, end: 19 },
    ]);
  });

  it('matches an apostrophe in a name whichever way the text curls it', () => {
    const targets = [location('ivory-coast', "Côte d'Ivoire")];
    expect(mentions(targets, 'Côte d’Ivoire and Côte d\'Ivoire')).toEqual(["ivory-coast:Côte d’Ivoire", "ivory-coast:Côte d'Ivoire"]);
  });

  it('escapes regular-expression metacharacters in names', () => {
    const targets = [actor('c-plus', 'C++ (Committee)'), actor('dot', 'A.B')];
    expect(mentions(targets, 'C++ (Committee) met AxB and A.B')).toEqual(['c-plus:C++ (Committee)', 'dot:A.B']);
  });

  it('finds nothing with no targets or empty names', () => {
    expect(mentions([], 'Anything at all')).toEqual([]);
    expect(mentions([actor('x', '', '  ')], 'Anything at all')).toEqual([]);
  });

  it('can be reused: the shared pattern keeps no state between calls', () => {
    const matcher = createMentionMatcher([actor('iran', 'Iran')]);
    matcher.pattern.lastIndex = 3;
    expect(findMentions(matcher, 'Iran and Iran')).toHaveLength(2);
    expect(findMentions(matcher, 'Iran and Iran')).toHaveLength(2);
    expect(matcher.pattern.lastIndex).toBe(3);
  });
});
