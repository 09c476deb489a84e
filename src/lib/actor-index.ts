/**
 * The actor index: for each actor the stories naming them, the events they take part in, and the
 * actors they appear with. Built in one pass over the stories and one over the timeline, so the cost
 * grows with the number of mentions (and pairs within one story), never with actors × stories.
 */
import type { ActorKind } from '../schemas/actor';
import type { ActorEntry, ArticleSummary, TimelineEntry } from './model';
import { compareNames } from './compare-names';

export interface CoAppearance {
  readonly actor: ActorEntry;
  /** Stories that name both. */
  readonly articles: number;
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
 */
export function buildActorIndex(
  actors: readonly ActorEntry[],
  stories: readonly StoryActors[],
  timeline: readonly TimelineEntry[],
): Map<string, ActorProfile> {
  // Each actor's place in name order, ties equal: co-appearances are sorted by it, which is the
  // collator's order without calling the collator for every comparison of every actor's rows.
  const byName = [...actors].sort((a, b) => compareNames(a.data.name, b.data.name));
  const nameRank = new Map<string, number>();
  byName.forEach((actor, i) => nameRank.set(actor.id, i > 0 && compareNames(byName[i - 1]!.data.name, actor.data.name) === 0 ? nameRank.get(byName[i - 1]!.id)! : i));

  interface Cell {
    readonly actor: ActorEntry;
    readonly rank: number;
    articles: number;
    events: number;
  }
  const profiles = new Map<string, ActorProfile>();
  const pairs = new Map<string, Map<string, Cell>>();
  for (const actor of actors) {
    profiles.set(actor.id, { actor, articles: [], events: [], coAppearances: [] });
    pairs.set(actor.id, new Map());
  }
  const countPairs = (group: readonly ActorEntry[], field: 'articles' | 'events') => {
    for (const a of group) {
      const row = pairs.get(a.id);
      if (!row) continue;
      for (const b of group) {
        if (a.id === b.id) continue;
        let cell = row.get(b.id);
        if (!cell) {
          cell = { actor: profiles.get(b.id)!.actor, rank: nameRank.get(b.id)!, articles: 0, events: 0 };
          row.set(b.id, cell);
        }
        cell[field] += 1;
      }
    }
  };

  for (const story of stories) {
    for (const actor of story.actors) profiles.get(actor.id)?.articles.push(story.summary);
    countPairs(story.actors, 'articles');
  }
  for (const entry of timeline) {
    for (const actor of entry.actors) profiles.get(actor.id)?.events.push(entry);
    countPairs(entry.actors, 'events');
  }
  for (const [id, profile] of profiles) {
    const cells = [...pairs.get(id)!.values()].sort((a, b) => b.articles - a.articles || b.events - a.events || a.rank - b.rank);
    for (const { actor, articles, events } of cells) profile.coAppearances.push({ actor, articles, events });
  }
  return profiles;
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
