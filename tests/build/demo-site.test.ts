/** The demo content that ships in content/: the seed story's page as a reader sees it. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { all, attr, buildSite, one, page, text, type BuildResult } from '../helpers/build';

let site: BuildResult;
const STORY = '/articles/2026-02-20-lavrov-araghchi-call/';

beforeAll(async () => {
  site = await buildSite({ content: './content', name: 'demo', tz: 'Pacific/Honolulu' });
  if (!site.ok) throw new Error(`demo build failed:\n${site.output}`);
});

describe('the seed story page', () => {
  it('prints the Istanbul dateline and the Friday publication date', () => {
    const tree = page(site, STORY);
    expect(text(one(tree, '.dateline-label'))).toBe('ISTANBUL');
    const published = one(tree, '.byline time');
    expect([attr(published, 'dateTime'), text(published)]).toEqual(['2026-02-20', 'Fri 20 Feb 2026']);
    expect(text(one(tree, '.story-body'))).toMatch(/Russian Foreign Minister Sergey Lavrov on Friday reaffirmed support/);
  });

  it('shows the story’s timeline from June 2025 to the expected end of Trump’s window', () => {
    const events = all(page(site, STORY), '.story-aside .timeline > li');
    expect(events.map((li) => `${attr(one(li, 'time'), 'dateTime')} ${text(one(li, '.offset'))}`)).toEqual([
      '2025-06 8 months before',
      '2025-06 8 months before',
      '2026-02-06 14 days before',
      '2026-02-17 3 days before',
      '2026-02-17 3 days before',
      '2026-02-17 3 days before',
      '2026-02-19 1 day before',
      '2026-02-20 same day',
      '2026-03-01 9 days after',
    ]);
    expect(text(one(events[0]!, 'time'))).toBe('June 2025');
    expect(text(one(events[3]!, 'time'))).toBe('Tue 17 Feb 2026');
    const last = events.at(-1)!;
    expect(text(one(last, '.event-date'))).toBe('Sun 1 Mar 2026 9 days after');
    expect(text(one(last, '.event-title'))).toMatch(/^Expected End of the roughly 10-day window/);
  });

  it('links Lavrov’s page back to the story and to the day of the call', () => {
    const lavrov = page(site, '/actors/sergey-lavrov/');
    expect(all(lavrov, '.teaser-title a').map((a) => attr(a, 'href'))).toEqual([STORY]);
    const call = all(lavrov, '.event').find((li) => text(li).includes('by phone'))!;
    expect(attr(one(call, 'time'), 'dateTime')).toBe('2026-02-20');
    const day = page(site, '/dates/2026/02/20/');
    expect(all(day, '.teaser-title a').map((a) => attr(a, 'href'))).toEqual([STORY]);
  });
});

describe('who said what', () => {
  const words = (actor: string) =>
    all(page(site, `/actors/${actor}/`), '#words ~ .quotes > li').map((li) => ({
      text: text(one(li, 'q')),
      story: attr(one(li, '.quote-source a'), 'href'),
      date: attr(one(li, '.quote-source time'), 'dateTime'),
    }));
  const quoted = (actor: string) => words(actor).map((quote) => quote.text);

  it('gives each actor page the quotations the seed story attributes to them, with the story and its date', () => {
    expect(quoted('jd-vance')).toEqual(expect.arrayContaining(['in some ways', 'not yet willing']));
    expect(quoted('abbas-araghchi')).toEqual(['more constructive']);
    expect(quoted('kremlin')).toEqual(expect.arrayContaining(['exercise restraint and caution']));
    expect(quoted('russian-foreign-ministry')).toEqual(
      expect.arrayContaining(['fair political and diplomatic solutions', 'Some issues of mutual interest on the bilateral agenda were also discussed']),
    );
    expect(quoted('donald-trump')).toEqual(expect.arrayContaining(['over the next probably 10 days']));
    for (const quote of words('jd-vance')) expect(quote).toMatchObject({ story: STORY, date: '2026-02-20' });
  });

  it('attributes nothing to an actor the story quotes nowhere, and says so', () => {
    expect(quoted('sergey-lavrov')).toEqual([]);
    expect(text(one(page(site, '/actors/sergey-lavrov/'), '#words ~ .empty'))).toBe('No quotation in the stories is attributed to Sergey Lavrov.');
    // Each quotation goes to one speaker: none is listed on two actor pages.
    const everyone = ['jd-vance', 'abbas-araghchi', 'kremlin', 'russian-foreign-ministry', 'donald-trump', 'iran', 'united-states'].flatMap(quoted);
    expect(new Set(everyone).size).toBe(everyone.length);
  });
});

describe('feeds, sitemap and metadata', () => {
  const read = (file: string) => readFileSync(join(site.outDir, file), 'utf8');
  const jsonLd = (path: string) => JSON.parse(text(one(page(site, path), 'script[type="application/ld+json"]')));

  it('publishes a site feed and one per actor', () => {
    const feed = read('rss.xml');
    expect(feed).toContain('<title>Lavrov reaffirms Russian support for US-Iran talks in call with Araghchi</title>');
    expect(feed).toContain(`<link>https://example.org${STORY}</link>`);
    expect(feed).toContain('<category>Sergey Lavrov</category>');
    expect(feed).toContain('<pubDate>Fri, 20 Feb 2026 00:00:00 GMT</pubDate>');
    expect(read('actors/jd-vance/rss.xml')).toContain(`<link>https://example.org${STORY}</link>`);
    expect(read('actors/jd-vance/rss.xml')).toContain('<title>JD Vance — Dateline</title>');
    const head = page(site, '/actors/jd-vance/');
    expect(all(head, 'link[rel="alternate"]').map((l) => attr(l, 'href'))).toEqual([
      'https://example.org/rss.xml',
      'https://example.org/actors/jd-vance/rss.xml',
    ]);
  });

  it('lists every page but the 404 in the sitemap', () => {
    const sitemap = read('sitemap-0.xml');
    expect(sitemap).toContain(`<loc>https://example.org${STORY}</loc>`);
    expect(sitemap).toContain('<loc>https://example.org/dates/2026/02/17/</loc>');
    expect(sitemap).not.toContain('404');
  });

  it('gives the story canonical, Open Graph and Twitter card tags', () => {
    const tree = page(site, STORY);
    const meta = (key: string) => attr(one(tree, `meta[property="${key}"], meta[name="${key}"]`), 'content');
    expect(attr(one(tree, 'link[rel="canonical"]'), 'href')).toBe(`https://example.org${STORY}`);
    expect(meta('og:type')).toBe('article');
    expect(meta('og:title')).toBe('Lavrov reaffirms Russian support for US-Iran talks in call with Araghchi');
    expect(meta('og:url')).toBe(`https://example.org${STORY}`);
    expect(meta('twitter:card')).toBe('summary');
    expect(meta('description')).toMatch(/^Russia's foreign minister backs/);
  });

  it('describes the story as a schema.org NewsArticle with its dateline, dates and actors', () => {
    const article = jsonLd(STORY);
    expect(article).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      dateline: 'Istanbul',
      datePublished: '2026-02-20',
      dateModified: '2026-02-20',
      publisher: { name: 'Anadolu Agency' },
    });
    expect(article.about).toContainEqual(
      expect.objectContaining({ '@type': 'Person', name: 'Sergey Lavrov', jobTitle: 'Foreign Minister of Russia', url: 'https://example.org/actors/sergey-lavrov/', sameAs: 'https://www.wikidata.org/wiki/Q178380' }),
    );
    expect(article.mentions).toContainEqual(expect.objectContaining({ '@type': 'City', name: 'Geneva' }));
  });

  it('describes actors and places as Person, Organization and Place', () => {
    expect(jsonLd('/actors/donald-trump/')).toMatchObject({ '@type': 'Person', name: 'Donald Trump', jobTitle: 'President of the United States' });
    expect(jsonLd('/actors/kremlin/')).toMatchObject({ '@type': 'GovernmentOrganization', name: 'The Kremlin' });
    expect(jsonLd('/locations/geneva/')).toMatchObject({ '@type': 'City', geo: { latitude: 46.2044, longitude: 6.1432 } });
  });

  it('indexes only stories for search, with actor, place and year filters', () => {
    // The demo's one story was published in February 2026: its month's index.
    expect(existsSync(join(site.outDir, 'pagefind/2026-02/pagefind.js'))).toBe(true);
    expect(attr(one(page(site, '/search/'), '#search-form'), 'dataIndexes')).toBe('2026-02');
    const story = page(site, STORY);
    const filters = all(story, '[data-pagefind-filter]').map((el) => attr(el, 'dataPagefindFilter'));
    expect(filters).toEqual(expect.arrayContaining(['actor:Sergey Lavrov', 'location:Istanbul', 'location:Geneva', 'year:2026']));
    expect(all(story, '[data-pagefind-body]')).toHaveLength(1);
    expect(all(page(site, '/actors/sergey-lavrov/'), '[data-pagefind-body]')).toHaveLength(0);
  });
});
