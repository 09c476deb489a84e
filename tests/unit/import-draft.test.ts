/** The import draft (pure): the seed story against the demo content. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { draftArticle, splitWireStory } from '../../src/lib/import/draft';
import type { KnownEntity } from '../../src/lib/import/entities';
import { parseContentFile } from '../../src/lib/lint/content-file';
import { parsePublishedDate } from '../../src/lib/published-date';
import { loadContentFolder } from '../../src/node/content-files';

const content = loadContentFolder('content');
const known = {
  actors: content.actors.map((a): KnownEntity => ({ id: a.id, name: a.data.name, aliases: a.data.aliases, kind: a.data.kind })),
  locations: content.locations.map((l): KnownEntity => ({ id: l.id, name: l.data.name, aliases: l.data.aliases, kind: l.data.kind })),
};
const raw = readFileSync('tests/fixtures/wire/istanbul-lavrov-araghchi.txt', 'utf8');
const draft = draftArticle({ raw, published: parsePublishedDate('2026-02-20'), source: 'Anadolu Agency', known, origin: 'seed.txt' });

describe('splitWireStory', () => {
  it('takes the first line as the dateline and every other non-empty line as a paragraph', () => {
    expect(splitWireStory('\uFEFFISTANBUL\r\nFirst.\r\n\r\nSecond.\n')).toEqual({ dateline: 'ISTANBUL', paragraphs: ['First.', 'Second.'] });
  });

  it('reads agency copy: headline lines, then a first paragraph opening "CITY, Country (AA) - "', () => {
    expect(splitWireStory('Floods kill 320\nHundreds missing\n\nPESHAWAR, Pakistan (AA) - Flash floods killed 320.\nSecond.')).toEqual({
      dateline: 'PESHAWAR, Pakistan',
      headline: 'Floods kill 320',
      paragraphs: ['Flash floods killed 320.', 'Second.'],
    });
    expect(splitWireStory('BISHKEK (AA) - Leaders met.')).toEqual({ dateline: 'BISHKEK', paragraphs: ['Leaders met.'] });
  });
});

describe('draftArticle on agency copy', () => {
  const copy = readFileSync('tests/fixtures/wire/kirkuk-governor-vote.txt', 'utf8');
  const kirkuk = draftArticle({ raw: copy, published: parsePublishedDate('2024-08-11'), source: 'Anadolu Agency', known, origin: 'kirkuk.txt' });
  const frontmatter = kirkuk.article.contents.split('---\n')[1]!;

  it('takes the headline as the title and the city of the "(AA) -" opening as the dateline', () => {
    expect(frontmatter).toMatch(/^title: Kurdish politician elected Kirkuk governor in session boycotted by Turkmen members$/m);
    expect(frontmatter).toMatch(/^dateline: kirkuk$/m);
    expect(kirkuk.article.contents).not.toContain('(AA)');
  });

  it('lists the dateline’s country among the places', () => {
    expect(frontmatter).toMatch(/^locations:\n(?: {2}- .+\n)*? {2}- iraq$/m);
  });
});

describe('draftArticle on the seed story', () => {
  it('names the article by date and drafted headline', () => {
    expect(draft.article.id).toBe('2026-02-20-russian-foreign-minister-sergey-lavrov-reaffirmed-support-for');
    expect(draft.article.contents).toMatch(
      /^---\n# Drafted by npm run import from seed\.txt: check the title, actors, locations and events\.\ntitle: Russian Foreign Minister Sergey Lavrov reaffirmed support for the negotiation process between Washington and Tehran\ndateline: istanbul\npublished: 2026-02-20\nsource: Anadolu Agency\n/,
    );
  });

  it('drafts one event per dated fact, titled from its sentence without a free date phrase', () => {
    // "On Thursday, Trump said … over the next probably 10 days": Thursday dates the saying, the
    // window dates what was said, so it is one event, the window.
    expect(draft.events.map((e) => [e.date, e.title, e.status ?? 'occurred'])).toEqual([
      ['2026-02-20', 'Russian Foreign Minister Sergey Lavrov reaffirmed support for the negotiation process between Washington and Tehran amid escalating regional tensions.', 'occurred'],
      ['2026-02-17', 'The US and Iran concluded a second round of indirect negotiations mediated by Oman, with both sides acknowledging progress.', 'occurred'],
      ['2025-06', 'The Geneva meeting was the second round of negotiations since US President Donald Trump ordered strikes on three Iranian nuclear facilities during the 12-day Iran-Israel war.', 'occurred'],
      ['2026-02-06', 'The first round was held in Muscat, Oman.', 'occurred'],
      [{ start: '2026-02-19', end: '2026-03-01' }, 'Trump said it will be clear if it is possible to make a deal with Iran "over the next probably 10 days."', 'expected'],
    ]);
  });

  it('lists the actors and places of each event’s sentence', () => {
    expect(draft.events[3]).toMatchObject({ actors: ['oman'], locations: ['muscat', 'oman'] });
    expect(draft.events[0]!.actors).toEqual(['sergey-lavrov', 'united-states', 'iran']);
  });

  it('needs no stub when content/ knows everyone', () => {
    expect(draft.stubs).toEqual([]);
  });

  it('refuses a story without a capitalised dateline', () => {
    expect(() =>
      draftArticle({ raw: 'Lavrov spoke.\nMore.', published: parsePublishedDate('2026-02-20'), source: 'AA', known, origin: 'x.txt' }),
    ).toThrow(/x\.txt: the first line should be the DATELINE city in capitals/);
  });
});

describe('draftArticle with hostile names and options', () => {
  it('writes a title, a source and a file name holding line breaks, --- and key: value as plain values and a comment', () => {
    const hostile = draftArticle({
      raw,
      published: parsePublishedDate('2026-02-20'),
      source: 'Wire\n---\nauthor: Mallory',
      title: 'Breaking ---\nauthor: Mallory',
      known,
      origin: 'story\nauthor: Mallory\n---.txt',
    });
    for (const file of [hostile.article, ...hostile.stubs]) {
      const parsed = parseContentFile({ collection: file.collection, id: file.id, filePath: `${file.id}.md`, source: file.contents });
      expect(parsed.fileError, file.contents).toBeUndefined();
      expect(parsed.data).not.toHaveProperty('author');
    }
    const article = parseContentFile({ collection: 'articles', id: 'a', filePath: 'a.md', source: hostile.article.contents });
    expect(article.data).toMatchObject({ title: 'Breaking ---\nauthor: Mallory', source: 'Wire\n---\nauthor: Mallory' });
    expect(article.body).toContain('Lavrov');
  });
});
