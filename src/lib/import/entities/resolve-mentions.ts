/**
 * Resolution: each mention becomes an actor, a location, or nothing. A country or capital is an
 * actor unless the sentence uses it as a place ("in Tehran").
 */
import type { LocationKind } from '../../../schemas/location';
import { useOf, type Use } from './actor-or-place';
import type { AliasIndex } from './aliases';
import { existingActor, existingLocation, findKnown, newActor, newLocation } from './existing-or-new';
import { countryNamed, countryWithSeat, isCountryOrSeat, REGIONS } from './gazetteer';
import type { ActorCandidate, Candidate, Mention } from './mention';
import type { DetectedActor, DetectedEntities, DetectedLocation, KnownEntities, KnownEntity } from './types';

interface Resolved {
  actor?: Omit<DetectedActor, 'firstMention'>;
  location?: Omit<DetectedLocation, 'firstMention'>;
}

export function resolveMentions(text: string, mentions: Mention[], aliases: AliasIndex, known: KnownEntities): DetectedEntities {
  const actors = new Map<string, DetectedActor>();
  const locations = new Map<string, DetectedLocation>();
  let previous: { end: number; use: Use } | undefined;
  for (const m of mentions) {
    const candidate = followAlias(m.candidate, aliases);
    const resolved = resolve(candidate, m.alias, useOf(text, m, previous), known);
    const firstMention = text.slice(m.start, m.end);
    if (resolved?.actor) record(actors, resolved.actor, m.alias, firstMention).role ??= resolved.actor.role;
    if (resolved?.location) record(locations, resolved.location, m.alias, firstMention);
    previous = { end: m.end, use: resolved?.location ? 'place' : 'actor' };
  }
  return { actors: [...actors.values()].map(withoutEmptyRole), locations: [...locations.values()] };
}

/** A compromise "Aydinli" or an acronym "TANAP" is the entity first named in full. */
function followAlias(candidate: Candidate, aliases: AliasIndex): Candidate {
  if (candidate.type !== 'actor' && candidate.type !== 'place') return candidate;
  const target = aliases.get(candidate.name);
  return target && !(candidate.type === 'place' && target.type === 'actor') ? target : candidate;
}

function resolve(candidate: Candidate, surface: string, use: Use, known: KnownEntities): Resolved | undefined {
  switch (candidate.type) {
    case 'skip':
      return undefined;
    case 'actor':
      return { actor: actorFor(candidate, surface, known) };
    case 'known':
      return resolveKnown(candidate, surface, use, known);
    case 'place': {
      const stateLike = isCountryOrSeat(candidate.name) || candidate.kind === 'country';
      return stateLike && use === 'actor'
        ? { actor: stateActor(candidate.name, known) }
        : { location: placeFor(candidate.name, candidate.kind, known) };
    }
  }
}

function resolveKnown(candidate: Extract<Candidate, { type: 'known' }>, surface: string, use: Use, known: KnownEntities): Resolved | undefined {
  const { actor, location } = candidate;
  const stateLike = actor?.kind === 'state' || location?.kind === 'country' || isCountryOrSeat(surface);
  if (!stateLike || use === 'actor' && actor && actor.kind !== 'state') {
    if (actor) return { actor: existingActor(actor) };
    return location && { location: existingLocation(location) };
  }
  if (use === 'actor') return { actor: actor ? existingActor(actor) : stateActor(surface, known, location) };
  return { location: location ? existingLocation(location) : placeFor(surface, undefined, known, actor) };
}

function actorFor(candidate: ActorCandidate, surface: string, known: KnownEntities): Omit<DetectedActor, 'firstMention'> {
  const match = findKnown(known.actors, [candidate.name, surface]);
  const actor = match ? existingActor(match) : newActor(candidate.name, candidate.kind, known, candidate.id);
  return { ...actor, ...(candidate.role && { role: candidate.role }) };
}

/** The state (or the EU) a country name or a capital stands for, existing if the content has it. */
function stateActor(surface: string, known: KnownEntities, location?: KnownEntity): Omit<DetectedActor, 'firstMention'> {
  const country = countryNamed(surface) ?? countryWithSeat(surface) ?? (location && countryNamed(location.name));
  const names = [surface, ...(location ? [location.name, ...location.aliases] : []), ...(country ? [country.name, ...country.aliases] : [])];
  const match = findKnown(known.actors, names);
  if (match) return existingActor(match);
  return newActor(country?.name ?? location?.name ?? surface, country?.kind ?? 'state', known);
}

/** The place a name stands for: a capital is its city, "US" is the country United States. */
function placeFor(name: string, kind: LocationKind | undefined, known: KnownEntities, actor?: KnownEntity): Omit<DetectedLocation, 'firstMention'> {
  const direct = findKnown(known.locations, [name]);
  if (direct) return existingLocation(direct);
  if (countryWithSeat(name)) return newLocation(name, 'city', known);
  const country = countryNamed(name) ?? (actor && countryNamed(actor.name));
  const match = findKnown(known.locations, [...(country ? [country.name, ...country.aliases] : []), ...(actor ? [actor.name] : [])]);
  if (match) return existingLocation(match);
  if (country) return newLocation(country.name, country.kind === 'state' ? 'country' : 'region', known);
  return newLocation(actor?.name ?? name, kind ?? guessPlaceKind(name), known);
}

function guessPlaceKind(name: string): LocationKind {
  if (/\b(?:Sea|Ocean)$|^(?:Gulf|Strait|Bay|Sea) of\b/.test(name)) return 'sea';
  if (REGIONS.includes(name)) return 'region';
  return 'other';
}

/** Adds a mention to its entity (the first one fixes `firstMention`), keeping new spellings as aliases. */
function record<T extends { id: string; name: string; aliases: string[]; firstMention: string }>(
  entities: Map<string, T>,
  draft: Omit<T, 'firstMention'>,
  alias: string,
  firstMention: string,
): T {
  const entity = entities.get(draft.id) ?? ({ ...draft, aliases: [...draft.aliases], firstMention } as T);
  if (alias !== entity.name && !entity.aliases.includes(alias)) entity.aliases.push(alias);
  entities.set(draft.id, entity);
  return entity;
}

function withoutEmptyRole(actor: DetectedActor): DetectedActor {
  if (actor.role !== undefined) return actor;
  const { role: _role, ...rest } = actor;
  return rest;
}
