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
import nlp from 'compromise';
import { ACTOR_KINDS, type ActorKind } from '../../schemas/actor';
import { LOCATION_KINDS, type LocationKind } from '../../schemas/location';

/** An existing content entry (`content/actors` or `content/locations`), as the detector needs it. */
export interface KnownEntity {
  id: string;
  name: string;
  aliases: string[];
  kind: string;
}

export interface KnownEntities {
  actors: KnownEntity[];
  locations: KnownEntity[];
}

export interface DetectedActor {
  id: string;
  name: string;
  kind: ActorKind;
  /** From the title in the text, e.g. `Foreign Minister of Russia`. */
  role?: string;
  /** Existing aliases plus the other names this story uses, e.g. `Lavrov`. */
  aliases: string[];
  /** True when `id` is an existing content entry. */
  existing: boolean;
  /** The text of the first mention, e.g. `Russian Foreign Minister Sergey Lavrov`. */
  firstMention: string;
}

export interface DetectedLocation {
  id: string;
  name: string;
  kind: LocationKind;
  aliases: string[];
  existing: boolean;
  firstMention: string;
}

export interface DetectedEntities {
  actors: DetectedActor[];
  locations: DetectedLocation[];
}

// ---------------------------------------------------------------------------------------------
// Public API

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

/** A kebab-case ASCII id for a name: `USS Gerald R. Ford` → `uss-gerald-r-ford`, `Türkiye` → `turkiye`. */
export function slugify(name: string): string {
  const ascii = name
    .replace(/[ıİ]/g, 'i')
    .replace(/ß/g, 'ss')
    .replace(/[øØ]/g, 'o')
    .replace(/[æÆ]/g, 'ae')
    .replace(/[łŁ]/g, 'l')
    .replace(/[đĐ]/g, 'd')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/['’]/g, '');
  return ascii.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'entity';
}

// ---------------------------------------------------------------------------------------------
// Mentions: stretches of text and what they might name

type Candidate =
  | { type: 'actor'; name: string; kind: ActorKind; role?: string; id?: string; acronym?: string }
  | { type: 'place'; name: string; kind?: LocationKind; acronym?: string }
  | { type: 'known'; actor?: KnownEntity; location?: KnownEntity }
  | { type: 'skip' };

interface Mention {
  start: number;
  end: number;
  /** The name as this mention writes it, e.g. `Lavrov`; recorded as an alias when it differs. */
  alias: string;
  candidate: Candidate;
}

function mention(start: number, alias: string, candidate: Candidate): Mention {
  return { start, end: start + alias.length, alias, candidate };
}

/** Tier by tier, longest first, keeps the mentions that overlap none already kept; in text order. */
function selectMentions(tiers: Mention[][]): Mention[] {
  const kept: Mention[] = [];
  for (const tier of tiers) {
    const ordered = [...tier].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
    for (const m of ordered) {
      if (!kept.some((k) => m.start < k.end && k.start < m.end)) kept.push(m);
    }
  }
  return kept.sort((a, b) => a.start - b.start);
}

// ---------------------------------------------------------------------------------------------
// Word lists

const TITLE_HEADS = words(
  'President Minister Secretary Chancellor King Queen Prince Emir Sultan Speaker Ambassador Spokesperson Spokesman ' +
    'Spokeswoman Commissioner Representative Envoy Admiral General Senator Governor Mayor Director Chairman Chairwoman ' +
    'Chair Leader Commander Ayatollah Sheikh Pope CEO Chief Adviser Advisor Secretary-General Director-General',
);
const TITLE_MODIFIERS = words(
  'Vice Deputy Prime Foreign Defense Defence Energy Interior Finance Economy Trade Treasury Justice Health Oil ' +
    'Transport Agriculture Environment Senior Special High Supreme Crown Acting Executive Secretary General National ' +
    'Security Assistant Under Chief',
);
const MULTIWORD_TITLES = ['Secretary of State', 'Minister of Foreign Affairs', 'Minister of Defense', 'Minister of Energy'];
const GOVERNMENT_HEADS = words('Ministry Government Parliament Cabinet Presidency Senate Congress Assembly Department Office');
const MILITARY_HEADS = words('Navy Army Force Forces Corps Guard Guards Fleet Brigade Division Command Regiment Battalion Squadron');
const ORGANIZATION_HEADS = words(
  'Agency Organization Organisation Union Council Commission Bank Fund Committee Company Corporation Group Alliance ' +
    'Party Court Institute Association Authority Bureau Service Services Post Times Journal',
);
const FACILITY_HEADS = words('Plant Airport Port Base Terminal Refinery Pipeline Field Reactor Dam Facility Corridor Hub');
const SKIP_HEADS = words('Treaty Agreement Accord Accords Convention Protocol Pact Charter Act Resolution Declaration Doctrine Summit');
const SHIP_PREFIXES = words('USS HMS HMCS HMAS INS TCG RFS ITS JS ROKS PNS');
const WARSHIP_TYPES = 'frigate|corvette|destroyer|cruiser|submarine|warship|aircraft carrier|carrier|patrol boat';
const CIVIL_SHIP_TYPES = 'tanker|drillship|drilling ship|vessel|cargo ship|freighter|research vessel|ship';
const NAME_PARTICLES = words('al bin ibn von van der de da del la le');
const NOT_NAMES = words(
  'The A An In On At By For And But Or If As Earlier Later Meanwhile Separately Also However Under Shortly ' +
    'European Western Eastern Arab African Asian Monday Tuesday Wednesday Thursday Friday Saturday Sunday January ' +
    'February March April May June July August September October November December Jan Feb Mar Apr Jun Jul Aug Sep ' +
    'Sept Oct Nov Dec',
);
const NOT_ORGANIZATIONS = words('LNG GDP CEO USD EUR OK TV AA AFP');
/** Acronyms read with an article: "Secretary-General of the UN". */
const ACRONYMS_WITH_THE = words('UN EU IAEA IMF WHO WTO OSCE UNSC');

function words(list: string): Set<string> {
  return new Set(list.split(/\s+/).filter(Boolean));
}

// ---------------------------------------------------------------------------------------------
// Gazetteer: countries (and the EU), the city each one's government is called by, and regions

interface Country {
  name: string;
  /** `the United States`. */
  display: string;
  adjectives: string[];
  /** The city wire copy uses for the government: "Washington has stepped up…". */
  seat?: string;
  aliases: string[];
  kind: ActorKind;
}

const COUNTRIES: Country[] = [
  'United States|the|American,US,U.S.|Washington|US,U.S.,USA,America,United States of America',
  'Russia||Russian|Moscow|Russian Federation',
  'Iran||Iranian|Tehran|Islamic Republic of Iran',
  'Israel||Israeli|Tel Aviv|',
  'Türkiye||Turkish|Ankara|Turkey',
  'Azerbaijan||Azerbaijani|Baku|',
  'Oman||Omani|Muscat|Sultanate of Oman',
  'Switzerland||Swiss|Bern|',
  'China||Chinese|Beijing|',
  'United Kingdom|the|British,UK,U.K.|London|UK,U.K.,Britain',
  'France||French|Paris|',
  'Germany||German|Berlin|',
  'Italy||Italian|Rome|',
  'Spain||Spanish|Madrid|',
  'Greece||Greek|Athens|',
  'Bulgaria||Bulgarian||',
  'Ukraine||Ukrainian|Kyiv|Kiev',
  'Hungary||Hungarian|Budapest|',
  'Slovakia||Slovak|Bratislava|',
  'Poland||Polish|Warsaw|',
  'Estonia||Estonian|Tallinn|',
  'Finland||Finnish|Helsinki|',
  'Sweden||Swedish|Stockholm|',
  'Norway||Norwegian|Oslo|',
  'Belgium||Belgian||',
  'Netherlands|the|Dutch|The Hague|',
  'Austria||Austrian|Vienna|',
  'Egypt||Egyptian|Cairo|',
  'Saudi Arabia||Saudi|Riyadh|',
  'Qatar||Qatari|Doha|',
  'United Arab Emirates|the|Emirati|Abu Dhabi|UAE',
  'Iraq||Iraqi|Baghdad|',
  'Syria||Syrian|Damascus|',
  'Lebanon||Lebanese|Beirut|',
  'Jordan||Jordanian|Amman|',
  'Pakistan||Pakistani|Islamabad|',
  'India||Indian|New Delhi|',
  'Japan||Japanese|Tokyo|',
  'South Korea||South Korean|Seoul|',
  'North Korea||North Korean|Pyongyang|',
  'Afghanistan||Afghan|Kabul|',
  'Armenia||Armenian|Yerevan|',
  'Kazakhstan||Kazakh|Astana|',
  'Kyrgyzstan||Kyrgyz|Bishkek|',
  'Cyprus||Cypriot|Nicosia|',
  'Libya||Libyan|Tripoli|',
  'Yemen||Yemeni|Sanaa|',
  'Canada||Canadian|Ottawa|',
  'Venezuela||Venezuelan|Caracas|',
  'European Union|the|EU|Brussels|EU',
].map(parseCountry);

const REGIONS = [
  'Middle East', 'Europe', 'Caucasus', 'South Caucasus', 'Balkans', 'Eastern Mediterranean', 'Mediterranean',
  'Caspian', 'Baltic', 'Thrace', 'Central Asia', 'Gulf', 'Persian Gulf', 'Gaza Strip', 'West Bank',
];

function parseCountry(line: string): Country {
  const [name = '', the = '', adjectives = '', seat = '', aliases = ''] = line.split('|');
  const list = (s: string) => s.split(',').filter(Boolean);
  const kind: ActorKind = name === 'European Union' ? 'organization' : 'state';
  return { name, display: the ? `the ${name}` : name, adjectives: list(adjectives), aliases: list(aliases), kind, ...(seat && { seat }) };
}

function countryNamed(surface: string): Country | undefined {
  return COUNTRIES.find((c) => c.name === surface || c.aliases.includes(surface));
}

function countryWithSeat(surface: string): Country | undefined {
  return COUNTRIES.find((c) => c.seat === surface);
}

function countryOfPrefix(prefix: string): Country | undefined {
  return countryNamed(prefix) ?? COUNTRIES.find((c) => c.adjectives.includes(prefix));
}

function isCountryOrSeat(surface: string): boolean {
  return Boolean(countryNamed(surface) ?? countryWithSeat(surface));
}

/** Buildings that stand for a government: "the Kremlin said". */
interface StandIn {
  surface: string;
  id: string;
  name: string;
  kind: ActorKind;
  role: string;
}

const STAND_INS: StandIn[] = [
  { surface: 'Kremlin', id: 'kremlin', name: 'The Kremlin', kind: 'government', role: 'Office of the President of Russia' },
  { surface: 'White House', id: 'white-house', name: 'The White House', kind: 'government', role: 'Office of the President of the United States' },
  { surface: 'Pentagon', id: 'pentagon', name: 'The Pentagon', kind: 'military', role: 'United States Department of Defense' },
  { surface: 'Downing Street', id: 'downing-street', name: 'Downing Street', kind: 'government', role: 'Office of the Prime Minister of the United Kingdom' },
];

// ---------------------------------------------------------------------------------------------
// Regular-expression pieces

const L = String.raw`[\p{L}\p{M}]`;
const START = String.raw`(?<![\p{L}\p{N}])`;
/** Spaces within one paragraph: a name never runs on into the next. */
const SP = String.raw`[^\S\n]+`;
const END = String.raw`(?![\p{L}\p{N}])`;
/** `Lavrov`, `JD`, `R.`, `al-Sudani`, `O'Neill` (a possessive `'s` is cut off later). */
const NAME_WORD = String.raw`(?:\p{Lu}\.|(?:al-|el-)?\p{Lu}${L}*(?:['’-]\p{Lu}${L}*)?)`;
const NAME = String.raw`${NAME_WORD}(?:${SP}(?:(?:${alternation(NAME_PARTICLES)})${SP})*${NAME_WORD}){0,3}`;
/** A capitalised word of an organisation's name: `Non-Proliferation`, `6th`. */
const ORG_WORD = String.raw`(?:\p{Lu}${L}*(?:-\p{L}${L}*)*|\d+(?:st|nd|rd|th))`;
const TITLE = String.raw`(?:${MULTIWORD_TITLES.join('|')}|spokesman|spokeswoman|spokesperson|(?:(?:${alternation(TITLE_MODIFIERS)})${SP}){0,3}(?:${alternation(TITLE_HEADS)}))`;
const ORG_HEADS = new Set([...GOVERNMENT_HEADS, ...MILITARY_HEADS, ...ORGANIZATION_HEADS]);
const PREFIX = String.raw`${alternation(new Set(COUNTRIES.flatMap((c) => [c.name, ...c.aliases, ...c.adjectives])))}|${STAND_INS.map((s) => escapeRegExp(s.surface)).join('|')}|(?:${ORG_WORD}${SP}){0,3}(?:${alternation(ORG_HEADS)})|\p{Lu}{2,6}`;

function alternation(list: Iterable<string>): string {
  return [...list].sort((a, b) => b.length - a.length || a.localeCompare(b)).map(escapeRegExp).join('|');
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function matchAll(text: string, pattern: string): RegExpExecArray[] {
  return [...text.matchAll(new RegExp(pattern, 'gu'))];
}

function stripPossessive(name: string): string {
  return name.replace(/['’]s$/, '');
}

// ---------------------------------------------------------------------------------------------
// 1. Wire-copy rules

function ruleMentions(text: string): Mention[] {
  return [
    ...titledPeople(text),
    ...ships(text),
    ...standIns(text),
    ...headNounMentions(text),
    ...seas(text),
    ...namedInfrastructure(text),
  ];
}

/** "Russian Foreign Minister Sergey Lavrov" → Sergey Lavrov, role "Foreign Minister of Russia". */
function titledPeople(text: string): Mention[] {
  const pattern = String.raw`${START}(?:(?<prefix>${PREFIX})(?:['’]s)?${SP})?(?<title>${TITLE})${SP}(?<name>${NAME})`;
  const found: Mention[] = [];
  for (const match of matchAll(text, pattern)) {
    const { prefix, title = '', name: rawName = '' } = match.groups ?? {};
    const name = stripPossessive(rawName);
    if (!isPersonName(name)) continue;
    const nameStart = match.index + match[0].length - rawName.length;
    const prefixMention = prefix ? prefixAsMention(prefix, match.index) : undefined;
    const start = prefixMention ? match.index + match[0].indexOf(title, prefix?.length ?? 0) : match.index;
    const role = capitalize(prefix ? `${title} of ${displayPrefix(prefix)}` : title);
    found.push({ start, end: nameStart + name.length, alias: name, candidate: { type: 'actor', name, kind: 'person', role } });
    if (prefixMention) found.push(prefixMention);
  }
  return found;
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

/**
 * Capitalised phrases ending in a head noun: organisations ("Foreign Ministry", "Turkish Naval
 * Forces"), facilities ("Trans-Anatolian Natural Gas Pipeline"), and treaties, claimed to be skipped.
 * A following "(TANAP)" becomes an alias.
 */
function headNounMentions(text: string): Mention[] {
  const heads = new Set([...ORG_HEADS, ...FACILITY_HEADS, ...SKIP_HEADS]);
  const tail = String.raw`(?:${SP}(?:of|for)${SP}(?:the${SP})?${ORG_WORD}(?:${SP}(?:and${SP})?${ORG_WORD}){0,4})?`;
  const pattern = String.raw`${START}(?:${ORG_WORD}${SP}){0,5}(?:${alternation(heads)})${END}${tail}(?:${SP}\((?<acronym>\p{Lu}{2,8})\))?`;
  const found: Mention[] = [];
  for (const match of matchAll(text, pattern)) {
    const phrase = match[0].replace(/\s+\(\p{Lu}{2,8}\)$/u, '');
    const name = phrase.replace(/^(?:(?:The|A|An|On|In|At|Meanwhile|Separately|Earlier|Later|Also|Under)\s+)+/, '');
    const start = match.index + phrase.length - name.length;
    const head = lastHead(name, heads);
    if (!head || name === head) continue; // a bare "Ministry" names nobody
    const acronym = match.groups?.['acronym'];
    if (SKIP_HEADS.has(head)) found.push(mention(start, name, { type: 'skip' }));
    else if (FACILITY_HEADS.has(head)) found.push(mention(start, name, { type: 'place', name, kind: 'facility', ...(acronym && { acronym }) }));
    else found.push(mention(start, name, { type: 'actor', name, kind: organizationKind(name), ...(acronym && { acronym }) }));
  }
  return found;
}

function lastHead(name: string, heads: Set<string>): string | undefined {
  return name.split(/\s+/).filter((w) => heads.has(w)).at(-1);
}

function organizationKind(name: string): ActorKind {
  const head = lastHead(name, ORG_HEADS);
  if (head && GOVERNMENT_HEADS.has(head)) return 'government';
  if (head && MILITARY_HEADS.has(head)) return 'military';
  return 'organization';
}

/** "the TurkStream pipeline", "the Akkuyu nuclear power plant": a name, then a lowercase facility noun. */
function namedInfrastructure(text: string): Mention[] {
  const nouns = 'pipeline|nuclear power plant|power plant|refinery|gas field|oil field|port|airport|air base|naval base|dam';
  const pattern = String.raw`(?<=\bthe${SP})\p{Lu}${L}*(?:${SP}\p{Lu}${L}*)?${SP}(?:${nouns})${END}`;
  return matchAll(text, pattern)
    .filter((match) => !match[0].split(/\s+/).some((w) => countryOfPrefix(w) || NOT_NAMES.has(w)))
    .map((match) => mention(match.index, match[0], { type: 'place', name: match[0], kind: 'facility' }));
}

/** "Black Sea", "Gulf of Finland", "Strait of Hormuz". */
function seas(text: string): Mention[] {
  const pattern = String.raw`${START}(?:(?:\p{Lu}${L}*${SP}){1,2}(?:Sea|Ocean)|(?:Gulf|Strait|Bay|Sea) of (?:the )?\p{Lu}${L}*)${END}`;
  return matchAll(text, pattern).map((match) => mention(match.index, match[0], { type: 'place', name: match[0], kind: 'sea' }));
}

// ---------------------------------------------------------------------------------------------
// 2. Existing content entries

function knownMentions(text: string, known: KnownEntities): Mention[] {
  const bySurface = new Map<string, { actor?: KnownEntity; location?: KnownEntity }>();
  const add = (entry: KnownEntity, field: 'actor' | 'location') => {
    for (const surface of [entry.name, ...entry.aliases].filter((n) => n.trim())) {
      const slot = bySurface.get(surface) ?? {};
      slot[field] ??= entry;
      bySurface.set(surface, slot);
    }
  };
  known.actors.forEach((entry) => add(entry, 'actor'));
  known.locations.forEach((entry) => add(entry, 'location'));
  return [...bySurface].flatMap(([surface, slot]) =>
    matchAll(text, `${START}${escapeRegExp(surface)}${END}`).map((match) => mention(match.index, surface, { type: 'known', ...slot })),
  );
}

// ---------------------------------------------------------------------------------------------
// 3. Gazetteer

function gazetteerMentions(text: string): Mention[] {
  const countries = COUNTRIES.flatMap((c) => [c.name, ...c.aliases, ...(c.seat ? [c.seat] : [])]);
  // Not when followed by another capitalised word: "Washington Post", "Moscow State University".
  const pattern = (list: Iterable<string>) => String.raw`${START}(?:${alternation(list)})${END}(?!${SP}\p{Lu})`;
  return [
    ...matchAll(text, pattern(countries)).map((m) => mention(m.index, m[0], { type: 'place', name: m[0] })),
    ...matchAll(text, pattern(REGIONS)).map((m) => mention(m.index, m[0], { type: 'place', name: m[0], kind: 'region' })),
  ];
}

// ---------------------------------------------------------------------------------------------
// 4. compromise

interface NlpMatch {
  text: string;
  offset: { start: number; length: number };
  terms: Array<{ text: string; tags: string[] }>;
}

function compromiseMentions(text: string): Mention[] {
  const doc = nlp(text);
  const read = (view: { json: (options: object) => unknown }) => view.json({ offset: true }) as NlpMatch[];
  return [
    ...read(doc.people()).flatMap((m) => cleanSpans(text, m, false).map(([start, name]) => mention(start, name, { type: 'actor', name, kind: 'person' }))),
    ...read(doc.organizations()).flatMap((m) =>
      cleanSpans(text, m, false).map(([start, name]) => mention(start, name, { type: 'actor', name, kind: organizationKind(name) })),
    ),
    ...read(doc.places()).flatMap((m) =>
      cleanSpans(text, m, true).map(([start, name]) => mention(start, name, { type: 'place', name, ...placeKindFromTags(m, name) })),
    ),
  ];
}

/**
 * The proper names inside one compromise match, as `[start, name]`: split at commas (and, for
 * places, hyphens: "US-Iran"), without titles, possessives, quotes, punctuation or lowercase words.
 */
function cleanSpans(text: string, match: NlpMatch, splitHyphens: boolean): Array<[number, string]> {
  const { start, length } = match.offset;
  if (text.slice(start, start + length) !== match.text) return []; // offsets out of step: skip, don't guess
  const piece = splitHyphens ? /[^,\-\s]+(?:\s+[^,\-\s]+)*/g : /[^,\s]+(?:\s+[^,\s]+)*/g;
  return [...match.text.matchAll(piece)].flatMap((part): Array<[number, string]> => {
    const words = trimToName(wordsIn(part[0], start + part.index));
    const first = words[0];
    const last = words.at(-1);
    if (!first || !last || !words.every((w) => /^\p{Lu}/u.test(w.word) || NAME_PARTICLES.has(w.word) || w.word === 'of')) return [];
    const end = last.at + last.word.length;
    const name = text.slice(first.at, end);
    if (words.length === 1 && (SHIP_PREFIXES.has(name) || isAdjectiveOnly(name))) return [];
    if (splitHyphens && /^\s+\p{Lu}/u.test(text.slice(end))) return []; // part of a longer name: "Washington Post"
    return [[first.at, name]];
  });
}

interface Word {
  at: number;
  word: string;
}

/** The words of `part` (which starts at `offset`), each without a final full stop or possessive. */
function wordsIn(part: string, offset: number): Word[] {
  return [...part.matchAll(/[\p{L}\p{N}][\p{L}\p{M}\p{N}.'’-]*/gu)].map((w) => ({
    at: offset + w.index,
    word: stripPossessive(w[0].replace(/(?<=..)\.$/u, '')),
  }));
}

/** Drops leading titles and sentence words ("Minister", "The") and trailing lowercase words ("region"). */
function trimToName(words: Word[]): Word[] {
  const isLead = (w: string) => TITLE_HEADS.has(w) || TITLE_MODIFIERS.has(w) || NOT_NAMES.has(w);
  let from = 0;
  let to = words.length;
  while (from < to && isLead(words[from]?.word ?? '')) from++;
  while (to > from && !/^\p{Lu}/u.test(words[to - 1]?.word ?? '')) to--;
  return words.slice(from, to);
}

/** "Russian", "American": a nationality, not a name. */
function isAdjectiveOnly(word: string): boolean {
  return Boolean(countryOfPrefix(word)) && !countryNamed(word);
}

/** `{ kind }` from compromise's tags on the words of `name` ("Geneva" in "Geneva, Switzerland" is a City). */
function placeKindFromTags(match: NlpMatch, name: string): { kind?: LocationKind } {
  const words = new Set(name.split(/\s+/));
  const tags = new Set(match.terms.filter((t) => words.has(t.text.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '').replace(/['’]s$/, ''))).flatMap((t) => t.tags));
  if (tags.has('Country')) return { kind: 'country' };
  if (tags.has('City')) return { kind: 'city' };
  return {};
}

// ---------------------------------------------------------------------------------------------
// 5. Leftovers

function leftoverMentions(text: string): Mention[] {
  return [...acronyms(text), ...placesAfterPrepositions(text)];
}

/** "BOTAS", "SOCAR": all-capital words, unless a country ("USA"), a ship prefix or a unit ("LNG"). */
function acronyms(text: string): Mention[] {
  return matchAll(text, String.raw`${START}\p{Lu}{3,6}${END}`)
    .filter((m) => !SHIP_PREFIXES.has(m[0]) && !NOT_ORGANIZATIONS.has(m[0]) && !countryOfPrefix(m[0]))
    .map((m) => mention(m.index, m[0], { type: 'actor', name: m[0], kind: 'organization' }));
}

/** "off Antalya", "in Thrace": up to three capitalised words after a place preposition. */
function placesAfterPrepositions(text: string): Mention[] {
  const pattern = String.raw`${START}(?:[Ii]n|at|near|off|from)${SP}(?:the${SP})?(?<name>\p{Lu}\p{Ll}${L}*(?:${SP}\p{Lu}\p{Ll}${L}*){0,2})${END}(?!['’]s)`;
  const isPlaceWord = (w: string) => !NOT_NAMES.has(w) && !TITLE_HEADS.has(w) && !TITLE_MODIFIERS.has(w) && !isAdjectiveOnly(w);
  return matchAll(text, pattern).flatMap((m) => {
    const name = m.groups?.['name'] ?? '';
    if (!name.split(/\s+/).every(isPlaceWord)) return [];
    return [mention(m.index + m[0].length - name.length, name, { type: 'place', name })];
  });
}

// ---------------------------------------------------------------------------------------------
// Aliases: surnames, bare ship names and bracketed acronyms point at the entity named in full

type ActorCandidate = Extract<Candidate, { type: 'actor' }>;
type PlaceCandidate = Extract<Candidate, { type: 'place' }>;

function aliasIndex(mentions: Mention[]): Map<string, ActorCandidate | PlaceCandidate> {
  const index = new Map<string, ActorCandidate | PlaceCandidate | null>();
  const add = (alias: string | undefined, target: ActorCandidate | PlaceCandidate) => {
    if (!alias || alias === target.name) return;
    const seen = index.get(alias);
    index.set(alias, seen === undefined || sameCandidate(seen, target) ? target : null); // null: ambiguous
  };
  for (const { candidate: c } of mentions) {
    if (c.type !== 'actor' && c.type !== 'place') continue;
    if (c.type === 'actor' && c.kind === 'person') add(surname(c.name), c);
    if (c.type === 'actor' && c.kind === 'military') add(bareShipName(c.name), c);
    add(c.acronym, c);
  }
  return new Map([...index].filter((entry): entry is [string, ActorCandidate | PlaceCandidate] => entry[1] !== null));
}

/** "USS Abraham Lincoln" → "Abraham Lincoln". */
function bareShipName(name: string): string | undefined {
  const [prefix, ...rest] = name.split(' ');
  return prefix && SHIP_PREFIXES.has(prefix) && rest.length ? rest.join(' ') : undefined;
}

function sameCandidate(a: ActorCandidate | PlaceCandidate | null, b: ActorCandidate | PlaceCandidate): boolean {
  return a !== null && a.type === b.type && a.name === b.name;
}

function surname(name: string): string | undefined {
  const parts = name.split(/\s+/);
  const last = parts.at(-1);
  return parts.length > 1 && last && !/^\p{Lu}\.$/u.test(last) ? last : undefined;
}

function aliasMentions(text: string, index: Map<string, ActorCandidate | PlaceCandidate>): Mention[] {
  return [...index].flatMap(([alias, candidate]) =>
    matchAll(text, `${START}${escapeRegExp(alias)}${END}`).map((match) => mention(match.index, alias, candidate)),
  );
}

// ---------------------------------------------------------------------------------------------
// Resolution: each mention becomes an actor, a location, or nothing

/** Whether the sentence uses a country or capital as an acting state or as a place. */
type Use = 'actor' | 'place';

interface Resolved {
  actor?: Omit<DetectedActor, 'firstMention'>;
  location?: Omit<DetectedLocation, 'firstMention'>;
}

function resolveMentions(text: string, mentions: Mention[], aliases: Map<string, ActorCandidate | PlaceCandidate>, known: KnownEntities): DetectedEntities {
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
function followAlias(candidate: Candidate, aliases: Map<string, ActorCandidate | PlaceCandidate>): Candidate {
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

const PLACE_BEFORE = /(?:^|[^\p{L}])(?:in|at|from|to|near|into|inside|outside|across|via|off|toward|towards|throughout|around|visit|visited|visiting)\s+(?:the\s+)?$/iu;

/**
 * "Moscow’s support", "between Washington and Tehran": actor. "in Washington", "held in Muscat",
 * "Muscat, Oman,", "via Greece and Bulgaria", "the Vienna talks": place.
 */
function useOf(text: string, m: Mention, previous: { end: number; use: Use } | undefined): Use {
  const before = text.slice(Math.max(0, m.start - 40), m.start);
  const after = text.slice(m.end);
  if (/^['’]s(?![\p{L}])/u.test(after)) return 'actor';
  if (PLACE_BEFORE.test(before)) return 'place';
  const between = previous ? text.slice(previous.end, m.start) : '';
  if (previous?.use === 'place' && /^(?:,\s*|\s+and\s+)$/.test(between) && /^\s*(?:[,.;:)]|$)/.test(after)) return 'place';
  if (countryWithSeat(m.alias) && /(?:^|\s)the\s+$/i.test(before)) return 'place';
  return 'actor';
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

/** The first entry, in the order of `names`, whose name or an alias is one of them. */
function findKnown(entries: KnownEntity[], names: string[]): KnownEntity | undefined {
  for (const name of names) {
    const match = entries.find((entry) => entry.name === name || entry.aliases.includes(name));
    if (match) return match;
  }
  return undefined;
}

function existingActor(entry: KnownEntity): Omit<DetectedActor, 'firstMention'> {
  return { id: entry.id, name: entry.name, kind: oneOf(entry.kind, ACTOR_KINDS, 'other'), aliases: [...entry.aliases], existing: true };
}

function existingLocation(entry: KnownEntity): Omit<DetectedLocation, 'firstMention'> {
  return { id: entry.id, name: entry.name, kind: oneOf(entry.kind, LOCATION_KINDS, 'other'), aliases: [...entry.aliases], existing: true };
}

function newActor(name: string, kind: ActorKind, known: KnownEntities, id?: string): Omit<DetectedActor, 'firstMention'> {
  return { id: uniqueId(id ?? slugify(name), known.actors), name, kind, aliases: [], existing: false };
}

function newLocation(name: string, kind: LocationKind, known: KnownEntities): Omit<DetectedLocation, 'firstMention'> {
  return { id: uniqueId(slugify(name), known.locations), name, kind, aliases: [], existing: false };
}

function oneOf<T extends string>(value: string, allowed: readonly T[], fallback: T): T {
  return (allowed as readonly string[]).includes(value) ? (value as T) : fallback;
}

/** A new entity never takes the id of a different existing one. */
function uniqueId(base: string, existing: KnownEntity[]): string {
  const taken = new Set(existing.map((entry) => entry.id));
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
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

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function foldCase(s: string): string {
  return s.replace(/[ıİ]/g, 'I').normalize('NFKD').replace(/\p{M}/gu, '').toUpperCase();
}
