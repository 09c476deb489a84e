/**
 * The actor index: for each actor the stories naming them, the events they take part in, and the
 * actors they appear with. Built in one pass over the stories and one over the timeline, so the cost
 * grows with the number of mentions (and pairs within one story), never with actors × stories.
 */
import { sameItems } from './same-items';
import type { ActorKind } from '../schemas/actor';
import type { ActorEntry, ArticleSummary, TimelineEntry } from './model';
import { compareNames } from './compare-names';

export interface CoAppearance {
  readonly actor: ActorEntry;
  /** Stories that name both. */
  readonly articles: number;
  /** Those stories, newest first. */
  readonly shared: readonly ArticleSummary[];
  /** Events both take part in. */
  readonly events: number;
}

export interface ActorProfile {
  readonly actor: ActorEntry;
  /** Newest first. */
  readonly articles: ArticleSummary[];
  /** In timeline order. */
  readonly events: TimelineEntry[];
  /** Most frequent first. */
  readonly coAppearances: CoAppearance[];
}

export interface StoryActors {
  readonly summary: ArticleSummary;
  /** Everyone the story names: its `actors` and the actors of its events, each once. */
  readonly actors: readonly ActorEntry[];
}

/**
 * @param stories newest first; each profile keeps that order.
 * @param timeline the merged, sorted site timeline.
 * @param previous the index of an earlier build: an actor whose stories and events are the same
 *   objects as then keeps its profile (the same object), so `--watch` recounts only the actors an
 *   edit touched. The result equals a fresh build either way.
 */
export function buildActorIndex(
  actors: readonly ActorEntry[],
  stories: readonly StoryActors[],
  timeline: readonly TimelineEntry[],
  previous?: ReadonlyMap<string, ActorProfile>,
): Map<string, ActorProfile> {
  interface Mentions {
    readonly actor: ActorEntry;
    readonly articles: ArticleSummary[];
    /** Everyone named by each of those stories. */
    readonly casts: (readonly ActorEntry[])[];
    readonly events: TimelineEntry[];
  }
  const mentions = new Map<string, Mentions>();
  for (const actor of actors) mentions.set(actor.id, { actor, articles: [], casts: [], events: [] });
  for (const story of stories) {
    for (const actor of story.actors) {
      const of = mentions.get(actor.id);
      if (!of) continue;
      of.articles.push(story.summary);
      of.casts.push(story.actors);
    }
  }
  for (const entry of timeline) for (const actor of entry.actors) mentions.get(actor.id)?.events.push(entry);

  let ranks: Map<string, number> | undefined;
  const profiles = new Map<string, ActorProfile>();
  for (const [id, of] of mentions) {
    const earlier = previous?.get(id);
    if (earlier && earlier.actor === of.actor && sameItems(earlier.articles, of.articles) && sameItems(earlier.events, of.events)) {
      profiles.set(id, earlier);
      continue;
    }
    ranks ??= nameRanks(actors);
    const row = new Map<string, { actor: ActorEntry; rank: number; shared: ArticleSummary[]; events: number }>();
    const cell = (other: ActorEntry) => {
      let found = row.get(other.id);
      if (!found) {
        found = { actor: mentions.get(other.id)!.actor, rank: ranks!.get(other.id)!, shared: [], events: 0 };
        row.set(other.id, found);
      }
      return found;
    };
    of.casts.forEach((cast, i) => {
      for (const other of cast) if (other.id !== id) cell(other).shared.push(of.articles[i]!);
    });
    for (const entry of of.events) for (const other of entry.actors) if (other.id !== id) cell(other).events += 1;
    const cells = [...row.values()].sort((a, b) => b.shared.length - a.shared.length || b.events - a.events || a.rank - b.rank);
    profiles.set(id, {
      actor: of.actor,
      articles: of.articles,
      events: of.events,
      coAppearances: cells.map(({ actor, shared, events }) => ({ actor, articles: shared.length, shared, events })),
    });
  }
  return profiles;
}

/**
 * Each actor's place in name order, ties equal: co-appearances are sorted by it, which is the
 * collator's order without calling the collator for every comparison of every actor's rows.
 */
function nameRanks(actors: readonly ActorEntry[]): Map<string, number> {
  const byName = [...actors].sort((a, b) => compareNames(a.data.name, b.data.name));
  const ranks = new Map<string, number>();
  byName.forEach((actor, i) => ranks.set(actor.id, i > 0 && compareNames(byName[i - 1]!.data.name, actor.data.name) === 0 ? ranks.get(byName[i - 1]!.id)! : i));
  return ranks;
}

/** Most-mentioned first: by stories, then events, then name. Actors never mentioned are left out. */
export function rankActors(profiles: Iterable<ActorProfile>): ActorProfile[] {
  return [...profiles]
    .filter((p) => p.articles.length + p.events.length > 0)
    .sort(
      (a, b) =>
        b.articles.length - a.articles.length ||
        b.events.length - a.events.length ||
        compareNames(a.actor.data.name, b.actor.data.name),
    );
}

export const ACTOR_KIND_LABELS: Record<ActorKind, string> = {
  person: 'People',
  government: 'Governments',
  state: 'States',
  organization: 'Organisations',
  military: 'Military',
  other: 'Others',
};

/** Profiles grouped by kind in a fixed order (people first), each group sorted by name. */
export function groupActorsByKind(profiles: Iterable<ActorProfile>): Array<{ kind: ActorKind; profiles: ActorProfile[] }> {
  const byKind = new Map<ActorKind, ActorProfile[]>();
  for (const profile of profiles) {
    const list = byKind.get(profile.actor.data.kind) ?? [];
    list.push(profile);
    byKind.set(profile.actor.data.kind, list);
  }
  return (Object.keys(ACTOR_KIND_LABELS) as ActorKind[])
    .filter((kind) => byKind.has(kind))
    .map((kind) => ({
      kind,
      profiles: byKind.get(kind)!.sort((a, b) => compareNames(a.actor.data.name, b.actor.data.name)),
    }));
}

export const ACTOR_KIND_NAMES: Record<ActorKind, string> = {
  person: 'Person',
  government: 'Government',
  state: 'State',
  organization: 'Organisation',
  military: 'Military',
  other: 'Other',
};
