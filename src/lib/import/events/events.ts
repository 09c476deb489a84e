/**
 * The dated events of a wire story, drafted for review: one event per distinct fact, dated by the
 * clause that states it.
 *
 * Sentence by sentence (a quotation kept whole with its attribution):
 * - dates inside a quotation are read from the day the quote was given when the sentence says
 *   ("…," the minister said on Thursday);
 * - a date of the saying ("the agency said on Tuesday") is no event when another date in the
 *   sentence (in the same clause, when it splits into clauses) dates what was said: "The quake
 *   struck on Monday, the agency said on Tuesday" is one event, Monday; alone, it dates the
 *   statement, which is then the event;
 * - dates that resolve to the same day, month or range are one fact ("on Tuesday, Feb. 17"), and
 *   two days named as a pair are one fact over both ("closed on Wednesday and Thursday");
 * - different dates are different facts, each titled by its own clause when the sentence splits
 *   into clauses that stand alone ("…, while Fenerbahçe host Beşiktaş on Dec. 3."), else by the
 *   sentence.
 * An event is `expected` when its clause looks ahead or its date is after publication.
 */
import type { DateSpan } from '../../date-span';
import { spanFirstDay } from '../../date-span';
import { createMentionMatcher, findMentions, type MentionTarget } from '../../mentions';
import { findDates } from '../../news-dates';
import { comparePartialDates, firstDay, type PartialDate } from '../../partial-date';
import type { PublishedDate } from '../../published-date';
import type { DetectedActor, DetectedLocation } from '../entities';
import { datedPhrases, type DatedPhrase } from './quotes';
import { clausesOf, quotesOf, sentencesOf, type Span } from './sentences';
import { titleFrom } from './titles';

export interface DraftEvent {
  readonly date: string | { start: string; end: string };
  readonly title: string;
  readonly actors?: string[];
  readonly locations?: string[];
  readonly status?: 'expected';
}

/** A fact of one sentence: its dates (one value), and the stretch that titles it. */
export interface Fact {
  readonly value: DateSpan;
  readonly phrases: readonly DatedPhrase[];
  /** The clause that states it, or the whole sentence; offsets in the sentence. */
  readonly source: Span;
  readonly expected: boolean;
  readonly title: string;
  /** The text it is titled from (for its actors and places). */
  readonly text: string;
}

/** The facts of a story's body with their dates, in text order. */
export function storyFacts(body: string, published: PublishedDate): Fact[] {
  const mentions = findDates(body, published.date);
  return sentencesOf(body).flatMap((sentence) => {
    const own = mentions.filter((m) => m.start >= sentence.start && m.start < sentence.end);
    return own.length ? sentenceFacts(sentence.text, datedPhrases(sentence.text, own, sentence.start, quotesOf(sentence.text)), published) : [];
  });
}

/** The facts of one sentence, from its dated phrases (see the module comment). */
export function sentenceFacts(sentence: string, dated: readonly DatedPhrase[], published: PublishedDate): Fact[] {
  const phrases = pairsJoined(sentence, dated);
  const whole = { start: 0, end: sentence.length };
  const clauses = new Set(phrases.map((p) => spanKey(p.value))).size > 1 ? clausesOf(sentence) : [whole];
  const clauseOf = (p: Span) => clauses.find((c) => p.start >= c.start && p.end <= c.end);
  // A date of the saying goes when its clause also dates what was said.
  const dropped = phrases.filter((p) => p.reporting && phrases.some((q) => !q.reporting && clauseOf(q) === clauseOf(p)));
  const groups = new Map<string, DatedPhrase[]>();
  for (const phrase of phrases.filter((p) => !dropped.includes(p))) {
    const key = spanKey(phrase.value);
    groups.set(key, [...(groups.get(key) ?? []), phrase]);
  }
  return [...groups.values()].map((group) => {
    const within = clauses.find((c) => group.every((p) => p.start >= c.start && p.end <= c.end));
    const othersThere = within && [...groups.values()].some((g) => g !== group && g.some((p) => p.start >= within.start && p.end <= within.end));
    const source = within && !othersThere ? within : whole;
    const text = sentence.slice(source.start, source.end);
    const removable = [...group, ...dropped]
      .filter((p) => p.start >= source.start && p.end <= source.end)
      .map((p) => ({ start: p.start - source.start, end: p.end - source.start, window: p.window, own: group.includes(p) }));
    const value = group[0]!.value;
    const expected = group.some((p) => p.window || p.tense === 'future') || spanFirstDay(value) > firstDay(published.date);
    return { value, phrases: group, source, expected, title: titleFrom(text, removable), text };
  });
}

/**
 * Two days of one fact named as a pair ("closed on Wednesday and Thursday", "on Saturday or
 * Sunday", "Monday to Friday") are one phrase dated from the first day to the last.
 */
function pairsJoined(sentence: string, phrases: readonly DatedPhrase[]): DatedPhrase[] {
  const joined: DatedPhrase[] = [];
  for (const phrase of phrases) {
    const last = joined.at(-1);
    const between = last ? sentence.slice(last.end, phrase.start) : '';
    const pair =
      last &&
      /^\s*(?:and|or|to|through|until|[–-])\s*(?:on\s+)?$/.test(between) &&
      [last, phrase].every((p) => p.precision === 'day' && !p.value.end && !p.window && !p.reporting && p.quoted === last.quoted);
    if (!pair) {
      joined.push(phrase);
      continue;
    }
    const [first, second] = [last.value.start, phrase.value.start].sort(comparePartialDates) as [PartialDate, PartialDate];
    joined[joined.length - 1] = {
      ...last,
      end: phrase.end,
      text: sentence.slice(last.start, phrase.end),
      value: first.iso === second.iso ? { start: first } : { start: first, end: second },
      precision: 'range',
      tense: last.tense === 'future' || phrase.tense === 'future' ? 'future' : last.tense,
    };
  }
  return joined;
}

function spanKey(span: DateSpan): string {
  return span.end ? `${span.start.iso}/${span.end.iso}` : span.start.iso;
}

/** One event per fact the story states, with the actors and places of the clause that states it. */
export function draftEvents(
  body: string,
  published: PublishedDate,
  actors: readonly DetectedActor[],
  locations: readonly DetectedLocation[],
): DraftEvent[] {
  const matcherOf = (entities: readonly (DetectedActor | DetectedLocation)[], kind: MentionTarget['kind']) =>
    createMentionMatcher(entities.map((e) => ({ id: e.id, kind, names: [e.name, ...e.aliases] })));
  const actorMatcher = matcherOf(actors, 'actor');
  const locationMatcher = matcherOf(locations, 'location');
  const named = (matcher: ReturnType<typeof matcherOf>, text: string) => [...new Set(findMentions(matcher, text).map((m) => m.id))];
  return storyFacts(body, published).map((fact) => {
    const eventActors = named(actorMatcher, fact.text);
    const eventLocations = named(locationMatcher, fact.text);
    return {
      date: dateValue(fact.value),
      title: fact.title,
      ...(eventActors.length ? { actors: eventActors } : {}),
      ...(eventLocations.length ? { locations: eventLocations } : {}),
      ...(fact.expected ? { status: 'expected' as const } : {}),
    };
  });
}

function dateValue(span: DateSpan): DraftEvent['date'] {
  return span.end ? { start: span.start.iso, end: span.end.iso } : span.start.iso;
}
