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
 *      and seas by their head noun, treaties (claimed only to be skipped), and names read from
 *      their context (context-mentions.ts: "striker Miloš Jovanović", "Selim Karabulut, the
 *      governor of Şırnak,", "London-based Capital Economics", "the town of Samandağ", "Hatay province");
 *   2. the editor's existing actors and locations, by name and alias (whole words, accents folded);
 *   3. the gazetteer: every country, the cities that stand for their governments, regions and seas,
 *      and after a place preposition any province, district, city or town of the gazetteer package;
 *   4. compromise's people, organisations and places, cleaned of titles, possessives and punctuation;
 *   5. leftovers: all-capital acronyms (organisations), capitalised words after "in", "off"…, and
 *      two or three capitalised words no English lexicon knows (a person's name).
 * Surnames, bare ship names and bracketed acronyms then fold later mentions into the entity named
 * in full. A country or capital is an actor unless the sentence uses it as a place ("in Tehran").
 *
 * Deterministic, with no randomness; the only I/O is reading the gazetteer package's data files,
 * lazily and once (gazetteer-data.ts). Entities come out in order of first mention; new places
 * carry the gazetteer's country code and coordinates for the map.
 */
import { aliasIndex, aliasMentions } from './aliases';
import { compromiseMentions } from './compromise-mentions';
import { slugify, uniqueId } from './entity-ids';
import { existingLocation, newLocation } from './existing-or-new';
import { countryNamed, countryOfPrefix, isCountryOrSeat } from './gazetteer';
import { gazetteerMentions, usedAsAdjective } from './gazetteer-mentions';
import { countryInfo, lookupPlace } from './place-lookup';
import { knownMentions } from './known-mentions';
import { leftoverMentions } from './leftover-mentions';
import { mention, selectMentions, type Mention } from './mention';
import { matchPhrase } from './patterns';
import { COMPETITION, NOT_ORGANIZATIONS, PLATFORMS } from './vocabulary';
import { resolveMentions } from './resolve-mentions';
import { ruleMentions } from './rule-mentions';
import type { DetectedEntities, DetectedLocation, DetectOptions, KnownEntities } from './types';

export { slugify } from './entity-ids';
export type { DetectedActor, DetectedEntities, DetectedLocation, DetectOptions, KnownEntities, KnownEntity } from './types';

/** Actors and locations of a story body (the text after the dateline line), in order of first mention. */
export function detectEntities(text: string, known: KnownEntities, options: DetectOptions = {}): DetectedEntities {
  const rules = ruleMentions(text);
  const firstPass = selectMentions([
    rules,
    repeatedNames(text, rules),
    knownMentions(text, known).filter(notQualifier, text),
    gazetteerMentions(text).filter(notQualifier, text),
    compromiseMentions(text).filter(notProductOrPlatform, text).filter(notQualifier, text),
    leftoverMentions(text).filter(notProductOrPlatform, text).filter(notQualifier, text),
  ]);
  const aliases = aliasIndex(firstPass);
  const mentions = selectMentions([firstPass, aliasMentions(text, aliases)]);
  return resolveMentions(text, mentions, aliases, known, storyCountries(text, options), options.dateline);
}

/**
 * A name of two words or more that a rule read once is that name wherever it is repeated: the
 * second "Dinamo Tbilisi" is the club again, not the city of Tbilisi.
 */
function repeatedNames(text: string, rules: Mention[]): Mention[] {
  const named = new Map<string, Mention['candidate']>();
  for (const m of rules) {
    const c = m.candidate;
    if ((c.type === 'actor' || c.type === 'place') && m.alias === c.name && c.name.includes(' ') && !named.has(c.name)) named.set(c.name, c);
  }
  return [...named].flatMap(([name, candidate]) => matchPhrase(text, name).map((match) => mention(match.index, name, candidate)));
}

/** "Brussels-based", "Kazakh-led": a name that qualifies the next word names nobody and no place. */
function notQualifier(this: string, m: Mention): boolean {
  return !/^-(?:based|backed|led|funded|owned|run|born|made)\b/u.test(this.slice(m.end, m.end + 12));
}

/** "posted on Instagram", "the DAX", "the Super Lig": platforms, products, indexes and competitions are nobody. */
function notProductOrPlatform(this: string, m: Mention): boolean {
  if (m.candidate.type === 'place' && isCountryOrSeat(m.candidate.name) && usedAsAdjective(this, m.end)) return false;
  return !(m.candidate.type === 'actor' && (PLATFORMS.has(m.candidate.name) || NOT_ORGANIZATIONS.has(m.candidate.name) || COMPETITION.test(m.candidate.name)));
}

/** ISO codes of the dateline's country and of the countries the story names or qualifies ("Turkish"), in that order. */
function storyCountries(text: string, options: DetectOptions): string[] {
  const codes = [options.dateline?.country];
  for (const m of text.matchAll(/\p{Lu}[\p{L}\p{M}]+(?:\s\p{Lu}[\p{L}\p{M}]+)?/gu)) {
    const country = countryOfPrefix(m[0]) ?? countryOfPrefix(m[0].split(' ')[0] ?? '');
    codes.push(country?.iso2);
  }
  return [...new Set(codes.filter((c): c is string => Boolean(c)))];
}

/** The location of a capitalised dateline line such as `ISTANBUL` or `NEW YORK`, if it has one. */
/**
 * The location of a capitalised dateline line such as `ISTANBUL`, `NEW YORK` or `ANTAKYA, Türkiye`,
 * if it has one: always a city, with its country and coordinates from the gazetteer when it has them.
 */
export function detectDateline(firstLine: string, known: Pick<KnownEntities, 'locations'>): DetectedLocation | undefined {
  const caps = /^\s*(\p{Lu}[\p{Lu}\p{M}.'’ -]*\p{Lu})(?![\p{Ll}])/u.exec(firstLine)?.[1]?.trim();
  if (!caps) return undefined;
  const match = known.locations.find((entry) => [entry.name, ...entry.aliases].some((n) => foldCase(n) === foldCase(caps)));
  if (match) return { ...existingLocation(match), firstMention: caps };
  const name = caps.toLowerCase().replace(/(^|[\s-])(\p{Ll})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
  const after = /^[,\s]+(\p{Lu}[\p{L}\p{M} ]*)/u.exec(firstLine.slice(firstLine.indexOf(caps) + caps.length))?.[1]?.trim();
  const country = after ? countryOfPrefix(after)?.iso2 : undefined;
  const info = lookupPlace(name, 'city', true, country ? [country] : []);
  const geo = info && (!country || info.country === country) ? info : undefined;
  const { aliases: _aliases, existing: _existing, ...rest } = newLocation(name, 'city', { actors: [], locations: [] }, geo ?? {});
  const id = uniqueId(slugify(name), known.locations);
  return { ...rest, id, aliases: [], existing: false, firstMention: caps };
}

/**
 * The country a dateline line names after its city (`KIRKUK, Iraq`, `SARAJEVO, Bosnia and
 * Herzegovina`), as a place of the story: the existing location if the content has it.
 */
export function detectDatelineCountry(firstLine: string, known: Pick<KnownEntities, 'locations'>): DetectedLocation | undefined {
  const after = /^\s*\p{Lu}[\p{Lu}\p{M}.'’ -]*\p{Lu}(?![\p{Ll}]),\s*(\p{Lu}[\p{L}\p{M} ]*)/u.exec(firstLine)?.[1]?.trim();
  const country = after ? countryNamed(after) : undefined;
  if (!after || !country || country.kind !== 'state') return undefined;
  const match = known.locations.find((entry) => [entry.name, ...entry.aliases].some((n) => [country.name, ...country.aliases, after].some((c) => foldCase(n) === foldCase(c))));
  if (match) return { ...existingLocation(match), firstMention: after };
  return { ...newLocation(country.name, 'country', { actors: [], locations: [] }, countryInfo(country.name) ?? {}), id: uniqueId(slugify(country.name), known.locations), firstMention: after };
}

function foldCase(s: string): string {
  return s.replace(/[ıİ]/g, 'I').normalize('NFKD').replace(/\p{M}/gu, '').toUpperCase();
}
