/** An actor or location as detection reports it: an existing content entry, or a new one with a fresh id. */
import { ACTOR_KINDS, type ActorKind } from '../../../schemas/actor';
import { LOCATION_KINDS, type LocationKind } from '../../../schemas/location';
import { slugify, uniqueId } from './entity-ids';
import type { DetectedActor, DetectedLocation, KnownEntities, KnownEntity } from './types';

/** The first entry, in the order of `names`, whose name or an alias is one of them. */
export function findKnown(entries: KnownEntity[], names: string[]): KnownEntity | undefined {
  for (const name of names) {
    const match = entries.find((entry) => entry.name === name || entry.aliases.includes(name));
    if (match) return match;
  }
  return undefined;
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

export function newLocation(name: string, kind: LocationKind, known: KnownEntities): Omit<DetectedLocation, 'firstMention'> {
  return { id: uniqueId(slugify(name), known.locations), name, kind, aliases: [], existing: false };
}

function oneOf<T extends string>(value: string, allowed: readonly T[], fallback: T): T {
  return (allowed as readonly string[]).includes(value) ? (value as T) : fallback;
}
