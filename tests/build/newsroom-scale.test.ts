/**
 * A generated newsroom of 400 stories (bench/corpus.ts, the benchmark's own generator) built for
 * real: the limits that keep pages small and builds fast at scale hold on a site bigger than the
 * demo — article pages under 60 KB with no JavaScript, a readable actor network, a search index of
 * the stories only.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus, type CorpusStats } from '../../bench/corpus';
import { MAX_NETWORK_NODES } from '../../src/lib/charts/actor-network';
import { MAX_LISTED_EVENTS } from '../../src/lib/timeline';
import { all, attr, buildSite, builtPages, fileFor, one, page, text, type BuildResult } from '../helpers/build';

const content = resolve('tests/.output/newsroom-content');
let corpus: CorpusStats;
let site: BuildResult;

beforeAll(async () => {
  corpus = generateCorpus({ articles: 400, seed: 7, dir: content });
  site = await buildSite({ content, name: 'newsroom' });
  if (!site.ok) throw new Error(`newsroom build failed:\n${site.output}`);
});

const html = (urlPath: string) => readFileSync(fileFor(site, urlPath)!, 'utf8');

describe('a 400-story newsroom', () => {
  it('builds a page per story, actor, place and day with events', () => {
    const pages = builtPages(site);
    expect(pages.filter((p) => /^\/articles\/[^/]+\/$/.test(p))).toHaveLength(corpus.articles);
    expect(pages.filter((p) => /^\/actors\/[^/]+\/$/.test(p))).toHaveLength(corpus.actors);
    expect(pages.filter((p) => /^\/locations\/[^/]+\/$/.test(p))).toHaveLength(corpus.locations);
    expect(pages.filter((p) => /^\/dates\/\d{4}\/\d\d\/\d\d\/$/.test(p)).length).toBeGreaterThan(100);
  });

  it('keeps every story page under 60 KB, without JavaScript', () => {
    const stories = builtPages(site).filter((p) => /^\/articles\/[^/]+\/$/.test(p));
    const sizes = stories.map((p) => statSync(fileFor(site, p)!).size);
    expect(Math.max(...sizes)).toBeLessThan(60 * 1024);
    for (const story of stories) {
      // JSON-LD is data, not a script the browser runs.
      const scripts = all(page(site, story), 'script').filter((s) => attr(s, 'type') !== 'application/ld+json');
      expect(scripts, story).toEqual([]);
    }
  });

  it('runs JavaScript on the search page only', () => {
    const withScripts = builtPages(site).filter((p) => /<script(?![^>]*application\/ld\+json)/.test(html(p)));
    expect(withScripts).toEqual(['/search/']);
  });

  it(`draws the ${MAX_NETWORK_NODES} most mentioned actors in the network, and lists them all`, () => {
    expect(corpus.actors).toBeGreaterThan(MAX_NETWORK_NODES);
    const actors = page(site, '/actors/');
    expect(all(actors, '.actor-network .nodes path')).toHaveLength(MAX_NETWORK_NODES);
    expect(text(one(actors, '.actor-network desc'))).toMatch(new RegExp(`^The ${MAX_NETWORK_NODES} most mentioned of the \\d+ actors named in the stories`));
    expect(all(actors, '.card-grid .card')).toHaveLength(corpus.actors);
  });

  it('shows the site timeline as a map of its months, each linking to the month that lists its events', () => {
    const timeline = page(site, '/timeline/');
    expect(corpus.events).toBeGreaterThan(MAX_LISTED_EVENTS);
    expect(all(timeline, '.timeline > li')).toEqual([]);
    const months = all(timeline, '.timeline-overview li');
    const counted = months.map((li) => Number(/^(\d+) events?$/.exec(text(one(li, '.count')))![1]));
    // Each story's events, merged: an event two stories report is one event.
    expect(counted.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(corpus.events);
    expect(counted.reduce((a, b) => a + b, 0)).toBeGreaterThan(corpus.events * 0.9);
    for (const li of months) {
      const href = attr(one(li, 'a'), 'href').replace(/#.*$/, '');
      expect(fileFor(site, href), href).toBeDefined();
    }
  });

  it(`never lists more than ${MAX_LISTED_EVENTS} events on a year’s page, and points to its months instead`, () => {
    const years = builtPages(site).filter((p) => /^\/dates\/\d{4}\/$/.test(p));
    expect(years.length).toBeGreaterThan(3);
    for (const year of years) {
      const listed = all(page(site, year), 'section[aria-labelledby="fine"] .timeline > li');
      expect(listed.length, year).toBeLessThanOrEqual(MAX_LISTED_EVENTS);
    }
    const busy = years.filter((year) => /too many for one page/.test(html(year)));
    expect(busy.length).toBeGreaterThan(0);
    for (const year of busy) expect(all(page(site, year), '.period-grid a').length, year).toBeGreaterThan(1);
  });

  it('indexes the stories for search, and nothing else', () => {
    // One index per month of publication, each with a fragment per story of that month.
    const months = readdirSync(join(site.outDir, 'pagefind'));
    expect(months.length).toBeGreaterThan(12);
    const fragments = months.flatMap((month) => readdirSync(join(site.outDir, 'pagefind', month, 'fragment')));
    expect(fragments).toHaveLength(corpus.articles);
  });
});
