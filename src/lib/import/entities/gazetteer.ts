/**
 * A small gazetteer: countries (and the EU), the city each one's government is called by, regions,
 * and the buildings that stand for a government.
 */
import type { ActorKind } from '../../../schemas/actor';

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
  'European Union|the|EU|Brussels|EU',
].map(parseCountry);

export const REGIONS = [
  'Middle East', 'Europe', 'Caucasus', 'South Caucasus', 'Balkans', 'Eastern Mediterranean', 'Mediterranean',
  'Caspian', 'Baltic', 'Thrace', 'Central Asia', 'Gulf', 'Persian Gulf', 'Gaza Strip', 'West Bank',
];

function parseCountry(line: string): Country {
  const [name = '', the = '', adjectives = '', seat = '', aliases = ''] = line.split('|');
  const list = (s: string) => s.split(',').filter(Boolean);
  const kind: ActorKind = name === 'European Union' ? 'organization' : 'state';
  return { name, display: the ? `the ${name}` : name, adjectives: list(adjectives), aliases: list(aliases), kind, ...(seat && { seat }) };
}

export function countryNamed(surface: string): Country | undefined {
  return COUNTRIES.find((c) => c.name === surface || c.aliases.includes(surface));
}

export function countryWithSeat(surface: string): Country | undefined {
  return COUNTRIES.find((c) => c.seat === surface);
}

export function countryOfPrefix(prefix: string): Country | undefined {
  return countryNamed(prefix) ?? COUNTRIES.find((c) => c.adjectives.includes(prefix));
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
