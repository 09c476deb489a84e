/** An actor or location as detection reports it: an existing content entry, or a new one with a fresh id. */
import { ACTOR_KINDS, type ActorKind } from '../../../schemas/actor';
import { LOCATION_KINDS, type LocationKind } from '../../../schemas/location';
import { slugify, uniqueId } from './entity-ids';
import { foldName } from './patterns';
import type { DetectedActor, DetectedLocation, KnownEntities, KnownEntity } from './types';

/**
 * The first entry, in the order of `names`, whose name or an alias is one of them, accents, case and
 * apostrophes folded: "Republican People’s Party" is "Republican People's Party".
 */
export function findKnown(entries: KnownEntity[], names: string[]): KnownEntity | undefined {
  for (const name of names) {
    const key = foldName(name);
    const match = entries.find((entry) => [entry.name, ...entry.aliases].some((n) => foldName(n) === key));
    if (match) return match;
  }
  return undefined;
}

/**
 * The known person a bare surname ("Mitsotákis") names: only when exactly one known person has that
 * surname and no other person of that surname is in the story (a president's wife is not the president).
 */
export function knownPersonBySurname(entries: KnownEntity[], surname: string, storyPeople: readonly string[]): KnownEntity | undefined {
  const key = foldName(surname);
  if (key.includes(' ')) return undefined;
  const last = (name: string) => foldName(name).split(' ').at(-1);
  const matches = entries.filter((e) => e.kind === 'person' && foldName(e.name).includes(' ') && last(e.name) === key);
  if (matches.length !== 1) return undefined;
  const match = matches[0]!;
  const others = storyPeople.filter((p) => foldName(p).includes(' ') && last(p) === key && foldName(p) !== foldName(match.name));
  return others.length ? undefined : match;
}

export function existingActor(entry: KnownEntity): Omit<DetectedActor, 'firstMention'> {
  return { id: entry.id, name: entry.name, kind: oneOf(entry.kind, ACTOR_KINDS, 'other'), aliases: [...entry.aliases], existing: true };
}

export function existingLocation(entry: KnownEntity): Omit<DetectedLocation, 'firstMention'> {
  return { id: entry.id, name: entry.name, kind: oneOf(entry.kind, LOCATION_KINDS, 'other'), aliases: [...entry.aliases], existing: true };
}

export function newActor(name: string, kind: ActorKind, known: KnownEntities, id?: string): Omit<DetectedActor, 'firstMention'> {
  return { id: uniqueId(id ?? slugify(name), known.actors), name, kind, aliases: [], existing: false };
}

export function newLocation(
  name: string,
  kind: LocationKind,
  known: KnownEntities,
  geo: { country?: string | undefined; coordinates?: [number, number] | undefined } = {},
): Omit<DetectedLocation, 'firstMention'> {
  return {
    id: uniqueId(slugify(name), known.locations),
    name,
    kind,
    ...(geo.country && { country: geo.country }),
    ...(geo.coordinates && { coordinates: geo.coordinates }),
    aliases: [],
    existing: false,
  };
}

function oneOf<T extends string>(value: string, allowed: readonly T[], fallback: T): T {
  return (allowed as readonly string[]).includes(value) ? (value as T) : fallback;
}
