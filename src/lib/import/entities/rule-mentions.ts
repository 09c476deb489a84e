/**
 * The first and strongest source of mentions, wire-copy rules: titled people, ships, stand-ins
 * ("the Kremlin"), and names read by their head noun (organisations, facilities, seas, treaties).
 */
import type { ActorKind } from '../../../schemas/actor';
import { countryNamed, countryOfPrefix, STAND_INS, type StandIn } from './gazetteer';
import { headNounMentions, namedInfrastructure, organizationKind, seas } from './head-noun-mentions';
import { mention, type ActorCandidate, type Mention } from './mention';
import { contextMentions } from './context-mentions';
import { alternation, END, escapeRegExp, L, matchAll, matchPhrase, NAME, prefixPattern, SP, START, stripPossessive, TITLE } from './patterns';
import { ACRONYMS_WITH_THE, CIVIL_SHIP_TYPES, NOT_NAMES, ORG_HEADS, SHIP_PREFIXES, TITLE_HEADS, WARSHIP_TYPES } from './vocabulary';

export function ruleMentions(text: string): Mention[] {
  const named = ships(text);
  const shipNames = new Set(named.map((m) => m.alias));
  // A ship named after a person or a city is named so every time: "The Admiral Essen belongs to…".
  const shipMentions = [...named, ...named.flatMap((m) => matchPhrase(text, m.alias).map((match) => mention(match.index, m.alias, m.candidate)))];
  return [
    ...titledPeople(text).filter((m) => !shipNames.has(text.slice(m.start, m.end)) && !shipNames.has(m.alias)),
    ...placeTitledPeople(text),
    ...shipMentions,
    ...standIns(text),
    ...headNounMentions(text),
    ...seas(text),
    ...namedInfrastructure(text),
    // Last, so that of two readings of one stretch the explicit one (a head noun, a title) wins.
    ...contextMentions(text),
  ];
}

/** "Russian Foreign Minister Sergey Lavrov" → Sergey Lavrov, role "Foreign Minister of Russia"; "former Prime Minister …" → "Former Prime Minister". */
function titledPeople(text: string): Mention[] {
  const pattern = String.raw`${START}(?:(?<prefix>${prefixPattern()})\)?(?:['’]s)?${SP})?(?<title>${TITLE})${SP}(?<name>${NAME})`;
  const found: Mention[] = [];
  for (const match of matchAll(text, pattern)) {
    const { prefix, title = '', name: rawName = '' } = match.groups ?? {};
    const name = stripPossessive(rawName);
    if (!isPersonName(name)) continue;
    if (new RegExp(`(?:${WARSHIP_TYPES}|${CIVIL_SHIP_TYPES})\\s+$`).test(text.slice(Math.max(0, match.index - 30), match.index))) continue;
    const nameStart = match.index + match[0].length - rawName.length;
    const prefixMention = prefix ? prefixAsMention(prefix, match.index) : undefined;
    const start = prefixMention ? match.index + match[0].indexOf(title, prefix?.length ?? 0) : match.index;
    if (!prefix && ROYAL_TITLES.has(title) && !name.includes(' ') && PARTY_AFTER.test(text.slice(nameStart + name.length))) {
      // "Emir Ćatić of the Social Democratic Party": a party's candidate is no emir; Emir is his given name.
      found.push(mention(match.index, `${title} ${name}`, { type: 'actor', name: `${title} ${name}`, kind: 'person' }));
      continue;
    }
    const former = /(?:^|[^\p{L}])[Ff]ormer[^\S\n]+$/u.test(text.slice(Math.max(0, start - 10), start));
    const role = capitalize(`${former ? 'former ' : ''}${prefix ? `${title} of ${displayPrefix(prefix)}` : title}`);
    found.push({ start, end: nameStart + name.length, alias: name, candidate: { type: 'actor', name, kind: 'person', role } });
    if (prefixMention) found.push(prefixMention);
  }
  return found;
}

/** Titles that are also given names (Emir, Sultan), and what shows a name is not a monarch's. */
const ROYAL_TITLES = new Set(['Emir', 'Sultan', 'Prince', 'King']);
const PARTY_AFTER = /^[^\S\n]+of[^\S\n]+the[^\S\n]+(?:[\p{L}\p{M}-]+[^\S\n]+){0,5}(?:Party|Alliance|Union|Front|Movement|List|Coalition|Democrats)(?![\p{L}])/u;

/** "Hatay Governor Cengiz Aydoğdu" → role `Governor of Hatay`; "Istanbul Mayor …" likewise. */
function placeTitledPeople(text: string): Mention[] {
  const pattern = String.raw`${START}(?<place>\p{Lu}${L}+(?:${SP}\p{Lu}${L}+)?)${SP}(?<title>Governor|Mayor|Deputy${SP}Governor|Deputy${SP}Mayor)${SP}(?<name>${NAME})`;
  return matchAll(text, pattern).flatMap((match) => {
    const { place = '', title = '', name: rawName = '' } = match.groups ?? {};
    const name = stripPossessive(rawName);
    if (!isPersonName(name) || countryOfPrefix(place) || NOT_NAMES.has(place.split(/\s+/)[0] ?? '') || ORG_HEADS.has(place.split(/\s+/).at(-1) ?? '')) return [];
    return [{ start: match.index, end: match.index + match[0].length - rawName.length + name.length, alias: name, candidate: { type: 'actor', name, kind: 'person', role: `${title} of ${place}` } }];
  });
}

function isPersonName(name: string): boolean {
  const parts = name.split(/\s+/);
  return parts.every((w) => !TITLE_HEADS.has(w) && !ORG_HEADS.has(w) && !NOT_NAMES.has(w) && !countryNamed(w));
}

/**
 * A title's prefix naming an organisation ("NATO", "European Commission", "Kremlin") is a mention of
 * its own; a country's ("US", "Russian") only gives the role.
 */
function prefixAsMention(prefix: string, start: number): Mention | undefined {
  if (countryOfPrefix(prefix)) return undefined;
  if (ORG_HEADS.has(prefix)) return undefined; // "Parliament Speaker …": a generic noun, not an actor
  const standIn = STAND_INS.find((s) => s.surface === prefix);
  return mention(start, prefix, standIn ? standInCandidate(standIn) : { type: 'actor', name: prefix, kind: organizationKind(prefix) });
}

function displayPrefix(prefix: string): string {
  const country = countryOfPrefix(prefix);
  if (country) return country.display;
  const bare = /^\p{Lu}{2,6}$/u.test(prefix) && !ACRONYMS_WITH_THE.has(prefix);
  return bare || STAND_INS.some((s) => s.surface === prefix && s.name === prefix) ? prefix : `the ${prefix}`;
}

/** "USS Gerald R. Ford", "the frigate TCG Kinaliada", "the tanker Volga Star". */
function ships(text: string): Mention[] {
  const found: Mention[] = [];
  const prefixed = String.raw`${START}(?:${alternation(SHIP_PREFIXES)})${SP}${NAME}`;
  for (const match of matchAll(text, prefixed)) {
    const name = stripPossessive(match[0]);
    found.push(mention(match.index, name, { type: 'actor', name, kind: 'military' }));
  }
  const typed = String.raw`${START}(?<type>${WARSHIP_TYPES}|${CIVIL_SHIP_TYPES})${SP}(?<name>${NAME})`;
  for (const match of matchAll(text, typed)) {
    const { type = '', name: rawName = '' } = match.groups ?? {};
    const name = stripPossessive(rawName);
    const kind: ActorKind = new RegExp(`^(?:${WARSHIP_TYPES})$`).test(type) ? 'military' : 'other';
    found.push(mention(match.index + match[0].length - rawName.length, name, { type: 'actor', name, kind }));
  }
  return found;
}

/** "the Kremlin", "the White House": buildings that stand for a government. */
function standIns(text: string): Mention[] {
  return STAND_INS.flatMap((standIn) =>
    matchAll(text, `${START}(?:the\\s+)?${escapeRegExp(standIn.surface)}${END}`).map((match) => ({
      start: match.index,
      end: match.index + match[0].length,
      alias: standIn.surface,
      candidate: standInCandidate(standIn),
    })),
  );
}

function standInCandidate({ id, name, kind, role }: StandIn): ActorCandidate {
  return { type: 'actor', name, kind, role, id };
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
