/**
 * Finds the actors and locations of a raw wire story, so that `npm run import` can write a draft
 * article whose frontmatter the editor only has to check, not type.
 *
 * compromise alone is poor on wire copy: it glues titles to names ("Minister Sergey Lavrov"),
 * misses rare surnames ("Araghchi"), reads ship names as people, keeps possessives ("Tehran’s")
 * and cannot tell a capital standing for its government ("talks between Washington and Tehran")
 * from a place ("held in Muscat"). So mentions come from five sources, strongest first, and a
 * stretch of text claimed by a stronger source is never re-read by a weaker one:
 *   1. wire-copy rules: titled people, ships, stand-ins ("the Kremlin"), organisations, facilities
 *      and seas by their head noun, and treaties, which are claimed only to be skipped;
 *   2. the editor's existing actors and locations, by name and alias (case-sensitive, whole words);
 *   3. a small gazetteer of countries, the cities that stand for their governments, and regions;
 *   4. compromise's people, organisations and places, cleaned of titles, possessives and punctuation;
 *   5. leftovers: all-capital acronyms (organisations) and capitalised words after "in", "off"….
 * Surnames, bare ship names and bracketed acronyms then fold later mentions into the entity named
 * in full. A country or capital is an actor unless the sentence uses it as a place ("in Tehran").
 *
 * Pure and deterministic: no I/O, no randomness; entities come out in order of first mention.
 */
import { aliasIndex, aliasMentions } from './aliases';
import { compromiseMentions } from './compromise-mentions';
import { slugify, uniqueId } from './entity-ids';
import { existingLocation } from './existing-or-new';
import { gazetteerMentions } from './gazetteer-mentions';
import { knownMentions } from './known-mentions';
import { leftoverMentions } from './leftover-mentions';
import { selectMentions } from './mention';
import { resolveMentions } from './resolve-mentions';
import { ruleMentions } from './rule-mentions';
import type { DetectedEntities, DetectedLocation, KnownEntities } from './types';

export { slugify } from './entity-ids';
export type { DetectedActor, DetectedEntities, DetectedLocation, KnownEntities, KnownEntity } from './types';

/** Actors and locations of a story body (the text after the dateline line), in order of first mention. */
export function detectEntities(text: string, known: KnownEntities): DetectedEntities {
  const firstPass = selectMentions([
    ruleMentions(text),
    knownMentions(text, known),
    gazetteerMentions(text),
    compromiseMentions(text),
    leftoverMentions(text),
  ]);
  const aliases = aliasIndex(firstPass);
  const mentions = selectMentions([firstPass, aliasMentions(text, aliases)]);
  return resolveMentions(text, mentions, aliases, known);
}

/** The location of a capitalised dateline line such as `ISTANBUL` or `NEW YORK`, if it has one. */
export function detectDateline(firstLine: string, known: Pick<KnownEntities, 'locations'>): DetectedLocation | undefined {
  const caps = /^\s*(\p{Lu}[\p{Lu}\p{M}.'’ -]*\p{Lu})(?![\p{Ll}])/u.exec(firstLine)?.[1]?.trim();
  if (!caps) return undefined;
  const match = known.locations.find((entry) => [entry.name, ...entry.aliases].some((n) => foldCase(n) === foldCase(caps)));
  if (match) return { ...existingLocation(match), firstMention: caps };
  const name = caps.toLowerCase().replace(/(^|[\s-])(\p{Ll})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
  const id = uniqueId(slugify(name), known.locations);
  return { id, name, kind: 'city', aliases: [], existing: false, firstMention: caps };
}

function foldCase(s: string): string {
  return s.replace(/[ıİ]/g, 'I').normalize('NFKD').replace(/\p{M}/gu, '').toUpperCase();
}
