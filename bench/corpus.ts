/**
 * A deterministic synthetic newsroom corpus for the benchmark: `generateCorpus({ articles, seed, dir })`
 * writes a valid Dateline content folder (articles/, actors/, locations/, the format of README.md
 * "Content format") whose bytes depend only on `articles` and `seed`.
 *
 * - Articles of wire length (~2 KB body) built from sentence templates: each names its actors by
 *   name or alias and states its events' dates the way wire copy does ("on Tuesday", "last June",
 *   "Feb. 6", "between Jan. 12 and Jan. 19", "over the next 10 days", "next month"), so Dateline's
 *   date and mention plugins have real work. Each has 3–8 actors and 2–6 events.
 * - About N/3 actors (persons with roles, states, governments, organisations, military) drawn with
 *   a Zipf-like popularity, so a few actors appear in many stories as in a real newsroom.
 * - About N/10 locations: countries and cities, with coordinates.
 * - Published over three years (1 March 2023 – 28 February 2026), some with a time and offset.
 * - Event dates mostly days, some months, a few years, a few ranges, and `expected` events dated
 *   after publication.
 *
 * Randomness comes only from a seeded mulberry32, and all calendar arithmetic is in UTC, so the
 * output is the same on every machine and in every time zone.
 *
 *   npx tsx bench/corpus.ts --articles 100 --seed 1 --out /tmp/corpus
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

export interface CorpusOptions {
  /** Number of articles, N. */
  readonly articles: number;
  /** Any integer; the same seed gives byte-identical files. */
  readonly seed: number;
  /**
   * The denser newsroom of the cold-build budget: actors drawn evenly from all N/3 (no star
   * actors), and every dated event a day within the 400 days before publication, so that stories
   * spread over many more day pages (about four pages per story).
   */
  readonly dense?: boolean;
}

export interface CorpusStats {
  readonly articles: number;
  readonly actors: number;
  readonly locations: number;
  readonly events: number;
  /** Event dates by form: day, month, year, range; and how many are `expected`. */
  readonly precision: { readonly day: number; readonly month: number; readonly year: number; readonly range: number; readonly expected: number };
  readonly actorsPerArticle: { readonly min: number; readonly max: number };
  readonly eventsPerArticle: { readonly min: number; readonly max: number };
  readonly bodyBytes: { readonly min: number; readonly mean: number; readonly max: number };
  readonly firstPublished: string;
  readonly lastPublished: string;
}

export interface Corpus {
  /** Paths relative to the content folder (`articles/<id>.md`, …) → file text, sorted by path. */
  readonly files: ReadonlyMap<string, string>;
  readonly stats: CorpusStats;
}

// ---------------------------------------------------------------------------------------------
// Randomness

/** mulberry32: a tiny, fast 32-bit PRNG; returns floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Random {
  private readonly next: () => number;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }
  float(): number {
    return this.next();
  }
  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[Math.floor(this.next() * items.length)] as T;
  }
  shuffle<T>(items: readonly T[]): T[] {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [out[i], out[j]] = [out[j] as T, out[i] as T];
    }
    return out;
  }
  /** `count` distinct items, each drawn with probability proportional to its weight. */
  weightedDistinct<T>(items: readonly T[], weights: readonly number[], count: number): T[] {
    const chosen = new Set<number>();
    const total = weights.reduce((a, b) => a + b, 0);
    let guard = 0;
    while (chosen.size < Math.min(count, items.length) && guard++ < 10_000) {
      let r = this.next() * total;
      let i = 0;
      while (i < weights.length - 1 && r >= (weights[i] as number)) r -= weights[i++] as number;
      chosen.add(i);
    }
    return [...chosen].map((i) => items[i] as T);
  }
  /** One of `options` by weight. */
  weighted<T extends string>(options: readonly (readonly [T, number])[]): T {
    const total = options.reduce((a, [, w]) => a + w, 0);
    let r = this.next() * total;
    for (const [value, weight] of options) {
      if (r < weight) return value;
      r -= weight;
    }
    return (options.at(-1) as readonly [T, number])[0];
  }
}

// ---------------------------------------------------------------------------------------------
// Calendar (UTC days, so no time zone can shift a date)

const DAY_MS = 86_400_000;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** AP style: March–July are never abbreviated. */
const WIRE_MONTHS = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** Days since 1970-01-01. */
type Day = number;
const dayOf = (y: number, m: number, d: number): Day => Date.UTC(y, m - 1, d) / DAY_MS;
const parts = (day: Day) => {
  const date = new Date(day * DAY_MS);
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate(), weekday: date.getUTCDay() };
};
const pad = (n: number) => String(n).padStart(2, '0');
const isoDay = (day: Day) => {
  const { y, m, d } = parts(day);
  return `${y}-${pad(m)}-${pad(d)}`;
};
const isoMonth = (y: number, m: number) => `${y}-${pad(m)}`;
/** "Feb. 6" (or "Feb. 6, 2024" when `withYear`). */
const wireDate = (day: Day, withYear = false) => {
  const { y, m, d } = parts(day);
  return `${WIRE_MONTHS[m - 1]} ${d}${withYear ? `, ${y}` : ''}`;
};
/** Shift a (year, month) by `delta` months. */
const shiftMonth = (y: number, m: number, delta: number) => {
  const index = y * 12 + (m - 1) + delta;
  return { y: Math.floor(index / 12), m: (index % 12) + 1 };
};

// ---------------------------------------------------------------------------------------------
// Vocabulary

interface Country {
  readonly name: string;
  readonly code: string;
  readonly lat: number;
  readonly lon: number;
  readonly demonym: string;
  /** Real cities: [name, lat, lon]. */
  readonly cities: readonly (readonly [string, number, number])[];
}

const COUNTRIES: readonly Country[] = [
  { name: 'Russia', code: 'RU', lat: 61.52, lon: 105.32, demonym: 'Russian', cities: [['Moscow', 55.7558, 37.6173], ['Kazan', 55.7963, 49.1088]] },
  { name: 'Iran', code: 'IR', lat: 32.43, lon: 53.69, demonym: 'Iranian', cities: [['Tehran', 35.6892, 51.389], ['Isfahan', 32.6546, 51.668]] },
  { name: 'United States', code: 'US', lat: 39.83, lon: -98.58, demonym: 'American', cities: [['Washington', 38.9072, -77.0369], ['New York', 40.7128, -74.006], ['Chicago', 41.8781, -87.6298]] },
  { name: 'Israel', code: 'IL', lat: 31.05, lon: 34.85, demonym: 'Israeli', cities: [['Jerusalem', 31.7683, 35.2137], ['Haifa', 32.794, 34.9896]] },
  { name: 'Turkiye', code: 'TR', lat: 38.96, lon: 35.24, demonym: 'Turkish', cities: [['Ankara', 39.9334, 32.8597], ['Istanbul', 41.0082, 28.9784], ['Izmir', 38.4237, 27.1428]] },
  { name: 'Oman', code: 'OM', lat: 21.47, lon: 55.98, demonym: 'Omani', cities: [['Muscat', 23.588, 58.3829], ['Salalah', 17.0151, 54.0924]] },
  { name: 'Switzerland', code: 'CH', lat: 46.82, lon: 8.23, demonym: 'Swiss', cities: [['Geneva', 46.2044, 6.1432], ['Bern', 46.948, 7.4474]] },
  { name: 'France', code: 'FR', lat: 46.23, lon: 2.21, demonym: 'French', cities: [['Paris', 48.8566, 2.3522], ['Marseille', 43.2965, 5.3698], ['Lyon', 45.764, 4.8357]] },
  { name: 'Germany', code: 'DE', lat: 51.17, lon: 10.45, demonym: 'German', cities: [['Berlin', 52.52, 13.405], ['Munich', 48.1351, 11.582], ['Hamburg', 53.5511, 9.9937]] },
  { name: 'United Kingdom', code: 'GB', lat: 55.38, lon: -3.44, demonym: 'British', cities: [['London', 51.5074, -0.1278], ['Manchester', 53.4808, -2.2426]] },
  { name: 'China', code: 'CN', lat: 35.86, lon: 104.2, demonym: 'Chinese', cities: [['Beijing', 39.9042, 116.4074], ['Shanghai', 31.2304, 121.4737]] },
  { name: 'Japan', code: 'JP', lat: 36.2, lon: 138.25, demonym: 'Japanese', cities: [['Tokyo', 35.6762, 139.6503], ['Osaka', 34.6937, 135.5023]] },
  { name: 'India', code: 'IN', lat: 20.59, lon: 78.96, demonym: 'Indian', cities: [['New Delhi', 28.6139, 77.209], ['Mumbai', 19.076, 72.8777]] },
  { name: 'Pakistan', code: 'PK', lat: 30.38, lon: 69.35, demonym: 'Pakistani', cities: [['Islamabad', 33.6844, 73.0479], ['Karachi', 24.8607, 67.0011]] },
  { name: 'Egypt', code: 'EG', lat: 26.82, lon: 30.8, demonym: 'Egyptian', cities: [['Cairo', 30.0444, 31.2357], ['Alexandria', 31.2001, 29.9187]] },
  { name: 'Saudi Arabia', code: 'SA', lat: 23.89, lon: 45.08, demonym: 'Saudi', cities: [['Riyadh', 24.7136, 46.6753], ['Jeddah', 21.4858, 39.1925]] },
  { name: 'Qatar', code: 'QA', lat: 25.35, lon: 51.18, demonym: 'Qatari', cities: [['Doha', 25.2854, 51.531]] },
  { name: 'United Arab Emirates', code: 'AE', lat: 23.42, lon: 53.85, demonym: 'Emirati', cities: [['Abu Dhabi', 24.4539, 54.3773], ['Dubai', 25.2048, 55.2708]] },
  { name: 'Iraq', code: 'IQ', lat: 33.22, lon: 43.68, demonym: 'Iraqi', cities: [['Baghdad', 33.3152, 44.3661], ['Basra', 30.5085, 47.7804], ['Mosul', 36.3489, 43.1577]] },
  { name: 'Syria', code: 'SY', lat: 34.8, lon: 38.99, demonym: 'Syrian', cities: [['Damascus', 33.5138, 36.2765], ['Aleppo', 36.2021, 37.1343]] },
  { name: 'Lebanon', code: 'LB', lat: 33.85, lon: 35.86, demonym: 'Lebanese', cities: [['Beirut', 33.8938, 35.5018], ['Tripoli', 34.4367, 35.8497]] },
  { name: 'Jordan', code: 'JO', lat: 30.59, lon: 36.24, demonym: 'Jordanian', cities: [['Amman', 31.9454, 35.9284], ['Aqaba', 29.5267, 35.0078]] },
  { name: 'Ukraine', code: 'UA', lat: 48.38, lon: 31.17, demonym: 'Ukrainian', cities: [['Kyiv', 50.4501, 30.5234], ['Kharkiv', 49.9935, 36.2304], ['Odesa', 46.4825, 30.7233]] },
  { name: 'Poland', code: 'PL', lat: 51.92, lon: 19.15, demonym: 'Polish', cities: [['Warsaw', 52.2297, 21.0122], ['Krakow', 50.0647, 19.945]] },
  { name: 'Italy', code: 'IT', lat: 41.87, lon: 12.57, demonym: 'Italian', cities: [['Rome', 41.9028, 12.4964], ['Milan', 45.4642, 9.19]] },
  { name: 'Spain', code: 'ES', lat: 40.46, lon: -3.75, demonym: 'Spanish', cities: [['Madrid', 40.4168, -3.7038], ['Barcelona', 41.3874, 2.1686]] },
  { name: 'Brazil', code: 'BR', lat: -14.24, lon: -51.93, demonym: 'Brazilian', cities: [['Brasilia', -15.7975, -47.8919], ['Sao Paulo', -23.5505, -46.6333]] },
  { name: 'Mexico', code: 'MX', lat: 23.63, lon: -102.55, demonym: 'Mexican', cities: [['Mexico City', 19.4326, -99.1332], ['Guadalajara', 20.6597, -103.3496]] },
  { name: 'Canada', code: 'CA', lat: 56.13, lon: -106.35, demonym: 'Canadian', cities: [['Ottawa', 45.4215, -75.6972], ['Toronto', 43.6532, -79.3832]] },
  { name: 'Australia', code: 'AU', lat: -25.27, lon: 133.78, demonym: 'Australian', cities: [['Canberra', -35.2809, 149.13], ['Sydney', -33.8688, 151.2093]] },
  { name: 'South Africa', code: 'ZA', lat: -30.56, lon: 22.94, demonym: 'South African', cities: [['Pretoria', -25.7479, 28.2293], ['Johannesburg', -26.2041, 28.0473]] },
  { name: 'Nigeria', code: 'NG', lat: 9.08, lon: 8.68, demonym: 'Nigerian', cities: [['Abuja', 9.0765, 7.3986], ['Lagos', 6.5244, 3.3792]] },
  { name: 'Kenya', code: 'KE', lat: -0.02, lon: 37.91, demonym: 'Kenyan', cities: [['Nairobi', -1.2921, 36.8219], ['Mombasa', -4.0435, 39.6682]] },
  { name: 'Ethiopia', code: 'ET', lat: 9.15, lon: 40.49, demonym: 'Ethiopian', cities: [['Addis Ababa', 9.03, 38.74]] },
  { name: 'Indonesia', code: 'ID', lat: -0.79, lon: 113.92, demonym: 'Indonesian', cities: [['Jakarta', -6.2088, 106.8456], ['Surabaya', -7.2575, 112.7521]] },
  { name: 'South Korea', code: 'KR', lat: 35.91, lon: 127.77, demonym: 'South Korean', cities: [['Seoul', 37.5665, 126.978], ['Busan', 35.1796, 129.0756]] },
  { name: 'Norway', code: 'NO', lat: 60.47, lon: 8.47, demonym: 'Norwegian', cities: [['Oslo', 59.9139, 10.7522], ['Bergen', 60.3913, 5.3221]] },
  { name: 'Belgium', code: 'BE', lat: 50.5, lon: 4.47, demonym: 'Belgian', cities: [['Brussels', 50.8503, 4.3517], ['Antwerp', 51.2194, 4.4025]] },
  { name: 'Austria', code: 'AT', lat: 47.52, lon: 14.55, demonym: 'Austrian', cities: [['Vienna', 48.2082, 16.3738], ['Salzburg', 47.8095, 13.055]] },
  { name: 'Azerbaijan', code: 'AZ', lat: 40.14, lon: 47.58, demonym: 'Azerbaijani', cities: [['Baku', 40.4093, 49.8671]] },
  { name: 'Armenia', code: 'AM', lat: 40.07, lon: 45.04, demonym: 'Armenian', cities: [['Yerevan', 40.1792, 44.4991], ['Gyumri', 40.7894, 43.8475]] },
  { name: 'Georgia', code: 'GE', lat: 42.32, lon: 43.36, demonym: 'Georgian', cities: [['Tbilisi', 41.7151, 44.8271], ['Batumi', 41.6168, 41.6367]] },
  { name: 'Sudan', code: 'SD', lat: 12.86, lon: 30.22, demonym: 'Sudanese', cities: [['Khartoum', 15.5007, 32.5599], ['Port Sudan', 19.6158, 37.2164]] },
  { name: 'Libya', code: 'LY', lat: 26.34, lon: 17.23, demonym: 'Libyan', cities: [['Benghazi', 32.1194, 20.0868], ['Misrata', 32.3754, 15.0925]] },
  { name: 'Venezuela', code: 'VE', lat: 6.42, lon: -66.59, demonym: 'Venezuelan', cities: [['Caracas', 10.4806, -66.9036], ['Maracaibo', 10.6545, -71.6554]] },
  { name: 'Argentina', code: 'AR', lat: -38.42, lon: -63.62, demonym: 'Argentine', cities: [['Buenos Aires', -34.6037, -58.3816], ['Cordoba', -31.4201, -64.1888]] },
  { name: 'Vietnam', code: 'VN', lat: 14.06, lon: 108.28, demonym: 'Vietnamese', cities: [['Hanoi', 21.0278, 105.8342], ['Ho Chi Minh City', 10.8231, 106.6297]] },
  { name: 'Philippines', code: 'PH', lat: 12.88, lon: 121.77, demonym: 'Filipino', cities: [['Manila', 14.5995, 120.9842], ['Cebu', 10.3157, 123.8854]] },
];

const SYLLABLES_START = ['Al', 'Bar', 'Cal', 'Dor', 'El', 'Fen', 'Gar', 'Hal', 'Ir', 'Kor', 'Lem', 'Mir', 'Nor', 'Or', 'Par', 'Ros', 'Sal', 'Tar', 'Ul', 'Val', 'Wes', 'Yar', 'Zan', 'Bel', 'Kas'];
const SYLLABLES_END = ['ava', 'bury', 'dale', 'ford', 'grad', 'heim', 'ista', 'kar', 'lin', 'mont', 'nia', 'opol', 'ora', 'port', 'stad', 'ton', 'vik', 'wick', 'zan', 'esh', 'abad'];
const PLACE_PREFIXES = ['', '', '', 'Port ', 'New ', 'San ', 'Upper ', 'Lower '];

const FIRST_NAMES = [
  'Sergey', 'Abbas', 'Maria', 'Ahmed', 'Olena', 'James', 'Fatima', 'Hakan', 'Yuki', 'Amara', 'Lucas', 'Ingrid', 'Omar', 'Chen',
  'Priya', 'Mateo', 'Leila', 'Dmitri', 'Sophie', 'Kwame', 'Hiroshi', 'Nadia', 'Pablo', 'Elif', 'Grace', 'Tomasz', 'Aisha',
  'Rahul', 'Carmen', 'Viktor', 'Mei', 'Yusuf', 'Anna', 'Kofi', 'Isabel', 'Ravi', 'Olga', 'Samir', 'Laura', 'Thabo', 'Min-jun',
  'Astrid', 'Hassan', 'Elena', 'Tariq', 'Giulia', 'Andrei', 'Zainab', 'Pierre', 'Nkechi', 'Kenji', 'Farida', 'Miguel', 'Svetlana',
  'Daniel', 'Noor', 'Henrik', 'Lucia', 'Emeka', 'Rania', 'Javier', 'Katarzyna', 'Ali', 'Beatriz', 'Ivan', 'Salma', 'Marco',
  'Ayumi', 'Karim', 'Ewa', 'Femi', 'Layla', 'Stefan', 'Amina', 'Jonas', 'Rosa', 'Bilal', 'Hana', 'Oscar', 'Dina',
];
const LAST_NAMES = [
  'Volkov', 'Rahimi', 'Okafor', 'Lindqvist', 'Haddad', 'Moreau', 'Yilmaz', 'Tanaka', 'Mensah', 'Kowalski', 'Rossi', 'Fernandez',
  'Petrenko', 'Nasser', 'Schmidt', 'Sato', 'Banerjee', 'Oliveira', 'Karimi', 'Dubois', 'Novak', 'Abdi', 'Castillo', 'Ivanova',
  'Qureshi', 'Mwangi', 'Larsen', 'Costa', 'Hosseini', 'Demir', 'Nakamura', 'Adeyemi', 'Weber', 'Moretti', 'Sokolov', 'Farouk',
  'Kaya', 'Ortega', 'Suzuki', 'Boateng', 'Horvath', 'Rahman', 'Lopez', 'Chaudhry', 'Bianchi', 'Kuznetsov', 'Salem', 'Jansen',
  'Ozturk', 'Herrera', 'Kimura', 'Eze', 'Nowak', 'Ghani', 'Vargas', 'Marchetti', 'Popov', 'Aziz', 'Hoffmann', 'Yamamoto',
  'Owusu', 'Wojcik', 'Mansour', 'Silva', 'Aydin', 'Ramos', 'Takahashi', 'Nwosu', 'Fischer', 'Greco', 'Morozov', 'Khalil',
  'Svensson', 'Pereira', 'Celik', 'Mendoza', 'Inoue', 'Asante', 'Zielinski', 'Bakr', 'Richter', 'Esposito', 'Lebedev', 'Darwish',
  'Berg', 'Santos', 'Sahin', 'Navarro', 'Kobayashi', 'Chukwu', 'Lewandowski', 'Hamdan', 'Wagner', 'Romano', 'Pavlov', 'Saleh',
  'Dahl', 'Almeida', 'Arslan', 'Guerrero', 'Watanabe', 'Appiah', 'Kaminski', 'Jaber', 'Becker', 'Colombo', 'Orlov', 'Youssef',
  'Nilsson', 'Ribeiro', 'Polat', 'Medina', 'Ito', 'Darko', 'Szymanski', 'Taha', 'Krause', 'Ricci', 'Fedorov', 'Aboud',
];
const TITLES = [
  'President', 'Prime Minister', 'Foreign Minister', 'Defence Minister', 'Interior Minister', 'Finance Minister', 'Energy Minister',
  'Trade Minister', 'Army Chief of Staff', 'Central Bank Governor', 'National Security Adviser', 'Ambassador to the United Nations',
  'opposition leader', 'Parliament Speaker',
];
const MINISTRIES = ['Foreign Ministry', 'Defence Ministry', 'Interior Ministry', 'Finance Ministry', 'Energy Ministry', 'Presidency'];
const REAL_ORGANIZATIONS: readonly (readonly [string, string?])[] = [
  ['United Nations', 'UN'], ['International Atomic Energy Agency', 'IAEA'], ['World Health Organization', 'WHO'],
  ['North Atlantic Treaty Organization', 'NATO'], ['European Union', 'EU'], ['African Union'], ['Arab League'], ['World Bank'],
  ['International Monetary Fund', 'IMF'], ['International Committee of the Red Cross', 'ICRC'], ['Amnesty International'],
  ['Human Rights Watch'], ['Organization of the Petroleum Exporting Countries', 'OPEC'], ['World Food Programme', 'WFP'],
  ['Doctors Without Borders'], ['Organization for Security and Co-operation in Europe', 'OSCE'], ['Gulf Cooperation Council', 'GCC'],
  ['Association of Southeast Asian Nations', 'ASEAN'], ['UNICEF'],
];
const ORG_TYPES = [
  'Chamber of Commerce', 'Workers’ Union', 'Red Crescent Society', 'Institute for Strategic Studies', 'Human Rights Association',
  'Journalists’ Syndicate', 'Farmers’ Federation', 'Bar Association', 'Medical Association', 'National Oil Company',
];
const BRANCHES = ['Navy', 'Air Force', 'Army', 'Coast Guard', 'Special Forces'];
const SHIP_NAMES = ['Resolute', 'Vigilant', 'Endeavour', 'Liberty', 'Intrepid', 'Guardian', 'Sentinel', 'Valiant', 'Courageous', 'Steadfast', 'Defender', 'Relentless'];

const SOURCES = ['Anadolu Agency', 'Reuters', 'Associated Press', 'Agence France-Presse', 'Deutsche Presse-Agentur', 'Kyodo News', 'EFE', 'ANSA', 'Press Trust of India', 'Yonhap'];
const OFFSETS = ['+00:00', '+01:00', '+02:00', '+03:00', '+05:30', '+09:00', '-05:00'];
const TOPICS = [
  'the nuclear programme', 'a ceasefire', 'grain exports', 'energy supplies', 'a prisoner exchange', 'border security',
  'maritime security', 'trade tariffs', 'refugee returns', 'a gas pipeline', 'the reconstruction of the port', 'arms control',
  'humanitarian access', 'debt relief', 'the disputed election', 'water sharing', 'fishing rights', 'a new air corridor',
];
const SECTORS = ['the banking sector', 'oil exports', 'shipping companies', 'senior officials', 'the defence industry', 'technology imports'];

// ---------------------------------------------------------------------------------------------
// Entities

interface Location {
  readonly id: string;
  readonly name: string;
  readonly kind: 'city' | 'country';
  readonly code: string;
  readonly coordinates: readonly [number, number];
  readonly country: Country;
}

interface Actor {
  readonly id: string;
  readonly name: string;
  readonly kind: 'person' | 'state' | 'government' | 'organization' | 'military';
  readonly role?: string;
  /** Location id of its country, when that country is in the pool. */
  readonly countryId?: string;
  readonly aliases: readonly string[];
  /** How the text introduces it: "Russian Foreign Minister Sergey Lavrov", "the Iranian Navy". */
  readonly first: string;
  /** How the text refers to it afterwards: "Lavrov", "the IAEA". */
  readonly short: string;
}

export function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Unique kebab-case ids within one collection. */
class Ids {
  private readonly used = new Set<string>();
  take(name: string): string {
    const base = slugify(name) || 'entry';
    let id = base;
    for (let n = 2; this.used.has(id); n++) id = `${base}-${n}`;
    this.used.add(id);
    return id;
  }
}

const round4 = (x: number) => Math.round(x * 10_000) / 10_000;
const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));

function buildLocations(random: Random, count: number, names: Set<string>): Location[] {
  const ids = new Ids();
  const countries = random.shuffle(COUNTRIES);
  const countryCount = Math.min(countries.length, Math.max(1, Math.round(count * 0.3)));
  const locations: Location[] = [];
  for (const country of countries.slice(0, countryCount)) {
    names.add(country.name);
    locations.push({ id: ids.take(country.name), name: country.name, kind: 'country', code: country.code, coordinates: [country.lat, country.lon], country });
  }
  // Real cities, those of the pool's countries first; then invented ones when the pool is large.
  const realCities = [...countries.slice(0, countryCount), ...countries.slice(countryCount)].flatMap((country) =>
    country.cities.map(([name, lat, lon]) => ({ name, lat, lon, country })),
  );
  for (const city of realCities) {
    if (locations.length >= count) break;
    names.add(city.name);
    locations.push({ id: ids.take(city.name), name: city.name, kind: 'city', code: city.country.code, coordinates: [city.lat, city.lon], country: city.country });
  }
  while (locations.length < count) {
    const name = `${random.pick(PLACE_PREFIXES)}${random.pick(SYLLABLES_START)}${random.pick(SYLLABLES_END)}`;
    if (names.has(name)) continue;
    names.add(name);
    const country = random.pick(countries.slice(0, countryCount));
    const coordinates: [number, number] = [
      round4(clamp(country.lat + (random.float() - 0.5) * 6, -89, 89)),
      round4(clamp(country.lon + (random.float() - 0.5) * 8, -179, 179)),
    ];
    locations.push({ id: ids.take(name), name, kind: 'city', code: country.code, coordinates, country });
  }
  return locations;
}

function buildActors(random: Random, count: number, locations: readonly Location[], names: Set<string>): Actor[] {
  const ids = new Ids();
  const countryIds = new Map(locations.filter((l) => l.kind === 'country').map((l) => [l.country.code, l.id]));
  // Countries in the location pool first, so most actors' `country` resolves.
  const countries = [...COUNTRIES].sort((a, b) => Number(countryIds.has(b.code)) - Number(countryIds.has(a.code)));
  const counts = {
    state: Math.min(countries.length, Math.round(count * 0.1)),
    government: Math.round(count * 0.12),
    organization: Math.round(count * 0.14),
    military: Math.round(count * 0.14),
  };
  const actors: Actor[] = [];
  const countryOf = (country: Country) => countryIds.get(country.code);
  const add = (actor: Omit<Actor, 'id'>) => {
    names.add(actor.name);
    for (const alias of actor.aliases) names.add(alias);
    actors.push({ id: ids.take(actor.name), ...actor });
  };
  const withCountry = (country: Country) => {
    const id = countryOf(country);
    return id ? { countryId: id } : {};
  };

  for (const country of countries.slice(0, counts.state)) {
    add({ name: country.name, kind: 'state', ...withCountry(country), aliases: [], first: country.name, short: country.name });
  }
  const inPool = (c: Country) => Number(countryIds.has(c.code));
  const governments = random
    .shuffle(countries.flatMap((c) => MINISTRIES.map((m) => [c, m] as const)))
    .sort(([a], [b]) => inPool(b) - inPool(a));
  for (const [country, ministry] of governments.slice(0, counts.government)) {
    const name = `${country.demonym} ${ministry}`;
    add({ name, kind: 'government', ...withCountry(country), aliases: [], first: `the ${name}`, short: `the ${name}` });
  }
  const organizations: { name: string; alias?: string; country?: Country }[] = [
    ...REAL_ORGANIZATIONS.map(([name, alias]) => ({ name, ...(alias ? { alias } : {}) })),
    ...random.shuffle(countries.flatMap((c) => ORG_TYPES.map((t) => ({ name: `${c.demonym} ${t}`, country: c })))),
  ];
  for (const org of organizations.slice(0, counts.organization)) {
    const the = org.name === 'UNICEF' || org.name.startsWith('Amnesty') || org.name.startsWith('Doctors') || org.name.startsWith('Human') ? '' : 'the ';
    add({
      name: org.name,
      kind: 'organization',
      ...(org.country ? withCountry(org.country) : {}),
      aliases: org.alias ? [org.alias] : [],
      first: `${the}${org.name}`,
      short: org.alias ? `${the}${org.alias}` : `${the}${org.name}`,
    });
  }
  const military = random.shuffle([
    ...countries.flatMap((c) => BRANCHES.map((b) => ({ name: `${c.demonym} ${b}`, country: c, ship: false }))),
    ...SHIP_NAMES.flatMap((s) => [
      { name: `USS ${s}`, country: COUNTRIES.find((c) => c.code === 'US') as Country, ship: true },
      { name: `HMS ${s}`, country: COUNTRIES.find((c) => c.code === 'GB') as Country, ship: true },
    ]),
  ]);
  for (const unit of military.slice(0, counts.military)) {
    add({ name: unit.name, kind: 'military', ...withCountry(unit.country), aliases: [], first: `the ${unit.name}`, short: `the ${unit.name}` });
  }

  // Everyone else is a person; a surname becomes an alias only when no one else uses it, and never
  // when it is the name of a place or of another kind of actor.
  const otherNames = new Set(names);
  const surnameCount = new Map<string, number>();
  let guard = 0;
  while (actors.length < count && guard++ < count * 50) {
    const first = random.pick(FIRST_NAMES);
    const last = random.chance(0.8) ? random.pick(LAST_NAMES) : `${random.pick(SYLLABLES_START)}${random.pick(['ov', 'ani', 'ez', 'ski', 'ic', 'oglu', 'i', 'sen', 'ero'])}`;
    const name = `${first} ${last}`;
    if (names.has(name) || otherNames.has(last)) continue;
    surnameCount.set(last, (surnameCount.get(last) ?? 0) + 1);
    const country = random.pick(countries.slice(0, Math.max(4, countryIds.size)));
    const hasRole = random.chance(0.85);
    const title = random.pick(TITLES);
    const role = hasRole ? `${title[0]?.toUpperCase()}${title.slice(1)} of ${country.name}` : undefined;
    const alias = surnameCount.get(last) === 1 && !names.has(last) ? [last] : [];
    const firstMention = hasRole && title !== 'opposition leader' && title !== 'Ambassador to the United Nations' ? `${country.demonym} ${title} ${name}` : name;
    add({ name, kind: 'person', ...(role ? { role } : {}), ...withCountry(country), aliases: alias, first: firstMention, short: alias[0] ?? name });
  }
  if (actors.length < count) throw new Error(`could only invent ${actors.length} of ${count} actors`);
  return actors;
}

// ---------------------------------------------------------------------------------------------
// Articles

type EventForm = 'day' | 'month' | 'year' | 'range';

interface GeneratedEvent {
  readonly date: string | { readonly start: string; readonly end: string };
  readonly form: EventForm;
  readonly title: string;
  readonly actors: readonly string[];
  readonly locations: readonly string[];
  readonly expected: boolean;
  /** The body sentence that reports it, date expression included. */
  readonly sentence: string;
}

const capitalise = (s: string) => (s ? `${s[0]?.toUpperCase()}${s.slice(1)}` : s);

/** `text` with {A}/{a} (first/short mention of actor A), {B}/{b}, {L}, {T} (topic), {S} (sector), {D} (date) filled in. */
function fill(template: string, values: Record<string, string>): string {
  return capitalise(template.replace(/\{(\w)\}/g, (_, key: string) => values[key] ?? `{${key}}`));
}

interface EventTemplate {
  readonly title: string;
  readonly sentence: string;
  /** Uses {B}: needs a second actor. */
  readonly pair: boolean;
}

/** Past events: a past verb always precedes {D}, so the date resolves backwards from publication. */
const PAST_EVENTS: readonly EventTemplate[] = [
  { title: '{a} and {b} hold talks on {T} in {L}.', sentence: '{A} held talks with {B} on {T} in {L} {D}, according to officials familiar with the meeting.', pair: true },
  { title: '{a} and {b} speak by phone about {T}.', sentence: '{A} spoke by phone with {B} {D} about {T}, the two sides said in separate statements.', pair: true },
  { title: '{a} and {b} sign an agreement on {T}.', sentence: '{A} and {B} signed an agreement on {T} in {L} {D}.', pair: true },
  { title: '{a} carries out strikes near {L}.', sentence: '{A} carried out strikes near {L} {D}, officials said.', pair: false },
  { title: '{a} warns against escalation over {T}.', sentence: '{A} warned {D} that any escalation over {T} would carry serious consequences.', pair: false },
  { title: '{a} imposes new sanctions on {b}.', sentence: '{A} imposed new sanctions on {B} {D}, targeting {S}.', pair: true },
  { title: '{a} holds military exercises near {L}.', sentence: '{A} held large-scale military exercises near {L} {D}.', pair: false },
  { title: 'Lawmakers in {L} vote on {T}.', sentence: 'Lawmakers in {L} voted {D} on a bill concerning {T}, which {A} publicly backed.', pair: false },
  { title: '{a} visits {L} for talks with {b}.', sentence: '{A} visited {L} {D} for talks with {B}.', pair: true },
  { title: 'An aid convoy organised by {a} reaches {L}.', sentence: 'An aid convoy organised by {A} reached {L} {D}.', pair: false },
  { title: '{a} and {b} fight a brief border conflict.', sentence: '{A} and {B} fought a brief border conflict {D}.', pair: true },
  { title: '{a} suspends cooperation with {b} on {T}.', sentence: '{A} suspended cooperation with {B} on {T} {D}, citing a breach of earlier commitments.', pair: true },
];

/** Ranges reported as two dates ("between Jan. 12 and Jan. 19") or "last week". */
const RANGE_EVENTS: readonly EventTemplate[] = [
  { title: '{a} and {b} hold several rounds of talks on {T}.', sentence: '{A} and {B} held several rounds of talks on {T} {D}.', pair: true },
  { title: '{a} hosts consultations on {T} in {L}.', sentence: '{A} hosted consultations on {T} in {L} {D}.', pair: false },
];

/** Future events: "will" (or "is expected to") precedes {D}, so the date resolves forwards. */
const FUTURE_EVENTS: readonly EventTemplate[] = [
  { title: '{a} and {b} are due to meet in {L}.', sentence: '{A} will meet {B} in {L} {D} for a further round of talks on {T}.', pair: true },
  { title: '{a} is due to travel to {L}.', sentence: '{A} will travel to {L} {D} to discuss {T}, the office said.', pair: false },
];

const FILLERS: readonly string[] = [
  '“We remain committed to a peaceful solution,” {a} told reporters.',
  '{A} described the atmosphere as “constructive” but cautioned that differences remained.',
  'The statement gave no further details.',
  'Officials in {L} did not immediately respond to a request for comment.',
  'Diplomats familiar with the discussions, speaking on condition of anonymity, said several issues remained unresolved.',
  'Analysts said the talks could shape relations between {a} and {b} for years to come.',
  '{A} has repeatedly called for restraint and urged all sides to return to negotiations.',
  'The move drew criticism from rights groups, who said civilians would bear the cost.',
  'Oil prices edged higher as traders weighed the risk of further disruption.',
  '{B} rejected the accusations, calling them “baseless and politically motivated.”',
  'A spokesperson for {a} said the proposal was being studied carefully.',
  'The two sides agreed to keep channels of communication open.',
  'Security was tightened across {L}, where police set up checkpoints on major roads.',
  'Neither side disclosed the details of the proposals exchanged.',
  '{A} said the priority was to prevent a wider conflict in the region.',
  'Observers noted that the rhetoric on both sides had softened in recent weeks.',
  'Trade between the two countries has grown steadily, according to official figures.',
  'Humanitarian agencies warned that supplies of food and fuel were running low.',
  '{A} also raised {T} and regional security, the statement added.',
  '“Dialogue is the only way forward,” {b} said in a televised address.',
  'The ministry said further consultations would take place at the expert level.',
  'Residents of {L} described long queues at petrol stations and shortages of medicine.',
  'The announcement was welcomed by business groups, which had lobbied for months for a settlement on {T}.',
  '{B} said it was ready to consider any proposal that respected its sovereignty.',
  'Critics argued that the plan did little to address the underlying causes of the dispute.',
];

const ALSO_NAMED = [
  '{A} is also following the negotiations closely.',
  'Representatives of {A} also took part in the discussions.',
  '{A} welcomed the contacts and offered to help.',
];

interface ArticleDraft {
  readonly id: string;
  readonly text: string;
  readonly actors: number;
  readonly events: readonly GeneratedEvent[];
  readonly bodyBytes: number;
  readonly published: string;
}

const START: Day = dayOf(2023, 3, 1);
const END: Day = dayOf(2026, 2, 28);

function buildArticle(random: Random, slot: number, actorPool: readonly Actor[], weights: readonly number[], locationPool: readonly Location[], cities: readonly Location[], ids: Ids, dense = false): ArticleDraft {
  const published: Day = START + Math.min(END - START, Math.floor(slot * (END - START + 1)));
  const P = parts(published);
  const actors = random.weightedDistinct(actorPool, weights, random.int(3, 8));
  const dateline = random.pick(cities);
  const extraLocations = random.shuffle(locationPool.filter((l) => l.id !== dateline.id)).slice(0, random.int(0, 3));
  const locations = [dateline, ...extraLocations];
  const topic = random.pick(TOPICS);

  const values = (a: Actor, b: Actor, l: Location, d: string): Record<string, string> => ({
    A: a.first, a: a.short, B: b.first, b: b.short, L: l.name, T: topic, S: random.pick(SECTORS), D: d,
  });
  const introduced = new Set<string>();
  /** First mention in the text uses the long form; after that the short one. */
  const mention = (a: Actor, b: Actor, l: Location, d: string) => {
    const v = values(a, b, l, d);
    if (introduced.has(a.id)) v.A = a.short;
    if (introduced.has(b.id)) v.B = b.short;
    return v;
  };
  const pairFor = (template: EventTemplate) => {
    const [a, b] = random.shuffle(actors) as [Actor, Actor];
    return template.pair ? { a, b, ids: [a.id, b.id] } : { a, b, ids: [a.id] };
  };
  const events: GeneratedEvent[] = [];
  const addEvent = (template: EventTemplate, form: EventForm, date: GeneratedEvent['date'], expression: string, expected: boolean) => {
    const { a, b, ids: eventActors } = pairFor(template);
    const l = random.pick(locations);
    const sentence = fill(template.sentence, mention(a, b, l, expression));
    introduced.add(a.id);
    if (template.pair) introduced.add(b.id);
    const usesPlace = template.title.includes('{L}') || template.sentence.includes('{L}');
    events.push({
      date,
      form,
      title: fill(template.title, values(a, b, l, '')),
      actors: eventActors,
      locations: usesPlace ? [l.id] : [],
      expected,
      sentence,
    });
  };

  // The lede: the day's news, "on <weekday>", on or shortly before publication.
  const ledeDay = published - random.pick([0, 0, 0, 1, 1, 2, 3]);
  addEvent(random.pick(PAST_EVENTS), 'day', isoDay(ledeDay), `on ${WEEKDAYS[parts(ledeDay).weekday]}`, false);

  const eventCount = random.int(2, 6);
  while (events.length < eventCount) {
    const kind = random.weighted([
      ['day', 52], ['month', 14], ['year', 6], ['range', 10], ['future-day', 8], ['window', 6], ['next-month', 4],
    ] as const);
    if (dense) {
      const day = published - random.int(1, 400);
      addEvent(random.pick(PAST_EVENTS), 'day', isoDay(day), `on ${wireDate(day, true)}`, false);
    } else if (kind === 'day') {
      const back = random.weighted([['week', 45], ['year', 40], ['older', 15]] as const);
      const offset = back === 'week' ? random.int(1, 6) : back === 'year' ? random.int(7, 300) : random.int(366, 1400);
      const day = published - offset;
      const expression = back === 'week' ? `on ${WEEKDAYS[parts(day).weekday]}` : `on ${wireDate(day, back === 'older')}`;
      addEvent(random.pick(PAST_EVENTS), 'day', isoDay(day), expression, false);
    } else if (kind === 'month') {
      const back = random.int(1, 30);
      const { y, m } = shiftMonth(P.y, P.m, -back);
      const expression = back <= 12 ? `last ${MONTHS[m - 1]}` : `in ${MONTHS[m - 1]} ${y}`;
      addEvent(random.pick(PAST_EVENTS), 'month', isoMonth(y, m), expression, false);
    } else if (kind === 'year') {
      const year = P.y - random.int(1, 8);
      addEvent(random.pick(PAST_EVENTS), 'year', String(year), `in ${year}`, false);
    } else if (kind === 'range') {
      if (random.chance(0.3)) {
        // "last week": Monday to Sunday of the ISO week before publication's.
        const monday = published - ((P.weekday + 6) % 7) - 7;
        addEvent(random.pick(RANGE_EVENTS), 'range', { start: isoDay(monday), end: isoDay(monday + 6) }, 'last week', false);
      } else {
        const end = published - random.int(1, 60);
        const start = end - random.int(2, 14);
        addEvent(random.pick(RANGE_EVENTS), 'range', { start: isoDay(start), end: isoDay(end) }, `between ${wireDate(start)} and ${wireDate(end)}`, false);
      }
    } else if (kind === 'future-day') {
      const ahead = random.chance(0.6) ? random.int(1, 6) : random.int(7, 90);
      const day = published + ahead;
      const expression = ahead <= 6 ? `on ${WEEKDAYS[parts(day).weekday]}` : `on ${wireDate(day)}`;
      addEvent(random.pick(FUTURE_EVENTS), 'day', isoDay(day), expression, true);
    } else if (kind === 'window') {
      // "said on <publication weekday> that … over the next 10 days": a window from publication.
      const days = random.pick([5, 7, 10, 14, 30]);
      const a = random.pick(actors);
      const said = `on ${WEEKDAYS[P.weekday]}`;
      const sentence = `${capitalise(introduced.has(a.id) ? a.short : a.first)} said ${said} that it would become clear over the next ${days} days whether progress on ${topic} was possible.`;
      introduced.add(a.id);
      events.push({
        date: { start: isoDay(published), end: isoDay(published + days) },
        form: 'range',
        title: `Window set by ${a.short} for progress on ${topic}.`,
        actors: [a.id],
        locations: [],
        expected: true,
        sentence,
      });
    } else {
      const { y, m } = shiftMonth(P.y, P.m, 1);
      const a = random.pick(actors);
      const l = random.pick(locations);
      const sentence = `${capitalise(introduced.has(a.id) ? a.short : a.first)} is expected to visit ${l.name} next month, diplomats said.`;
      introduced.add(a.id);
      events.push({ date: isoMonth(y, m), form: 'month', title: `${capitalise(a.short)} is expected to visit ${l.name}.`, actors: [a.id], locations: [l.id], expected: true, sentence });
    }
  }

  // The body: the lede, one paragraph per further event with a filler or two, then fillers to
  // wire length; every listed actor is named at least once.
  const filler = () => {
    const [a, b] = random.shuffle(actors) as [Actor, Actor];
    return fill(random.pick(FILLERS), mention(a, b, random.pick(locations), ''));
  };
  const paragraphs: string[] = [events[0]?.sentence ?? ''];
  for (const event of events.slice(1)) {
    const sentences = [event.sentence, ...Array.from({ length: random.int(0, 2) }, filler)];
    paragraphs.push((random.chance(0.5) ? sentences : sentences.reverse()).join(' '));
  }
  const unnamed = actors.filter((a) => !introduced.has(a.id));
  for (const a of unnamed) {
    paragraphs.splice(random.int(1, paragraphs.length), 0, `${fill(random.pick(ALSO_NAMED), mention(a, a, dateline, ''))} ${filler()}`);
    introduced.add(a.id);
  }
  const target = random.int(1800, 2500);
  while (paragraphs.join('\n\n').length < target) paragraphs.push([filler(), filler()].join(' '));
  const body = paragraphs.join('\n\n');

  // Frontmatter.
  const lede = events[0] as GeneratedEvent;
  const title = lede.title.replace(/\.$/, '');
  const id = ids.take(`${isoDay(published)}-${slugify(title).split('-').slice(0, 7).join('-')}`);
  const publishedText = random.chance(0.25)
    ? JSON.stringify(`${isoDay(published)}T${pad(random.int(6, 22))}:${pad(random.pick([0, 5, 15, 30, 45]))}:00${random.pick(OFFSETS)}`)
    : isoDay(published);
  const yaml = (s: string) => JSON.stringify(s);
  const list = (items: readonly string[]) => `[${items.join(', ')}]`;
  const lines = ['---', `title: ${yaml(title)}`];
  if (random.chance(0.6)) lines.push(`summary: ${yaml(`${capitalise(actors[0]?.short ?? '')} and ${actors[1]?.short ?? ''} focus on ${topic} as tensions in the region persist.`)}`);
  lines.push(`dateline: ${dateline.id}`, `published: ${publishedText}`, `source: ${yaml(random.pick(SOURCES))}`);
  if (random.chance(0.4)) lines.push(`author: ${yaml(`${random.pick(FIRST_NAMES)} ${random.pick(LAST_NAMES)}`)}`);
  lines.push(`actors: ${list(actors.map((a) => a.id))}`);
  if (extraLocations.length) lines.push(`locations: ${list(extraLocations.map((l) => l.id))}`);
  lines.push('events:');
  for (const event of events) {
    const date = typeof event.date === 'string' ? event.date : `{ start: ${event.date.start}, end: ${event.date.end} }`;
    lines.push(`  - date: ${date}`, `    title: ${yaml(event.title)}`);
    if (event.actors.length) lines.push(`    actors: ${list(event.actors)}`);
    if (event.locations.length) lines.push(`    locations: ${list(event.locations)}`);
    if (event.expected) lines.push('    status: expected');
  }
  lines.push('---', '', body, '');
  return { id, text: lines.join('\n'), actors: actors.length, events, bodyBytes: Buffer.byteLength(body), published: isoDay(published) };
}

function actorFile(actor: Actor): string {
  const lines = ['---', `name: ${JSON.stringify(actor.name)}`, `kind: ${actor.kind}`];
  if (actor.role) lines.push(`role: ${JSON.stringify(actor.role)}`);
  if (actor.countryId) lines.push(`country: ${actor.countryId}`);
  if (actor.aliases.length) lines.push(`aliases: [${actor.aliases.map((a) => JSON.stringify(a)).join(', ')}]`);
  lines.push('---', '');
  if (actor.kind === 'person' && actor.role) lines.push(`${actor.name} is ${actor.role.startsWith('President') || actor.role.startsWith('Prime') ? 'the' : 'a'} ${actor.role.replace(/^./, (c) => c.toLowerCase())}.`, '');
  return lines.join('\n');
}

function locationFile(location: Location): string {
  return [
    '---',
    `name: ${JSON.stringify(location.name)}`,
    `kind: ${location.kind}`,
    `country: ${location.code}`,
    `coordinates: [${location.coordinates[0]}, ${location.coordinates[1]}]`,
    '---',
    '',
  ].join('\n');
}

/** Builds the corpus in memory: same options, same bytes. */
export function buildCorpus({ articles, seed, dense = false }: CorpusOptions): Corpus {
  if (!Number.isInteger(articles) || articles < 1) throw new Error(`articles must be a positive integer, got ${articles}`);
  const random = new Random(seed);
  const names = new Set<string>();
  const locations = buildLocations(random, Math.max(4, Math.round(articles / 10)), names);
  const actors = buildActors(random, Math.max(8, Math.round(articles / 3)), locations, names);
  const cities = locations.filter((l) => l.kind === 'city');
  // Zipf-like popularity over a shuffled order: a few actors are in many stories.
  const popularity = random.shuffle(actors);
  const weights = popularity.map((_, rank) => (dense ? 1 : 1 / (rank + 1) ** 0.8));
  const ids = new Ids();

  const files = new Map<string, string>();
  const precision = { day: 0, month: 0, year: 0, range: 0, expected: 0 };
  const actorCounts: number[] = [];
  const eventCounts: number[] = [];
  const bodies: number[] = [];
  const dates: string[] = [];
  for (let i = 0; i < articles; i++) {
    // Spread publication evenly over the span, with jitter: article i falls in the i-th slice.
    const draft = buildArticle(random, (i + random.float()) / articles, popularity, weights, locations, cities.length ? cities : locations, ids, dense);
    files.set(`articles/${draft.id}.md`, draft.text);
    for (const event of draft.events) {
      precision[event.form]++;
      if (event.expected) precision.expected++;
    }
    actorCounts.push(draft.actors);
    eventCounts.push(draft.events.length);
    bodies.push(draft.bodyBytes);
    dates.push(draft.published);
  }
  for (const actor of actors) files.set(`actors/${actor.id}.md`, actorFile(actor));
  for (const location of locations) files.set(`locations/${location.id}.md`, locationFile(location));
  const sorted = new Map([...files.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  dates.sort();
  return {
    files: sorted,
    stats: {
      articles,
      actors: actors.length,
      locations: locations.length,
      events: eventCounts.reduce((a, b) => a + b, 0),
      precision,
      actorsPerArticle: { min: Math.min(...actorCounts), max: Math.max(...actorCounts) },
      eventsPerArticle: { min: Math.min(...eventCounts), max: Math.max(...eventCounts) },
      bodyBytes: { min: Math.min(...bodies), mean: Math.round(bodies.reduce((a, b) => a + b, 0) / bodies.length), max: Math.max(...bodies) },
      firstPublished: dates[0] ?? '',
      lastPublished: dates.at(-1) ?? '',
    },
  };
}

/**
 * Writes the corpus into `dir` (its articles/, actors/ and locations/ are replaced; nothing else
 * in `dir` is touched) and returns its statistics.
 */
export function generateCorpus({ dir, ...options }: CorpusOptions & { readonly dir: string }): CorpusStats {
  const { files, stats } = buildCorpus(options);
  for (const folder of ['articles', 'actors', 'locations']) {
    rmSync(join(dir, folder), { recursive: true, force: true });
    mkdirSync(join(dir, folder), { recursive: true });
  }
  for (const [path, text] of files) writeFileSync(join(dir, path), text);
  return stats;
}

// `npx tsx bench/corpus.ts --articles 100 --seed 1 --out /tmp/corpus`
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: { articles: { type: 'string', default: '100' }, seed: { type: 'string', default: '1' }, out: { type: 'string' } },
  });
  if (!values.out) {
    console.error('usage: tsx bench/corpus.ts --articles N [--seed S] --out <dir>');
    process.exit(2);
  }
  const stats = generateCorpus({ articles: Number(values.articles), seed: Number(values.seed), dir: resolve(values.out) });
  console.log(JSON.stringify(stats, null, 2));
}
