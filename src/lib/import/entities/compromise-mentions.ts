/**
 * Mentions from compromise's people, organisations and places, cleaned of titles, possessives and
 * punctuation: compromise alone glues titles to names and keeps possessives ("Tehran’s").
 */
import nlp from 'compromise';
import type { LocationKind } from '../../../schemas/location';
import { isAdjectiveOnly } from './gazetteer';
import { organizationKind } from './head-noun-mentions';
import { mention, type Mention } from './mention';
import { stripPossessive } from './patterns';
import { NAME_PARTICLES, NOT_NAMES, SHIP_PREFIXES, TITLE_HEADS, TITLE_MODIFIERS } from './vocabulary';

interface NlpMatch {
  text: string;
  offset: { start: number; length: number };
  terms: Array<{ text: string; tags: string[] }>;
}

export function compromiseMentions(text: string): Mention[] {
  const doc = nlp(text);
  const read = (view: { json: (options: object) => unknown }) => view.json({ offset: true }) as NlpMatch[];
  return [
    ...read(doc.people()).flatMap((m) => cleanSpans(text, m, false).map(([start, name]) => mention(start, name, { type: 'actor', name, kind: 'person' }))),
    ...read(doc.organizations()).flatMap((m) =>
      cleanSpans(text, m, false).map(([start, name]) => mention(start, name, { type: 'actor', name, kind: organizationKind(name) })),
    ),
    ...read(doc.places()).flatMap((m) =>
      cleanSpans(text, m, true).map(([start, name]) => mention(start, name, { type: 'place', name, ...placeKindFromTags(m, name) })),
    ),
  ];
}

/**
 * The proper names inside one compromise match, as `[start, name]`: split at commas (and, for
 * places, hyphens: "US-Iran"), without titles, possessives, quotes, punctuation or lowercase words.
 */
function cleanSpans(text: string, match: NlpMatch, splitHyphens: boolean): Array<[number, string]> {
  const { start, length } = match.offset;
  if (text.slice(start, start + length) !== match.text) return []; // offsets out of step: skip, don't guess
  const piece = splitHyphens ? /[^,\-\s]+(?:\s+[^,\-\s]+)*/g : /[^,\s]+(?:\s+[^,\s]+)*/g;
  return [...match.text.matchAll(piece)].flatMap((part): Array<[number, string]> => {
    const words = trimToName(wordsIn(part[0], start + part.index));
    const first = words[0];
    const last = words.at(-1);
    if (!first || !last || !words.every((w) => /^\p{Lu}/u.test(w.word) || NAME_PARTICLES.has(w.word) || w.word === 'of')) return [];
    const end = last.at + last.word.length;
    const name = text.slice(first.at, end);
    if (words.length === 1 && (SHIP_PREFIXES.has(name) || isAdjectiveOnly(name))) return [];
    if (splitHyphens && /^\s+\p{Lu}/u.test(text.slice(end))) return []; // part of a longer name: "Washington Post"
    return [[first.at, name]];
  });
}

interface Word {
  at: number;
  word: string;
}

/** The words of `part` (which starts at `offset`), each without a final full stop or possessive. */
function wordsIn(part: string, offset: number): Word[] {
  return [...part.matchAll(/[\p{L}\p{N}][\p{L}\p{M}\p{N}.'’-]*/gu)].map((w) => ({
    at: offset + w.index,
    word: stripPossessive(w[0].replace(/(?<=..)\.$/u, '')),
  }));
}

/** Drops leading titles and sentence words ("Minister", "The") and trailing lowercase words ("region"). */
function trimToName(words: Word[]): Word[] {
  const isLead = (w: string) => TITLE_HEADS.has(w) || TITLE_MODIFIERS.has(w) || NOT_NAMES.has(w);
  let from = 0;
  let to = words.length;
  while (from < to && isLead(words[from]?.word ?? '')) from++;
  while (to > from && !/^\p{Lu}/u.test(words[to - 1]?.word ?? '')) to--;
  return words.slice(from, to);
}

/** `{ kind }` from compromise's tags on the words of `name` ("Geneva" in "Geneva, Switzerland" is a City). */
function placeKindFromTags(match: NlpMatch, name: string): { kind?: LocationKind } {
  const words = new Set(name.split(/\s+/));
  const tags = new Set(match.terms.filter((t) => words.has(t.text.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '').replace(/['’]s$/, ''))).flatMap((t) => t.tags));
  if (tags.has('Country')) return { kind: 'country' };
  if (tags.has('City')) return { kind: 'city' };
  return {};
}
