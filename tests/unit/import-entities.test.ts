/**
 * Entity detection for `npm run import`, on raw wire stories in tests/fixtures/wire/: the seed story
 * (the demo article's source), with no known entries and with the demo content's, and two more.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  detectDateline,
  detectEntities,
  slugify,
  type DetectedActor,
  type DetectedLocation,
  type KnownEntities,
} from '../../src/lib/import/entities';
import { ID_PATTERN } from '../../src/schemas/fields';
import { loadContentFolder } from '../../src/node/content-files';

const none: KnownEntities = { actors: [], locations: [] };
const content = loadContentFolder('content');
const known: KnownEntities = { actors: content.actors.map(toKnown), locations: content.locations.map(toKnown) };

function toKnown(entry: { id: string; data: { name: string; aliases: string[]; kind: string } }) {
  return { id: entry.id, name: entry.data.name, aliases: entry.data.aliases, kind: entry.data.kind };
}

/** A wire file: the dateline line, and the body the caller passes to `detectEntities`. */
function wire(name: string): { dateline: string; body: string } {
  const [dateline = '', ...paragraphs] = readFileSync(`tests/fixtures/wire/${name}.txt`, 'utf8').split('\n');
  return { dateline, body: paragraphs.join('\n') };
}

/** The entity named `name`, or having it as an alias. */
function find<T extends DetectedActor | DetectedLocation>(list: T[], name: string): T | undefined {
  return list.find((e) => e.name === name || e.aliases.includes(name));
}

function names(list: Array<{ name: string }>): string[] {
  return list.map((e) => e.name);
}

const seed = wire('istanbul-lavrov-araghchi');
const ankara = wire('ankara-energy');
const brussels = wire('brussels-sanctions');

describe('detectEntities on the seed story, with no known entries', () => {
  const found = detectEntities(seed.body, none);

  it.each([
    ['Sergey Lavrov', 'person', 'Foreign Minister of Russia'],
    ['Abbas Araghchi', 'person', 'Foreign Minister of Iran'],
    ['JD Vance', 'person', 'Vice President of the United States'],
    ['Donald Trump', 'person', 'President of the United States'],
    ['USS Abraham Lincoln', 'military', undefined],
    ['USS Gerald R. Ford', 'military', undefined],
    ['The Kremlin', 'government', 'Office of the President of Russia'],
    ['Oman', 'state', undefined],
  ])('finds the actor %s (%s, role %s)', (name, kind, role) => {
    const actor = find(found.actors, name);
    expect(actor).toMatchObject({ name, kind, existing: false });
    expect(actor?.role).toBe(role);
  });

  it('strips titles into the role and folds later surnames into the full name', () => {
    expect(find(found.actors, 'Sergey Lavrov')).toMatchObject({
      id: 'sergey-lavrov',
      aliases: ['Lavrov'],
      firstMention: 'Russian Foreign Minister Sergey Lavrov',
    });
    expect(find(found.actors, 'Abbas Araghchi')?.aliases).toEqual(['Araghchi']);
    expect(find(found.actors, 'Donald Trump')?.aliases).toEqual(['Trump']);
    expect(find(found.actors, 'JD Vance')?.id).toBe('jd-vance');
    expect(find(found.actors, 'USS Gerald R. Ford')?.id).toBe('uss-gerald-r-ford');
    expect(find(found.actors, 'The Kremlin')?.id).toBe('kremlin');
  });

  it.each(['Washington', 'Tehran', 'Moscow'])('reads %s as the government it stands for, not as a place', (capital) => {
    expect(find(found.actors, capital)?.kind).toBe('state');
    expect(find(found.locations, capital)).toBeUndefined();
  });

  it('maps each capital to its country', () => {
    expect(find(found.actors, 'Washington')?.name).toBe('United States');
    expect(find(found.actors, 'Tehran')?.name).toBe('Iran');
    expect(find(found.actors, 'Moscow')?.name).toBe('Russia');
  });

  it('finds the places, including Oman both as mediator (actor) and as a place', () => {
    expect(found.locations.map((l) => [l.name, l.kind])).toEqual([
      ['Geneva', 'city'],
      ['Switzerland', 'country'],
      ['Muscat', 'city'],
      ['Oman', 'country'],
    ]);
  });

  it.each(['Minister Sergey Lavrov', 'Minister Abbas', 'Tehran’s', 'Moscow’s', 'JD', 'Non-Proliferation Treaty', 'Lavrov', 'Araghchi', 'Trump', 'Vance', 'Abraham Lincoln', 'Gerald R. Ford', 'President Donald Trump', 'USS', 'American military'])(
    'has no actor named %s',
    (name) => {
      expect(names(found.actors)).not.toContain(name);
    },
  );

  it('lists entities in order of first mention', () => {
    expect(names(found.actors)).toEqual([
      'Sergey Lavrov',
      'United States',
      'Iran',
      'Abbas Araghchi',
      'Russia',
      'Foreign Ministry',
      'Oman',
      'JD Vance',
      'Donald Trump',
      'USS Abraham Lincoln',
      'USS Gerald R. Ford',
      'Israel',
      'The Kremlin',
    ]);
  });

  it('gives kebab-case ids, each once, and the same answer every time', () => {
    const all = [...found.actors, ...found.locations];
    for (const { id } of all) expect(id).toMatch(ID_PATTERN);
    expect(new Set(found.actors.map((a) => a.id)).size).toBe(found.actors.length);
    expect(detectEntities(seed.body, none)).toEqual(found);
  });

  it('reads paragraphs separated by blank lines (as the importer joins them) the same way', () => {
    expect(detectEntities(seed.body.split('\n').join('\n\n'), none)).toEqual(found);
  });
});

describe('detectEntities on the seed story, with the demo content as known entries', () => {
  const found = detectEntities(seed.body, known);
  const article = content.articles.find((a) => a.id === '2026-02-20-lavrov-araghchi-call')!;

  it('maps every actor to its existing entry: the actors the editor chose for the demo article', () => {
    expect(found.actors.every((a) => a.existing)).toBe(true);
    expect(found.actors.map((a) => a.id).sort()).toEqual([...article.data.actors].sort());
  });

  it.each([
    ['Sergey Lavrov', 'sergey-lavrov'],
    ['Abbas Araghchi', 'abbas-araghchi'],
    ['JD Vance', 'jd-vance'],
    ['Trump', 'donald-trump'],
    ['Washington', 'united-states'],
    ['Tehran', 'iran'],
    ['Moscow', 'russia'],
    ['Kremlin', 'kremlin'],
    ['USS Abraham Lincoln', 'uss-abraham-lincoln'],
    ['USS Gerald R. Ford', 'uss-gerald-r-ford'],
    ['Oman', 'oman'],
    ['Foreign Ministry', 'russian-foreign-ministry'],
  ])('%s → %s', (name, id) => {
    expect(find(found.actors, name)).toMatchObject({ id, existing: true });
  });

  it('keeps the existing entry’s name and kind, and adds the title as its role', () => {
    expect(find(found.actors, 'Lavrov')).toMatchObject({ name: 'Sergey Lavrov', kind: 'person', role: 'Foreign Minister of Russia' });
    expect(find(found.actors, 'Kremlin')).toMatchObject({ name: 'The Kremlin', kind: 'government' });
  });

  it('maps the places to existing locations, all of them among the demo article’s', () => {
    expect(found.locations.map((l) => [l.id, l.existing])).toEqual([
      ['geneva', true],
      ['switzerland', true],
      ['middle-east', true],
      ['muscat', true],
      ['oman', true],
    ]);
    for (const { id } of found.locations) expect(article.data.locations).toContain(id);
  });
});

describe('detectEntities on an energy story from Ankara', () => {
  const found = detectEntities(ankara.body, none);

  it.each([
    ['Kemal Aydinli', 'Energy Minister of Türkiye', 'Aydinli'],
    ['Rauf Mammadli', 'Energy Minister of Azerbaijan', 'Mammadli'],
    ['Pavel Orlov', 'Deputy Prime Minister of Russia', undefined],
    ['Ana Costa', 'Vice President of the European Commission', undefined],
    ['Helena Marsh', 'Executive Director of the International Energy Agency', undefined],
  ])('finds %s, %s', (name, role, alias) => {
    const person = find(found.actors, name);
    expect(person).toMatchObject({ name, kind: 'person', role });
    expect(person?.aliases).toEqual(alias ? [alias] : []);
  });

  it.each([
    ['Energy Ministry', 'government'],
    ['BOTAS', 'organization'],
    ['SOCAR', 'organization'],
    ['European Commission', 'organization'],
    ['International Energy Agency', 'organization'],
    ['Energy Market Regulatory Authority', 'organization'],
    ['Turkish Naval Forces', 'military'],
    ['TCG Kinaliada', 'military'],
    ['Abdulhamid Han', 'other'],
  ])('finds the organisation or vessel %s (%s)', (name, kind) => {
    expect(find(found.actors, name)?.kind).toBe(kind);
  });

  it.each([
    ['Baku', 'Azerbaijan', 'state'],
    ['Ankara', 'Türkiye', 'state'],
    ['Moscow', 'Russia', 'state'],
    ['Brussels', 'European Union', 'organization'],
  ])('reads %s as an actor, %s, when it acts', (capital, name, kind) => {
    expect(find(found.actors, capital)).toMatchObject({ name, kind });
  });

  it('reads "in Ankara", "talks in Baku" and "in Istanbul" as cities', () => {
    for (const city of ['Ankara', 'Baku', 'Istanbul']) expect(find(found.locations, city)?.kind).toBe('city');
  });

  it('finds facilities, regions and seas, with a bracketed acronym as an alias', () => {
    expect(find(found.locations, 'TANAP')).toMatchObject({ name: 'Trans-Anatolian Natural Gas Pipeline', kind: 'facility', id: 'trans-anatolian-natural-gas-pipeline' });
    expect(find(found.locations, 'Thrace')?.kind).toBe('region');
    expect(find(found.locations, 'Eastern Mediterranean')?.kind).toBe('region');
    expect(find(found.locations, 'Black Sea')?.kind).toBe('sea');
    expect(find(found.locations, 'Greece')?.kind).toBe('country');
    expect(find(found.locations, 'Bulgaria')?.kind).toBe('country');
  });

  it.each(['Aydinli', 'Azerbaijani Energy', 'Southern Gas', 'Executive Director Helena Marsh', 'TANAP', 'Türkiye’s', 'Europe’s'])(
    'has no actor named %s',
    (name) => {
      expect(names(found.actors)).not.toContain(name);
    },
  );

  it('reuses existing entries where the content has them, and makes new kebab-case ids for the rest', () => {
    const withKnown = detectEntities(ankara.body, known);
    expect(find(withKnown.actors, 'Moscow')).toMatchObject({ id: 'russia', existing: true });
    expect(find(withKnown.locations, 'Istanbul')).toMatchObject({ id: 'istanbul', existing: true });
    expect(find(withKnown.actors, 'Türkiye')).toMatchObject({ id: 'turkiye', existing: false });
    for (const { id } of [...withKnown.actors, ...withKnown.locations]) expect(id).toMatch(ID_PATTERN);
  });
});

describe('detectEntities on a sanctions story from Brussels', () => {
  const found = detectEntities(brussels.body, none);

  it.each([
    ['Marta Lindqvist', 'High Representative of the European Union'],
    ['Gabor Szalay', 'Foreign Minister of Hungary'],
    ['Dmitry Orekhov', 'Spokesman of the Kremlin'],
    ['Andriy Kovalenko', 'Foreign Minister of Ukraine'],
    ['Daniel Harper', 'Secretary of State of the United States'],
    ['Elin Varga', 'Deputy Secretary General of NATO'],
    ['Yuri Zorin', 'Deputy Defense Minister of Russia'],
  ])('finds %s, %s', (name, role) => {
    expect(find(found.actors, name)).toMatchObject({ name, kind: 'person', role });
  });

  it('reads Brussels, Budapest, Moscow and Washington as actors when they act', () => {
    expect(find(found.actors, 'Brussels')).toMatchObject({ name: 'European Union', kind: 'organization' });
    expect(find(found.actors, 'EU')?.name).toBe('European Union');
    expect(find(found.actors, 'Budapest')?.name).toBe('Hungary');
    expect(find(found.actors, 'Moscow')?.name).toBe('Russia');
    expect(find(found.actors, 'Washington')?.name).toBe('United States');
    expect(find(found.locations, 'Washington')).toBeUndefined();
    expect(find(found.locations, 'Budapest')).toBeUndefined();
  });

  it('reads "will meet … in Brussels" as the city', () => {
    expect(find(found.locations, 'Brussels')?.kind).toBe('city');
  });

  it.each([
    ['The Kremlin', 'government'],
    ['NATO', 'organization'],
    ['European Maritime Safety Agency', 'organization'],
    ['Estonian Navy', 'military'],
    ['Soobrazitelny', 'military'],
    ['Volga Star', 'other'],
  ])('finds %s (%s)', (name, kind) => {
    expect(find(found.actors, name)?.kind).toBe(kind);
  });

  it('finds the seas, the pipeline and the places', () => {
    expect(find(found.locations, 'Gulf of Finland')?.kind).toBe('sea');
    expect(find(found.locations, 'Baltic Sea')?.kind).toBe('sea');
    expect(find(found.locations, 'Druzhba pipeline')?.kind).toBe('facility');
    for (const place of ['Luxembourg', 'Istanbul', 'Kyrgyzstan']) expect(find(found.locations, place)).toBeDefined();
  });

  it.each(['Harper', 'Lindqvist', 'State Daniel', 'Representative Marta Lindqvist', 'Minister Yuri Zorin', 'Kremlin’s', 'Russian oil'])(
    'has no actor named %s',
    (name) => {
      expect(names(found.actors)).not.toContain(name);
    },
  );

  it('maps Russia, the Kremlin and Washington to the existing entries', () => {
    const withKnown = detectEntities(brussels.body, known);
    expect(find(withKnown.actors, 'Russia')).toMatchObject({ id: 'russia', existing: true });
    expect(find(withKnown.actors, 'Kremlin')).toMatchObject({ id: 'kremlin', existing: true });
    expect(find(withKnown.actors, 'Washington')).toMatchObject({ id: 'united-states', existing: true });
  });
});

describe('detectDateline', () => {
  it('finds the existing location of the seed’s dateline', () => {
    expect(detectDateline(seed.dateline, known)).toMatchObject({ id: 'istanbul', name: 'Istanbul', existing: true, firstMention: 'ISTANBUL' });
  });

  it.each([
    ['ANKARA', 'ankara', 'Ankara', 'TR'],
    ['BRUSSELS', 'brussels', 'Brussels', 'BE'],
    ['NEW YORK', 'new-york', 'New York', 'US'],
    ['ANTAKYA, Türkiye', 'antakya', 'Antakya', 'TR'],
  ])('makes a new city for %s, with its country and coordinates from the gazetteer', (line, id, name, country) => {
    const found = detectDateline(line, known);
    expect(found).toMatchObject({ id, name, kind: 'city', aliases: [], existing: false, firstMention: line.split(',')[0], country });
    expect(found?.coordinates).toEqual([expect.any(Number), expect.any(Number)]);
  });

  it('is undefined for a line that is no dateline', () => {
    expect(detectDateline('Russian Foreign Minister Sergey Lavrov on Friday', known)).toBeUndefined();
  });
});

describe('slugify', () => {
  it.each([
    ['USS Gerald R. Ford', 'uss-gerald-r-ford'],
    ['JD Vance', 'jd-vance'],
    ['Türkiye', 'turkiye'],
    ['Trans-Anatolian Natural Gas Pipeline', 'trans-anatolian-natural-gas-pipeline'],
    ['Kınalıada', 'kinaliada'],
  ])('%s → %s', (name, id) => {
    expect(slugify(name)).toBe(id);
  });
});
