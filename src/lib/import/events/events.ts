/**
 * The dated events of a wire story, drafted for review.
 */
import type { DateSpan } from '../../date-span';
import { spanFirstDay } from '../../date-span';
import { createMentionMatcher, findMentions, type MentionTarget } from '../../mentions';
import { findDates, type DateMention } from '../../news-dates';
import { firstDay } from '../../partial-date';
import type { PublishedDate } from '../../published-date';
import type { DetectedActor, DetectedLocation } from '../entities';
import { eventTitle } from './titles';

export interface DraftEvent {
  readonly date: string | { start: string; end: string };
  readonly title: string;
  readonly actors?: string[];
  readonly locations?: string[];
  readonly status?: 'expected';
}

/** One event per date expression the story states, with the actors and places of its sentence. */
export function draftEvents(
  body: string,
  published: PublishedDate,
  actors: readonly DetectedActor[],
  locations: readonly DetectedLocation[],
): DraftEvent[] {
  return findDates(body, published.date).map((mention) => draftEvent(mention, actors, locations, published));
}

function draftEvent(
  mention: DateMention,
  actors: readonly DetectedActor[],
  locations: readonly DetectedLocation[],
  published: PublishedDate,
): DraftEvent {
  const sentence = mention.sentence.text.trim();
  const inSentence = (entities: readonly (DetectedActor | DetectedLocation)[], kind: MentionTarget['kind']) => {
    const matcher = createMentionMatcher(entities.map((e) => ({ id: e.id, kind, names: [e.name, ...e.aliases] })));
    return [...new Set(findMentions(matcher, sentence).map((m) => m.id))];
  };
  const eventActors = inSentence(actors, 'actor');
  const eventLocations = inSentence(locations, 'location');
  const future = mention.window || mention.tense === 'future' || spanFirstDay(mention.value) > firstDay(published.date);
  return {
    date: dateValue(mention.value),
    title: eventTitle(mention),
    ...(eventActors.length ? { actors: eventActors } : {}),
    ...(eventLocations.length ? { locations: eventLocations } : {}),
    ...(future ? { status: 'expected' as const } : {}),
  };
}

function dateValue(span: DateSpan): DraftEvent['date'] {
  return span.end ? { start: span.start.iso, end: span.end.iso } : span.start.iso;
}
