/**
 * The location index: for each place the stories filed from it (their dateline), the stories that
 * name it, the events that happened there, and, for a country, the other places in it.
 */
import { sameItems } from './same-items';
import type { ArticleSummary, LocationEntry, TimelineEntry } from './model';
import { compareNames } from './compare-names';

export interface LocationProfile {
  readonly location: LocationEntry;
  /** Stories whose dateline is this place, newest first. */
  readonly filedFrom: ArticleSummary[];
  /** Stories that list this place (or one of their events does), newest first. */
  readonly mentionedIn: ArticleSummary[];
  /** Events that happened here, in timeline order. */
  readonly events: TimelineEntry[];
  /** For a country: the places that share its country code. */
  readonly places: LocationEntry[];
}

export interface StoryPlaces {
  readonly summary: ArticleSummary;
  /** Every place the story names: its `locations` and those of its events, each once. */
  readonly locations: readonly LocationEntry[];
}

/**
 * @param stories newest first
 * @param timeline the merged, sorted site timeline
 * @param previous the index of an earlier build: a place whose stories, events and places are the
 *   same objects as then keeps its profile (the same object). The result equals a fresh build.
 */
export function buildLocationIndex(
  locations: readonly LocationEntry[],
  stories: readonly StoryPlaces[],
  timeline: readonly TimelineEntry[],
  previous?: ReadonlyMap<string, LocationProfile>,
): Map<string, LocationProfile> {
  const profiles = new Map<string, LocationProfile>();
  for (const location of locations) {
    profiles.set(location.id, { location, filedFrom: [], mentionedIn: [], events: [], places: [] });
  }
  for (const story of stories) {
    profiles.get(story.summary.dateline.id)?.filedFrom.push(story.summary);
    for (const location of story.locations) profiles.get(location.id)?.mentionedIn.push(story.summary);
  }
  for (const entry of timeline) {
    for (const location of entry.locations) profiles.get(location.id)?.events.push(entry);
  }
  const countries = new Map<string, LocationProfile>();
  for (const profile of profiles.values()) {
    const { kind, country } = profile.location.data;
    if (kind === 'country' && country) countries.set(country, profile);
  }
  for (const location of locations) {
    const country = location.data.country && countries.get(location.data.country);
    if (country && country.location.id !== location.id) country.places.push(location);
  }
  for (const country of countries.values()) country.places.sort(byName);
  if (previous) {
    for (const [id, profile] of profiles) {
      const earlier = previous.get(id);
      if (earlier && sameProfile(earlier, profile)) profiles.set(id, earlier);
    }
  }
  return profiles;
}

function sameProfile(a: LocationProfile, b: LocationProfile): boolean {
  return a.location === b.location && sameItems(a.filedFrom, b.filedFrom) && sameItems(a.mentionedIn, b.mentionedIn) && sameItems(a.events, b.events) && sameItems(a.places, b.places);
}

export function byName(a: LocationEntry, b: LocationEntry): number {
  return compareNames(a.data.name, b.data.name);
}
