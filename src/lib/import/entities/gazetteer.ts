/**
 * The countries (and the EU) wire copy names, the city each one's government is called by, regions
 * and seas, and the buildings that stand for a government. The curated list below gives wire
 * spellings (`Türkiye`, `the US`) and the capitals that act ("Moscow said"); every other country,
 * with its nationality adjectives, comes from the gazetteer package (gazetteer-data.ts), read once
 * when first needed.
 */
import type { ActorKind } from '../../../schemas/actor';
import { gazetteerCountries, gazetteerKey } from './gazetteer-data';

interface Country {
  name: string;
  /** `the United States`. */
  display: string;
  adjectives: string[];
  /** The city wire copy uses for the government: "Washington has stepped up…". */
  seat?: string;
  aliases: string[];
  kind: ActorKind;
  /** ISO 3166-1 alpha-2, from the gazetteer package. */
  iso2?: string;
}

export const COUNTRIES: Country[] = [
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
  'Serbia||Serbian|Belgrade|',
  'Kosovo||Kosovar,Kosovan|Pristina|',
  'Georgia||Georgian|Tbilisi|',
  'Turkmenistan||Turkmen||',
  'Uzbekistan||Uzbek||',
  'Tajikistan||Tajik|Dushanbe|',
  'Bosnia and Herzegovina||Bosnian|Sarajevo|Bosnia',
  'Ethiopia||Ethiopian|Addis Ababa|',
  'Niger||Nigerien|Niamey|',
  'Nigeria||Nigerian|Abuja|',
  'Mali||Malian|Bamako|',
  'Burkina Faso||Burkinabe,Burkinabé|Ouagadougou|',
  'Ghana||Ghanaian|Accra|',
  'European Union|the|EU|Brussels|EU',
].map(parseCountry);

export const REGIONS = [
  'Middle East', 'Europe', 'Caucasus', 'South Caucasus', 'Balkans', 'Eastern Mediterranean', 'Baltic', 'Thrace',
  'Central Asia', 'Gulf', 'Gaza Strip', 'West Bank', 'Karabakh', 'Nagorno-Karabakh', 'Kurdistan Region', 'Crimea',
  'Donbas', 'Anatolia', 'Sahel', 'Horn of Africa', 'North Africa', 'Latin America', 'Southeast Asia', 'South Asia',
  'East Asia', 'Western Balkans', 'Levant', 'Scandinavia', 'Arctic', 'Kashmir', 'Golan Heights', 'Sinai', 'Qandil Mountains',
];

/** Seas and straits known by one name: "the Bosphorus", "the Mediterranean". */
export const SEAS = [
  'Bosphorus', 'Bosporus', 'Dardanelles', 'Mediterranean', 'Aegean', 'Caspian', 'Adriatic', 'Red Sea', 'Persian Gulf',
  'Gulf of Aden', 'English Channel', 'Suez Canal', 'Turkish Straits', 'Kerch Strait',
];

function parseCountry(line: string): Country {
  const [name = '', the = '', adjectives = '', seat = '', aliases = ''] = line.split('|');
  const list = (s: string) => s.split(',').filter(Boolean);
  const kind: ActorKind = name === 'European Union' ? 'organization' : 'state';
  return { name, display: the ? `the ${name}` : name, adjectives: list(adjectives), aliases: list(aliases), kind, ...(seat && { seat }) };
}

/** Names the package spells its own way, and names that are first names too often to be read alone. */
const PACKAGE_NAME_SKIPS = new Set(['Turkey', 'Jordan', 'Chad', 'Georgia', 'Niger', 'Guinea', 'Dominica', 'Israel']);

let allCountries: Country[] | undefined;
/** The curated countries, then every other country of the gazetteer package, with its adjectives and ISO code. */
export function countries(): Country[] {
  if (allCountries) return allCountries;
  const byKey = new Map<string, Country>();
  for (const c of COUNTRIES) for (const n of [c.name, ...c.aliases]) byKey.set(gazetteerKey(n), c);
  const extra: Country[] = [];
  for (const g of gazetteerCountries()) {
    const keys = [g.name, g.native].map(gazetteerKey);
    const curated = keys.map((k) => byKey.get(k)).find(Boolean) ?? (g.iso2 === 'TR' ? byKey.get('turkiye') : undefined);
    if (curated) {
      curated.iso2 = g.iso2;
      for (const a of g.adjectives) if (!curated.adjectives.includes(a)) curated.adjectives.push(a);
      continue;
    }
    if (PACKAGE_NAME_SKIPS.has(g.name) || /[.(]/.test(g.name)) continue;
    extra.push({ name: g.name, display: /^(?:[\p{L}]+ )*(?:Islands|Republic|Kingdom|States|Emirates)$/u.test(g.name) ? `the ${g.name}` : g.name, adjectives: g.adjectives, aliases: [], kind: 'state', iso2: g.iso2 });
  }
  allCountries = [...COUNTRIES, ...extra];
  return allCountries;
}

export function countryNamed(surface: string): Country | undefined {
  return countries().find((c) => c.name === surface || c.aliases.includes(surface));
}

export function countryWithSeat(surface: string): Country | undefined {
  return COUNTRIES.find((c) => c.seat === surface);
}

export function countryOfPrefix(prefix: string): Country | undefined {
  return countryNamed(prefix) ?? countries().find((c) => c.adjectives.includes(prefix));
}

export function isCountryOrSeat(surface: string): boolean {
  return Boolean(countryNamed(surface) ?? countryWithSeat(surface));
}

/** "Russian", "American": a nationality, not a name. */
export function isAdjectiveOnly(word: string): boolean {
  return Boolean(countryOfPrefix(word)) && !countryNamed(word);
}

/** Buildings that stand for a government: "the Kremlin said". */
export interface StandIn {
  surface: string;
  id: string;
  name: string;
  kind: ActorKind;
  role: string;
}

export const STAND_INS: StandIn[] = [
  { surface: 'Kremlin', id: 'kremlin', name: 'The Kremlin', kind: 'government', role: 'Office of the President of Russia' },
  { surface: 'White House', id: 'white-house', name: 'The White House', kind: 'government', role: 'Office of the President of the United States' },
  { surface: 'Pentagon', id: 'pentagon', name: 'The Pentagon', kind: 'military', role: 'United States Department of Defense' },
  { surface: 'Downing Street', id: 'downing-street', name: 'Downing Street', kind: 'government', role: 'Office of the Prime Minister of the United Kingdom' },
];
