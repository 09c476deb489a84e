/**
 * Resolution: each mention becomes an actor, a location, or nothing. A country or capital is an
 * actor unless the sentence uses it as a place ("in Tehran").
 */
import type { LocationKind } from '../../../schemas/location';
import { useOf, type Use } from './actor-or-place';
import { aliasTarget, type AliasIndex } from './aliases';
import { existingActor, existingLocation, findKnown, knownPersonBySurname, newActor, newLocation } from './existing-or-new';
import { countryNamed, countryWithSeat, isCountryOrSeat, REGIONS, SEAS } from './gazetteer';
import type { ActorCandidate, Candidate, Mention } from './mention';
import { foldName } from './patterns';
import { countryInfo, lookupPlace } from './place-lookup';
import type { DetectedActor, DetectedEntities, DetectedLocation, KnownEntities, KnownEntity } from './types';

/** What resolution needs beyond the mentions: the story's people (for surnames) and its countries (for namesakes). */
interface Context {
  known: KnownEntities;
  people: string[];
  preferred: readonly string[];
}

interface Resolved {
  actor?: Omit<DetectedActor, 'firstMention'>;
  location?: Omit<DetectedLocation, 'firstMention'>;
}

export function resolveMentions(
  text: string,
  mentions: Mention[],
  aliases: AliasIndex,
  known: KnownEntities,
  preferred: readonly string[] = [],
  dateline?: DetectedLocation,
): DetectedEntities {
  const actors = new Map<string, DetectedActor>();
  const locations = new Map<string, DetectedLocation>();
  const people = mentions.flatMap((m) => (m.candidate.type === 'actor' && m.candidate.kind === 'person' ? [m.candidate.name] : []));
  const context: Context = { known, people, preferred };
  const sure = new Set<string>();
  let previous: { end: number; use: Use } | undefined;
  for (const m of mentions) {
    const candidate = followAlias(m.candidate, aliases);
    const resolved = resolve(candidate, m.alias, useOf(text, m, previous), context);
    if (resolved?.location && candidate.type === 'place' && candidate.sure) resolved.location = apartFromCity(resolved.location, locations, dateline);
    if (resolved?.location && candidate.type === 'place' && candidate.sure) sure.add(resolved.location.id);
    const firstMention = text.slice(m.start, m.end);
    if (resolved?.actor) record(actors, resolved.actor, m.alias, firstMention).role ??= resolved.actor.role;
    if (resolved?.location) record(locations, resolved.location, m.alias, firstMention);
    previous = { end: m.end, use: resolved?.location ? 'place' : 'actor' };
  }
  return withoutCrossings([...actors.values()].map(withoutEmptyRole), [...locations.values()], sure);
}

/** "Izmir province" in a story filed from Izmir: the province is a place of its own, `izmir-province`. */
function apartFromCity(
  location: Omit<DetectedLocation, 'firstMention'>,
  locations: Map<string, DetectedLocation>,
  dateline: DetectedLocation | undefined,
): Omit<DetectedLocation, 'firstMention'> {
  if (location.existing || (location.kind !== 'province' && location.kind !== 'district')) return location;
  const other = location.id === dateline?.id ? dateline : locations.get(location.id);
  return other && other.kind === 'city' ? { ...location, id: `${location.id}-${location.kind}` } : location;
}

/**
 * A person is never a place, nor a place a person: a name read both ways keeps the reading with the
 * stronger evidence (a place the text calls "province" or "town", else the person).
 */
function withoutCrossings(actors: DetectedActor[], locations: DetectedLocation[], sure: Set<string>): DetectedEntities {
  const names = (e: DetectedActor | DetectedLocation) => [e.name, ...e.aliases].map(foldName);
  const placeNames = new Set(locations.filter((l) => sure.has(l.id)).flatMap(names));
  const people = actors.filter((a) => a.kind === 'person' && !a.existing);
  const keptActors = actors.filter((a) => !(a.kind === 'person' && !a.existing && names(a).some((n) => placeNames.has(n))));
  const personNames = new Set(people.filter((p) => keptActors.includes(p)).flatMap(names));
  const keptLocations = locations.filter((l) => sure.has(l.id) || l.existing || !names(l).some((n) => personNames.has(n)));
  return { actors: keptActors, locations: keptLocations };
}

/** A compromise "Aydinli" or an acronym "TANAP" is the entity first named in full. */
function followAlias(candidate: Candidate, aliases: AliasIndex): Candidate {
  if (candidate.type !== 'actor' && candidate.type !== 'place') return candidate;
  const target = aliasTarget(aliases, candidate.name);
  return target && !(candidate.type === 'place' && target.type === 'actor') ? target : candidate;
}

function resolve(candidate: Candidate, surface: string, use: Use, context: Context): Resolved | undefined {
  const { known } = context;
  switch (candidate.type) {
    case 'skip':
      return undefined;
    case 'actor':
      return { actor: actorFor(candidate, surface, context) };
    case 'known':
      return resolveKnown(candidate, surface, use, known);
    case 'place': {
      const stateLike = isCountryOrSeat(candidate.name) || candidate.kind === 'country';
      return stateLike && use === 'actor' && !candidate.sure
        ? { actor: stateActor(candidate.name, known) }
        : { location: placeFor(candidate.name, candidate.kind, known, undefined, candidate.sure ?? false, context.preferred) };
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

function actorFor(candidate: ActorCandidate, surface: string, { known, people }: Context): Omit<DetectedActor, 'firstMention'> {
  const match =
    findKnown(known.actors, [candidate.name, surface]) ??
    (candidate.kind === 'person' && !candidate.name.includes(' ') ? knownPersonBySurname(known.actors, candidate.name, people) : undefined);
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

/**
 * The place a name stands for: a capital is its city, "US" is the country United States; other names
 * are read against the gazetteer for their kind, country and coordinates.
 */
function placeFor(
  name: string,
  kind: LocationKind | undefined,
  known: KnownEntities,
  actor?: KnownEntity,
  sure = false,
  preferred: readonly string[] = [],
): Omit<DetectedLocation, 'firstMention'> {
  const direct = findKnown(known.locations, [name]);
  if (direct) return existingLocation(direct);
  const country = countryNamed(name) ?? (actor && countryNamed(actor.name));
  if (country && !(sure && kind && kind !== 'country')) {
    const match = findKnown(known.locations, [country.name, ...country.aliases, ...(actor ? [actor.name] : [])]);
    if (match) return existingLocation(match);
    return newLocation(country.name, country.kind === 'state' ? 'country' : 'region', known, countryInfo(country.name));
  }
  const match = actor && findKnown(known.locations, [actor.name]);
  if (match) return existingLocation(match);
  const own = actor?.name ?? name;
  const fixed = sure && kind && (SEAS.includes(own) || REGIONS.includes(own)) ? kind : guessPlaceKind(own, kind);
  if (fixed) return newLocation(own, fixed, known);
  const info = lookupPlace(own, kind, sure, preferred);
  if (info) return newLocation(own, countryWithSeat(own) && !sure ? 'city' : info.kind, known, info);
  return newLocation(own, kind ?? 'other', known);
}

/** Seas, regions and facilities keep the kind their name gives; the gazetteer does not rank them. */
function guessPlaceKind(name: string, kind: LocationKind | undefined): LocationKind | undefined {
  if (kind === 'facility' || kind === 'sea') return kind;
  if (/\b(?:Sea|Ocean)$|^(?:Gulf|Strait|Bay|Sea) of\b/.test(name) || SEAS.includes(name)) return 'sea';
  if (REGIONS.includes(name) || /\s(?:Valley|Mountains|Desert|Plain|Plains|Peninsula|Basin|Plateau|Highlands)$/u.test(name)) return 'region';
  return undefined;
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
