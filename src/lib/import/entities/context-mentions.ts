/**
 * Wire-copy rules that read a name from its context, for names no English lexicon knows (Turkish,
 * Kurdish, Arabic, Persian, Central Asian and Balkan ones, with or without diacritics):
 *   - people: a noun before the name ("striker Miloš Jovanović", "his wife, Emine Erdoğan"),
 *     apposition after it ("Selim Karabulut, the governor of Şırnak,", "Hatice Şenyurt, 54,"),
 *     speech ("said Nurhan Ekinci", "Dilan Rasul … told");
 *   - organisations: a descriptor ("ratings agency Moody's", "the daily Tagesspiegel"), an
 *     "X-based" or "X-backed" before the name, a bracketed acronym after it, a role noun after it
 *     ("Galatasaray coach"), a sports verb ("face Atiker Konyaspor");
 *   - places: a cue word ("the town of Samandağ", "Hatay province", "the Lachin and Kalbajar
 *     districts", "the capital Ankara", "the Turkmen capital Ashgabat") or a list of known places
 *     ("provinces such as Van, Ağrı and Muş").
 * These are strong evidence, so they belong to the first tier, beside the other wire-copy rules.
 */
import type { ActorKind } from '../../../schemas/actor';
import type { LocationKind } from '../../../schemas/location';
import { countryNamed, countryOfPrefix, isCountryOrSeat, REGIONS, SEAS } from './gazetteer';
import { citiesNamed, divisionsNamed } from './gazetteer-data';
import { organizationKind } from './head-noun-mentions';
import { isEnglishWord, isGivenName } from './lexicon';
import { mention, type Mention } from './mention';
import { alternation, END, L, matchAll, NAME_WORD, ORG_WORD, SP, START, stripPossessive, TITLE } from './patterns';
import {
  ACRONYMS_WITH_THE,
  FACILITY_HEADS,
  NAME_PARTICLES,
  NOT_NAMES,
  ONE_WORD_BODIES,
  ORG_DESCRIPTORS,
  ORG_HEADS,
  PERSON_NOUNS,
  PLATFORMS,
  PLURAL_PARTIES,
  ROLE_NOUNS,
  SKIP_HEADS,
  TITLE_HEADS,
  TITLE_MODIFIERS,
  WELL_KNOWN_ORGANIZATIONS,
} from './vocabulary';

/** Two to four name words: `Hüseyin Tunçbilek`, `Mohammed Shia al-Sudani`, `Vahagn Ter-Petrosyan`. */
const PERSON = String.raw`${NAME_WORD}(?:${SP}(?:(?:${alternation(NAME_PARTICLES)})${SP})?${NAME_WORD}){1,3}`;
/** One to three capitalised words of a place: `Fushë Kosovë`, `North Mitrovica`, `Rostov-on-Don`. */
const PLACE_WORD = String.raw`\p{Lu}${L}*(?:-(?:on|upon|sur|en|de|la|le|am|an)-\p{Lu}${L}*|-\p{Lu}${L}*)?`;
const PLACE = String.raw`${PLACE_WORD}(?:${SP}${PLACE_WORD}){0,2}`;
/** A capitalised phrase of an organisation, with inner "of", "for", "and", "in": `Red Star Belgrade`. */
const ORG = String.raw`${ORG_WORD}(?:${SP}(?:(?:of|for|and|the)${SP}){0,2}${ORG_WORD}){0,5}`;
const NOT_ORG_FIRST = new Set(['The', 'A', 'An']);

export function contextMentions(text: string): Mention[] {
  return [...places(text), ...organizations(text), ...people(text)];
}

/** Whether `name` can be a person's name: no title, organisation head, country, adjective or English words only. */
export function isPersonLike(name: string, { lexiconCheck }: { lexiconCheck: boolean }): boolean {
  const words = name.split(/\s+/).filter((w) => !NAME_PARTICLES.has(w));
  if (words.length < 2) return false;
  if (words.some((w) => TITLE_HEADS.has(w) || ORG_HEADS.has(w) || FACILITY_HEADS.has(w) || SKIP_HEADS.has(w) || NOT_NAMES.has(w) || PLATFORMS.has(w))) return false;
  if (words.some((w) => countryOfPrefix(w) || isCountryOrSeat(w) || REGIONS.includes(w) || SEAS.includes(w))) return false;
  if (words.some((w) => /^\p{Lu}{2,}$/u.test(w))) return false;
  if (/\b(?:Sea|Ocean|Strait|Gulf|Bay)\b/.test(name)) return false;
  if (words.some((w) => /spor$/u.test(w))) return false; // "Yeni Malatyaspor": a Turkish club

  if (lexiconCheck && words.every((w) => isEnglishWord(w))) return false;
  return true;
}

function people(text: string): Mention[] {
  const found: Mention[] = [];
  const add = (start: number, rawName: string, role?: string) => {
    const lead = /^(\p{Lu}\p{Ll}+)\s+/u.exec(rawName)?.[1];
    if (lead && PERSON_NOUNS.has(lead.toLowerCase())) {
      start += lead.length + 1;
      rawName = rawName.slice(lead.length + 1);
      if (!rawName.includes(' ')) return;
    }
    const name = stripPossessive(rawName);
    found.push(mention(start, name, { type: 'actor', name, kind: 'person', ...(role && { role }) }));
  };
  // "striker Miloš Jovanović", "his wife, Emine Erdoğan", "counterpart, Vahagn Ter-Petrosyan,"
  const nouns = alternation(new Set([...PERSON_NOUNS].flatMap((n) => [n, n.charAt(0).toUpperCase() + n.slice(1)])));
  for (const m of matchAll(text, String.raw`${START}(?<noun>${nouns})(?:,)?${SP}(?<name>${PERSON})${END}`)) {
    const { noun = '', name = '' } = m.groups ?? {};
    if (!isPersonLike(stripPossessive(name), { lexiconCheck: false })) continue;
    // "Burkina Faso's leader, Captain Ibrahim Traoré" → `Leader of Burkina Faso`
    const owner = /(?:^|[^\p{L}])(\p{Lu}[\p{L}\p{M}]*(?:[^\S\n]+\p{Lu}[\p{L}\p{M}]*)?)['’]s[^\S\n]+$/u.exec(text.slice(Math.max(0, m.index - 40), m.index))?.[1];
    const country = owner && ROLE_NOUNS.has(noun.toLowerCase()) ? countryNamed(owner) : undefined;
    add(m.index + m[0].length - name.length, name, country && `${capitalize(noun.toLowerCase())} of ${country.display}`);
  }
  // "Lothar Brenninkmeyer, the international High Representative for Bosnia and Herzegovina,"
  // "Adewale Okonjo, the AU Commissioner for Political Affairs, Peace and Security,"
  const titled = String.raw`${START}(?<name>${PERSON}),${SP}the${SP}(?:\p{Ll}[\p{Ll}-]*${SP}){0,2}(?:(?<prefix>\p{Lu}{2,6})${SP})?(?<title>${TITLE})(?<tail>${SP}(?:of|for)${SP}(?:the${SP})?${ORG}(?:,${SP}${ORG})*)?(?=[^\S\n]*[,.;])`;
  for (const m of matchAll(text, titled)) {
    const { name = '', prefix, title = '', tail = '' } = m.groups ?? {};
    const of = prefix ? ` of ${ACRONYMS_WITH_THE.has(prefix) ? 'the ' : ''}${prefix}` : '';
    if (isPersonLike(name, { lexiconCheck: true })) add(m.index, name, capitalize(`${title}${tail.replace(/\s+/g, ' ')}${of}`));
  }
  // "Selim Karabulut, the governor of Şırnak,", "Hatice Şenyurt, 54,", "Dilan Rasul, an engineer"
  const roleNouns = alternation(ROLE_NOUNS);
  const apposition = String.raw`${START}(?<name>${PERSON}),${SP}(?:(?<age>\d{1,3},)|(?:a|an|the|who|whose)${SP}(?<role>(?:[\p{Ll}-]+${SP}){0,2}(?:${roleNouns})(?:${SP}of${SP}(?:the${SP})?${ORG})?)?)`;
  for (const m of matchAll(text, apposition)) {
    const name = m.groups?.['name'] ?? '';
    if (!isPersonLike(name, { lexiconCheck: true })) continue;
    // "Republika Srpska, the country's Serb-majority entity": a place, described.
    if (divisionsNamed(name).length || /^,\s+the\s+(?:country|city|region|province|state|entity|town)['’]s\b/u.test(text.slice(m.index + name.length))) continue;
    const role = m.groups?.['role'];
    add(m.index, name, role && /\bof\b/.test(role) ? capitalize(role) : undefined);
  }
  // "Đorđe Vukašinović of the Alliance of Independent Social Democrats", "Slaviša Marković of the opposition Serb Democratic Party"
  const party = String.raw`(?:${ORG_WORD}${SP}(?:(?:of|for|and)${SP})?){0,5}(?:Party|Alliance|Union|Front|Movement|List|Coalition|Democrats|League)${END}`;
  for (const m of matchAll(text, String.raw`${START}(?<name>${PERSON})${SP}of${SP}the${SP}(?:[\p{Ll}-]+${SP}){0,2}${party}`)) {
    const name = m.groups?.['name'] ?? '';
    if (isPersonLike(name, { lexiconCheck: true }) && name.split(/\s+/).every((w) => !isEnglishWord(w) || isGivenName(w))) add(m.index, name);
  }
  // "said Nurhan Ekinci", "according to Hannah Brooke", "Dilan Rasul told"
  const speech = 'said|says|told|added|wrote|urged|warned|conceded|complained|stressed|noted|explained|recalled|asked';
  for (const m of matchAll(text, String.raw`(?:\b(?:said|says|added|according${SP}to|by|defeating|defeated|against|replacing|succeeding|alongside)${SP})(?<name>${PERSON})${END}(?!${SP}\p{Lu})`)) {
    const name = m.groups?.['name'] ?? '';
    if (isPersonLike(stripPossessive(name), { lexiconCheck: true })) add(m.index + m[0].length - name.length, name);
  }
  for (const m of matchAll(text, String.raw`${START}(?<name>${PERSON})${SP}(?:${speech})\b`)) {
    const name = m.groups?.['name'] ?? '';
    if (isPersonLike(name, { lexiconCheck: true }) && !isSentenceStartWord(text, m.index, name)) add(m.index, name);
  }
  return found;
}

/** "Speaking Tuesday said…": the first word is a sentence word, not a name. */
function isSentenceStartWord(_text: string, _at: number, name: string): boolean {
  const first = name.split(/\s+/)[0] ?? '';
  return NOT_NAMES.has(first) || TITLE_MODIFIERS.has(first);
}

function organizations(text: string): Mention[] {
  const found: Mention[] = [];
  const add = (start: number, rawName: string, kind?: ActorKind, acronym?: string) => {
    const name = stripPossessive(rawName).replace(/[.,;:]+$/, '');
    const words = name.split(/\s+/);
    if (!name || NOT_ORG_FIRST.has(words[0] ?? '') || PLATFORMS.has(name)) return;
    if (words.length === 1 && (countryOfPrefix(name) || isCountryOrSeat(name) || NOT_NAMES.has(name) || TITLE_HEADS.has(name))) return;
    found.push(mention(start, name, { type: 'actor', name, kind: kind ?? organizationKind(name), ...(acronym && { acronym }) }));
  };
  for (const { name, aliases } of WELL_KNOWN_ORGANIZATIONS) {
    for (const surface of [name, ...aliases]) {
      for (const m of matchAll(text, `${START}${surface.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}${END}`)) {
        if (surface === 'AA' || (surface === 'Anadolu' && /^\s+\p{Lu}/u.test(text.slice(m.index + surface.length)))) continue;
        found.push(mention(m.index, surface, { type: 'actor', name, kind: 'organization', ...(surface !== name && { acronym: surface }) }));
      }
    }
  }
  // "London-based Capital Economics", "the Belgrade-backed Serbian List"
  for (const m of matchAll(text, String.raw`[\p{L}]+-(?:based|backed|led|funded|owned|run)${SP}(?<name>${ORG})`)) {
    const name = m.groups?.['name'] ?? '';
    add(m.index + m[0].length - name.length, trimOrg(name));
  }
  // "ratings agency Moody's", "the daily Tagesspiegel", "the search-and-rescue group AKUT", "rivals Fenerbahçe"
  for (const m of matchAll(text, String.raw`\b(?:${ORG_DESCRIPTORS})${SP}(?<name>${ORG}(?:['’]s)?)${END}`)) {
    const name = m.groups?.['name'] ?? '';
    if (/^(?:Moody|Fitch)/.test(name)) continue; // well known, kept with its 's
    const start = m.index + m[0].length - name.length;
    // "rivals Galatasaray and Fenerbahçe": two one-word names, two organisations.
    const pair = /^(\p{Lu}[\p{L}\p{M}]*) and (\p{Lu}[\p{L}\p{M}]*)$/u.exec(name);
    if (pair && /\b(?:rivals|clubs|teams|parties|groups|sides)\s+$/u.test(m[0].slice(0, m[0].length - name.length))) {
      for (const [i, part] of [pair[1]!, pair[2]!].entries()) add(start + (i ? name.lastIndexOf(part) : 0), part);
      continue;
    }
    if (isPersonLike(stripPossessive(name), { lexiconCheck: true }) && !/(?:spor|FC|SK)$/.test(name)) continue; // "party candidate Zeynep…" is a person
    add(start, trimOrg(name));
  }
  // "the White Helmets civil defense group"
  for (const m of matchAll(text, String.raw`${START}(?<name>${ORG})${SP}(?:[\p{Ll}-]+${SP}){0,2}(?:group|movement|militia|party|organization|organisation)${END}`)) {
    const name = m.groups?.['name'] ?? '';
    if (!name.includes(' ') || isPersonLike(name, { lexiconCheck: true })) continue;
    add(m.index, trimOrg(name));
  }
  // "Vetëvendosje candidate Arbër Krasniqi", "Galatasaray coach Ersun Tarhan", "CDU deputy chairwoman…"
  const nouns = alternation(PERSON_NOUNS);
  for (const m of matchAll(text, String.raw`${START}(?<name>\p{Lu}${L}*(?:${SP}\p{Lu}${L}*){0,2})${SP}(?:${nouns})${SP}\p{Lu}`)) {
    const name = m.groups?.['name'] ?? '';
    const words = name.split(/\s+/);
    if (words.some((w) => NOT_NAMES.has(w) || countryOfPrefix(w) || TITLE_HEADS.has(w) || TITLE_MODIFIERS.has(w))) continue;
    if (words.length === 1 && isEnglishWord(name)) continue;
    add(m.index, name);
  }
  // "face Atiker Konyaspor", "host Beşiktaş", "joined from Red Star Belgrade"
  // "plays as a defender for Dinamo Batumi", "against Yeni Malatyaspor": a club is a name and its city.
  for (const m of matchAll(text, String.raw`\b(?:face|faces|faced|host|hosts|hosted|beat|beats|against|joined${SP}from|signed${SP}from|moved${SP}from|(?:plays|played|playing|signed|moved)(?:${SP}as${SP}an?${SP}\p{Ll}+)?${SP}(?:for|to|with))${SP}(?<name>${ORG})${END}`)) {
    const name = m.groups?.['name'] ?? '';
    if (isPersonLike(name, { lexiconCheck: true }) && !/spor$/.test(name) && !clubOfCity(name)) continue;
    add(m.index + m[0].length - name.length, trimOrg(name));
  }
  for (const m of matchAll(text, String.raw`${START}(?<name>\p{Lu}${L}*)${SP}(?:beat|beats|drew${SP}with|lost${SP}to|equalized|equalised|travel${SP}to|host|hosts)${END}`)) {
    const name = m.groups?.['name'] ?? '';
    if (!isEnglishWord(name) && !NOT_NAMES.has(name) && !countryOfPrefix(name)) add(m.index, name);
  }
  // "the Greens"
  for (const m of matchAll(text, String.raw`\b[Tt]he${SP}(?<name>${alternation(PLURAL_PARTIES)})(?:['’]s?)?${END}`)) {
    const name = m.groups?.['name'] ?? '';
    add(m.index + m[0].indexOf(name), name, 'organization');
  }
  // "Justice and Development (AK) Party": the name, and its acronym with the head as an alias.
  for (const m of matchAll(text, String.raw`${START}(?<name>${ORG_WORD}(?:${SP}(?:and${SP})?${ORG_WORD}){0,4})${SP}\((?<acr>\p{Lu}{1,6})\)${SP}(?<head>${alternation(ORG_HEADS)})${END}`)) {
    const { name = '', acr = '', head = '' } = m.groups ?? {};
    found.push({
      start: m.index,
      end: m.index + m[0].length,
      alias: m[0],
      candidate: { type: 'actor', name: `${name} ${head}`, kind: organizationKind(head), acronym: `${acr} ${head}` },
    });
  }
  // "Alternative for Germany (AfD)", "New Democracy (ND) party": a name with its acronym in brackets.
  for (const m of matchAll(text, String.raw`${START}(?<name>${ORG})${SP}\((?<acr>\p{Lu}[\p{L}]{1,7})\)`)) {
    const { name = '', acr = '' } = m.groups ?? {};
    const words = name.split(/\s+/);
    const last = words.at(-1) ?? '';
    if ((acr.match(/\p{Lu}/gu) ?? []).length < 2 || words.some((w) => ORG_HEADS.has(w) || FACILITY_HEADS.has(w)) || /^(?:Sea|Ocean|Pipeline)$/.test(last)) continue;
    if (new RegExp(String.raw`^${SP}(?:${alternation(ORG_HEADS)})${END}`, 'u').test(text.slice(m.index + m[0].length))) continue; // "(AK) Party": below
    const lead = /^(\S+\s+\S+)\s+(?:of|for)\s/u.exec(name)?.[1];
    // "Dritëro Berisha of the…" is a person; "Economic Community of West African States" is not.
    if (lead && isPersonLike(lead, { lexiconCheck: true }) && lead.split(/\s+/).every((w) => !isEnglishWord(w) || isGivenName(w))) continue;

    if (isGivenName(words[0] ?? '') || (words.length === 1 && (countryOfPrefix(name) || isCountryOrSeat(name)))) continue;
    const trimmed = name.replace(/^(?:The|A|An)\s+/, '');
    add(m.index + name.length - trimmed.length, trimmed, militaryApposition(text, m.index + m[0].length), acr);
  }
  // "the Bundestag", "the Peshmerga"
  for (const [word, kind] of ONE_WORD_BODIES) for (const m of matchAll(text, `${START}${word}${END}`)) add(m.index, word, kind);
  return found;
}

/** "Dinamo Batumi", "Sparta Prague": a word that is no given name, then a city the gazetteer knows. */
function clubOfCity(name: string): boolean {
  const words = name.split(/\s+/);
  return words.length === 2 && !isGivenName(words[0]!) && citiesNamed(words[1]!).length > 0;
}

/** "Inter-Services Public Relations (ISPR), the military's media wing": part of the armed forces. */
function militaryApposition(text: string, end: number): ActorKind | undefined {
  return /^,\s+the\s+(?:military|army|armed\s+forces|navy)['’]s?\b/u.test(text.slice(end, end + 40)) ? 'military' : undefined;
}

/** Drops a trailing lowercase remnant and leading "X-based". */
function trimOrg(name: string): string {
  return name.replace(/^(?:[\p{L}]+-(?:based|backed|led)\s+)/u, '').replace(/(?:\s+(?:of|for|and|in|on|the))+$/, '');
}

const CUE_KINDS: Record<string, LocationKind> = {
  town: 'town',
  towns: 'town',
  village: 'town',
  villages: 'town',
  countries: 'country',
  'port town': 'town',
  city: 'city',
  cities: 'city',
  'port city': 'city',
  port: 'city',
  capital: 'city',
  district: 'district',
  districts: 'district',
  county: 'district',
  municipality: 'district',
  province: 'province',
  provinces: 'province',
  governorate: 'province',
  oblast: 'province',
  state: 'province',
  region: 'region',
  regions: 'region',
  exclave: 'region',
  island: 'region',
  enclave: 'region',
  canton: 'province',
  cantons: 'province',
};

function places(text: string): Mention[] {
  const found: Mention[] = [];
  const add = (start: number, name: string, kind: LocationKind | undefined) => {
    if (!isPlaceName(name)) return;
    found.push(mention(start, name, { type: 'place', name, ...(kind && { kind, sure: true }) }));
  };
  // "the town of Samandağ", "the Kazakh city of Almaty", "the southern province of Hatay", "the port of Aktau"
  const adjective = String.raw`(?:[\p{Ll}-]+|\p{Lu}\p{Ll}+)`;
  const before = 'port city|port town|towns|town|villages|village|cities|city|port|districts|district|provinces|province|regions|region|county|governorate|state|capital|island';
  // "the towns of Taza Khurmatu and Altun Kupri": a plural cue takes a list.
  for (const m of matchAll(text, String.raw`\b[Tt]he${SP}(?:${adjective}${SP}){0,2}(?<cue>${before})${SP}of${SP}(?<name>${PLACE}(?:(?:,${SP}|${SP}and${SP}|,${SP}and${SP})${PLACE})*)${END}(?!['’]s)`)) {
    const { cue = '', name: names = '' } = m.groups ?? {};
    const adjectives = m[0].slice(4, m[0].length - names.length).split(/\s+/).slice(0, -2);
    if (adjectives.some((w) => /^\p{Lu}/u.test(w) && !countryOfPrefix(w) && !NOT_NAMES.has(w) && !/(?:ian|an|ish|ese|ic)$/.test(w))) continue; // "the Pazarcık district of…"
    const offset = m.index + m[0].length - names.length;
    const parts = /s$/.test(cue) ? [...names.matchAll(new RegExp(PLACE, 'gu'))].filter((p) => p[0] !== 'and') : [{ 0: /^[^,]*?(?=,|\s+and\s|$)/u.exec(names)?.[0] ?? names, index: 0 }];
    for (const part of parts) add(offset + (part.index ?? 0), part[0], CUE_KINDS[cue]);
  }
  // "Daggar, the district headquarters of Buner", "Antakya, the provincial capital": a town or city, described.
  for (const m of matchAll(text, String.raw`${START}(?<name>${PLACE}),${SP}the${SP}(?<level>district|provincial|regional)${SP}(?:headquarters|capital|seat|centre|center)\b`)) {
    const { name = '', level = '' } = m.groups ?? {};
    add(m.index, name, level === 'district' ? 'town' : 'city');
  }
  // "the capital Ankara", "the Turkmen capital Ashgabat"
  for (const m of matchAll(text, String.raw`\b[Tt]he${SP}(?:\p{Lu}\p{Ll}+${SP})?capital,?${SP}(?<name>${PLACE})${END}(?!['’]s)`)) {
    const name = m.groups?.['name'] ?? '';
    add(m.index + m[0].length - name.length, name, 'city');
  }
  // "Hatay province", "the Pazarcık district", "the Lachin and Kalbajar districts", "its Nakhchivan exclave",
  // "the Herzegovina-Neretva Canton" (a capitalised cue is part of the name)
  const after = 'provinces|province|districts|district|regions|region|governorate|county|oblast|exclave|enclave|cantons|canton|Canton';
  for (const m of matchAll(text, String.raw`${START}(?<names>${PLACE}(?:(?:,${SP}|${SP}and${SP}|,${SP}and${SP})${PLACE})*)${SP}(?<cue>${after})${END}`)) {
    const { names = '', cue = '' } = m.groups ?? {};
    for (const part of names.matchAll(new RegExp(PLACE, 'gu'))) {
      if (part[0] === 'and') continue;
      if (/\b(?:Sea|Ocean)$/.test(part[0]) || (SEAS.includes(part[0]) && !/^regions?$/.test(cue))) continue;
      const named = cue === 'Canton' && part.index + part[0].length === names.length ? `${part[0]} ${cue}` : part[0];
      add(m.index + part.index, named, CUE_KINDS[cue.toLowerCase()]);
    }
  }
  // "provinces such as Van, Ağrı and Muş", "including Şırnak and Hakkari": only names the gazetteer has.
  const plural = 'provinces|districts|towns|cities|villages|regions|countries';
  for (const m of matchAll(text, String.raw`(?:\b(?<cue>${plural}),?${SP})?\b(?:including|such${SP}as)${SP}(?<names>${PLACE}(?:(?:,${SP}|${SP}and${SP}|,${SP}and${SP})${PLACE})*)`)) {
    const names = m.groups?.['names'] ?? '';
    const cue = m.groups?.['cue'];
    const offset = m.index + m[0].length - names.length;
    for (const part of names.matchAll(new RegExp(PLACE, 'gu'))) {
      if (part[0] === 'and') continue;
      if (countryNamed(part[0])) add(offset + part.index, part[0], undefined);
      else if (divisionsNamed(part[0]).length || (cue && citiesNamed(part[0]).length)) add(offset + part.index, part[0], cue && cue !== 'countries' ? CUE_KINDS[cue] : undefined);
    }
  }
  return found;
}

function isPlaceName(name: string): boolean {
  const words = name.split(/\s+/);
  return !words.some((w) => NOT_NAMES.has(w) || TITLE_HEADS.has(w) || ORG_HEADS.has(w) || PLATFORMS.has(w)) && !(words.length === 1 && countryOfPrefix(name) && !countryNamed(name));
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
