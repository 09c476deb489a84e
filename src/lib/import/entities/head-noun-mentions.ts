/**
 * Wire-copy rules that read a name by its head noun: organisations, facilities and treaties
 * ("Foreign Ministry", "Akkuyu nuclear power plant", "Montreux Convention") and seas ("Black Sea").
 */
import type { ActorKind } from '../../../schemas/actor';
import { countryOfPrefix } from './gazetteer';
import { mention, type Mention } from './mention';
import { alternation, END, L, matchAll, ORG_WORD, SP, START } from './patterns';
import { COMPETITION, FACILITY_HEADS, GOVERNMENT_HEADS, MILITARY_HEADS, NOT_NAMES, ORG_HEADS, SKIP_HEADS } from './vocabulary';

/**
 * Capitalised phrases ending in a head noun: organisations ("Foreign Ministry", "Turkish Naval
 * Forces"), facilities ("Trans-Anatolian Natural Gas Pipeline"), and treaties, claimed to be skipped.
 * A following "(TANAP)" becomes an alias.
 */
export function headNounMentions(text: string): Mention[] {
  const heads = new Set([...ORG_HEADS, ...FACILITY_HEADS, ...SKIP_HEADS]);
  // "of the Republic of Turkey", "for Affairs of Refugees and IDPs", "for Security and Co-operation in Europe"
  const tail = String.raw`(?:${SP}(?:of|for|(?<=(?:Co-operation|Cooperation)${SP})in)${SP}(?:the${SP})?${ORG_WORD}(?:${SP}(?:and${SP})?${ORG_WORD}){0,4}){0,3}`;
  // "(TANAP)", "(TurkStat)", "(Kizilay)", "(AK Party)"
  const bracket = String.raw`(?:${SP}\((?<acronym>\p{Lu}[\p{L}\p{M}]{1,11}(?:${SP}\p{Lu}[\p{L}\p{M}]+)?)\))?`;
  const pattern = String.raw`${START}(?:${ORG_WORD}${SP}(?:and${SP})?){0,5}(?:${alternation(heads)})(?:${SP}General)?${END}${tail}${bracket}`;
  const found: Mention[] = [];
  for (const match of matchAll(text, pattern)) {
    const phrase = match[0].replace(/\s+\([^()]+\)$/u, '');
    const name = phrase.replace(/^(?:(?:The|A|An|On|In|At|Meanwhile|Separately|Earlier|Later|Also|Under|Opposition|Ruling|Former|Outgoing)\s+|\S+-(?:based|backed|led|funded|owned|run)\s+)+/u, '');
    const start = match.index + phrase.length - name.length;
    const head = lastHead(name, heads);
    if (!head || name === head) continue; // a bare "Ministry" names nobody
    const acronym = match.groups?.['acronym'];
    if (SKIP_HEADS.has(head) || COMPETITION.test(name)) found.push(mention(start, name, { type: 'skip' }));
    else if (FACILITY_HEADS.has(head)) found.push(mention(start, name, { type: 'place', name, kind: 'facility', ...(acronym && { acronym }) }));
    else found.push(mention(start, name, { type: 'actor', name, kind: organizationKind(name), ...(acronym && { acronym }) }));
  }
  return found;
}

function lastHead(name: string, heads: Set<string>): string | undefined {
  return name.split(/\s+/).filter((w) => heads.has(w)).at(-1);
}

export function organizationKind(name: string): ActorKind {
  const head = lastHead(name, ORG_HEADS);
  if (head && GOVERNMENT_HEADS.has(head)) return 'government';
  // A state's own courts: "Federal Supreme Court", "Constitutional Court" (not "International Criminal Court").
  if (head === 'Court' && /^(?:(?:Federal|Supreme|Constitutional|High|Administrative|Cassation)\s+)+Court\b/u.test(name)) return 'government';
  if (head && MILITARY_HEADS.has(head)) return 'military';
  return 'organization';
}

/** "the TurkStream pipeline", "the Akkuyu nuclear power plant", "the Toktogul reservoir": a name, then a lowercase facility noun. */
export function namedInfrastructure(text: string): Mention[] {
  const nouns = 'pipeline|nuclear power plant|power plant|hydropower plant|hydroelectric plant|hydroelectric power plant|refinery|gas field|oil field|port|airport|air base|naval base|dam|reservoir';
  // `Kambarata-1`: a plant's number is part of its name.
  const word = String.raw`\p{Lu}${L}*(?:-(?:\p{Lu}${L}*|\d+))*`;
  const pattern = String.raw`(?<=\bthe${SP})${word}(?:${SP}${word})?${SP}(?:${nouns})${END}(?!${SP}of\b)`;
  return matchAll(text, pattern)
    .filter((match) => !match[0].split(/\s+/).some((w) => countryOfPrefix(w) || NOT_NAMES.has(w)) && !/\b(?:Sea|Ocean)\s/.test(match[0]))
    .map((match) => mention(match.index, match[0], { type: 'place', name: match[0], kind: 'facility' }));
}

/** "Black Sea", "Gulf of Finland", "Strait of Hormuz". */
export function seas(text: string): Mention[] {
  const pattern = String.raw`${START}(?:(?:\p{Lu}${L}*${SP}){1,2}(?:Sea|Ocean)|(?:Gulf|Strait|Bay|Sea) of (?:the )?\p{Lu}${L}*)${END}`;
  return matchAll(text, pattern).map((match) => mention(match.index, match[0], { type: 'place', name: match[0], kind: 'sea' }));
}
