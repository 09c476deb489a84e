/**
 * Builds tests/fixtures/site for real — under the sub-path /news/ and in a time zone west of
 * Greenwich — and checks the pages a reader would see.
 */
import { cpSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { LinkChecker } from 'linkinator';
import { join } from 'node:path';
import { SaxesParser } from 'saxes';
import { parse as parseCsv } from 'csv-parse/sync';
import type { Element } from 'hast';
import ICAL from 'ical.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { all, attr, buildSite, builtPages, fileFor, one, page, text, type BuildResult } from '../helpers/build';

let site: BuildResult;
const BASE = '/news/';
const SUMMIT = `${BASE}articles/2026-02-20-summit/`;
const FLEET = `${BASE}articles/2026-03-02-fleet-returns/`;

beforeAll(async () => {
  site = await buildSite({ content: 'tests/fixtures/site/content', name: 'fixture-site', base: BASE, tz: 'America/Los_Angeles' });
  if (!site.ok) throw new Error(`fixture build failed:\n${site.output}`);
});

const datetimes = (nodes: Element[]) => nodes.map((n) => attr(n, 'dateTime'));

describe('the built site', () => {
  it('has every page a reader can browse to', () => {
    const expected = [
      '',
      'articles/2026-02-20-summit/',
      'articles/2026-03-02-fleet-returns/',
      'timeline/',
      'actors/',
      'actors/anna-arden/',
      'actors/quiet-council/',
      'locations/',
      'locations/harbor-city/',
      'locations/grey-bay/',
      'dates/',
      'dates/2025/',
      'dates/2025/06/',
      'dates/2026/',
      'dates/2026/02/',
      'dates/2026/02/17/',
      'dates/2026/02/25/',
      'dates/2026/03/02/',
      '404.html',
    ].map((path) => `${BASE}${path}`);
    expect(builtPages(site)).toEqual(expect.arrayContaining(expected));
    expect(builtPages(site)).not.toContain(`${BASE}dates/2025/06/01/`);
  });

  it('gives every id on a page once, and every link within a page a target (a story’s headings and footnotes too)', () => {
    for (const path of builtPages(site).filter((p) => p.endsWith('/'))) {
      const tree = page(site, path);
      const ids = all(tree, '[id]').map((e) => attr(e, 'id'));
      expect(ids.length, path).toBe(new Set(ids).size);
      for (const a of all(tree, 'a[href^="#"]')) expect(ids, `${path} ${attr(a, 'href')}`).toContain(decodeURIComponent(attr(a, 'href').slice(1)));
      for (const e of all(tree, '[aria-labelledby]')) expect(ids, path).toContain(attr(e, 'ariaLabelledBy'));
    }
    const fleet = page(site, FLEET);
    // The story's own "Story timeline" heading does not take the aside's id.
    expect(text(one(fleet, '#story-timeline'))).toBe('Timeline');
    expect(all(fleet, '.story-body a[data-footnote-ref]').map((a) => attr(a, 'href'))).toEqual(['#user-content-fn-quay']);
    expect(text(one(fleet, '#user-content-fn-quay'))).toContain('As the harbour office reported.');
  });

  it('passes linkinator: every link and #fragment between pages resolves, pictures included', async () => {
    // Served as it is deployed, under its base path.
    const root = join(site.outDir, '..', 'fixture-site-served');
    rmSync(root, { recursive: true, force: true });
    cpSync(site.outDir, join(root, BASE), { recursive: true });
    const result = await new LinkChecker().check({
      // Relative to the server's root, where the base path is a folder.
      path: BASE.slice(1),
      serverRoot: root,
      recurse: true,
      checkFragments: true,
      linksToSkip: ['^(?!https?://(localhost|127\\.0\\.0\\.1)[:/])'],
    });
    const checked = result.links.map((link) => link.url);
    expect(checked.some((url) => url.includes('/media/articles/pictures/'))).toBe(true);
    expect(result.links.filter((link) => link.state === 'BROKEN').map((link) => `${link.url} on ${link.parent}`)).toEqual([]);
  }, 120_000);

  it('writes every feed and sitemap as XML a strict parser reads', () => {
    const files = readdirSync(site.outDir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.xml'));
    expect(files).toEqual(expect.arrayContaining(['rss.xml', 'sitemap-index.xml', 'actors/anna-arden/rss.xml']));
    for (const file of files) {
      const parser = new SaxesParser();
      const problems: string[] = [];
      parser.on('error', (error) => problems.push(error.message));
      parser.write(readFileSync(join(site.outDir, file), 'utf8')).close();
      expect(problems, file).toEqual([]);
    }
  });

  it('ships no client JavaScript outside the search page (structured data is not script)', () => {
    for (const path of builtPages(site).filter((p) => p !== `${BASE}search/`)) {
      const scripts = all(page(site, path), 'script').filter((s) => attr(s, 'type') !== 'application/ld+json');
      expect(scripts, path).toEqual([]);
    }
    const search = all(page(site, `${BASE}search/`), 'script');
    expect(search.map((s) => [attr(s, 'type'), attr(s, 'src').startsWith(`${BASE}_astro/`)])).toEqual([['module', true]]);
  });

  it('gives every page a language, a title, one h1, a main landmark and the site navigation', () => {
    for (const path of builtPages(site)) {
      const tree = page(site, path);
      expect(attr(one(tree, 'html'), 'lang'), path).toBe('en');
      expect(text(one(tree, 'title')), path).toMatch(/Dateline/);
      expect(all(tree, 'h1'), path).toHaveLength(1);
      expect(all(tree, 'main'), path).toHaveLength(1);
      expect(all(tree, 'header nav a').map((a) => text(a)), path).toEqual(['Front page', 'Timeline', 'Upcoming', 'Actors', 'Dates', 'Places', 'Search']);
      expect(attr(one(tree, 'header form[role="search"]'), 'action'), path).toBe(`${BASE}search/`);
    }
  });

  it('shows every date as a <time> whose datetime carries its precision', () => {
    const allowed = /^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}:\d{2}(Z|[+-]\d{2}:\d{2}))?)?)?$/;
    for (const path of builtPages(site)) {
      for (const time of all(page(site, path), 'time')) expect(attr(time, 'dateTime'), path).toMatch(allowed);
    }
  });

  it('links every event and story date to the archive page of its day, month or year', () => {
    let linked = 0;
    for (const path of builtPages(site)) {
      const tree = page(site, path);
      const dated = [...all(tree, '.event-date'), ...all(tree, '.key-date'), ...all(tree, '.teaser .meta'), ...all(tree, '.story-header .byline')];
      for (const holder of dated) {
        const [link] = all(holder, 'a.date-link');
        expect(link, `${path}: ${text(holder)}`).toBeDefined();
        const [first] = all(link!, 'time');
        const start = attr(first!, 'dateTime').slice(0, 10);
        const target = page(site, new URL(attr(link!, 'href'), `https://example.org${path}`).pathname);
        // The archive page's own heading names the period the date falls in, at the date's precision
        // (a range whose ends differ in precision files under the coarser one).
        const heading = attr(one(target, 'h1 time'), 'dateTime');
        expect(start.startsWith(heading), `${path}: ${text(holder)} → ${heading}`).toBe(true);
        expect(heading.length === start.length || all(link!, 'time').length === 2, `${path}: ${text(holder)} → ${heading}`).toBe(true);
        linked++;
      }
    }
    expect(linked).toBeGreaterThan(50);
  });

  it('links only to pages and anchors that exist, all under the base path', () => {
    const broken: string[] = [];
    for (const path of builtPages(site)) {
      for (const link of all(page(site, path), 'a[href], link[href]')) {
        const href = attr(link, 'href');
        if (/^[a-z]+:/.test(href) && !href.startsWith('https://example.org/')) continue; // external
        const url = new URL(href, `https://example.org${path}`);
        if (url.origin === 'https://example.org' && href.startsWith('https://example.org/') && !url.pathname.startsWith(BASE)) {
          continue; // an external link inside a story that happens to share the placeholder host
        }
        if (!url.pathname.startsWith(BASE) || !fileFor(site, url.pathname)) {
          broken.push(`${path} → ${href}`);
          continue;
        }
        const id = decodeURIComponent(url.hash.slice(1));
        if (id && !fileFor(site, url.pathname)!.endsWith('.svg') && all(page(site, url.pathname), `[id="${id}"]`).length !== 1) {
          broken.push(`${path} → ${href} (no #${id})`);
        }
      }
    }
    expect(broken).toEqual([]);
  });
});

describe('an article page', () => {
  it('shows the headline, standfirst, dateline in capitals, date and source', () => {
    const tree = page(site, SUMMIT);
    expect(text(one(tree, 'h1'))).toBe('Arden and Brook meet at the harbour summit');
    expect(text(one(tree, '.standfirst'))).toBe('Two envoys agree to meet again within ten days.');
    expect(text(one(tree, '.dateline-label'))).toBe('HARBOR CITY');
    const published = one(tree, '.byline time');
    // Unquoted in YAML and built at UTC-8: still the 20th.
    expect([attr(published, 'dateTime'), text(published)]).toEqual(['2026-02-20', 'Fri 20 Feb 2026']);
    expect(text(one(tree, '.byline'))).toMatch(/Wire Agency/);
  });

  it('renders the Markdown body, its dates as <time> and its actors as links', () => {
    const body = one(page(site, SUMMIT), '.story-body');
    const [first, second] = all(body, 'p');
    expect(text(first!)).toMatch(/^Foreign Minister Anna Arden met envoy Ben Brook on Friday/);
    expect(all(first!, 'a.mention').map((a) => [text(a), attr(a, 'href')])).toEqual([
      ['Anna Arden', `${BASE}actors/anna-arden/`],
      ['Ben Brook', `${BASE}actors/ben-brook/`],
    ]);
    expect(all(first!, 'time').map((t) => [text(t), attr(t, 'dateTime'), attr(t, 'title')])).toEqual([
      ['Friday', '2026-02-20', 'Friday 20 February 2026'],
    ]);
    expect(all(second!, 'strong time').map((t) => [text(t), attr(t, 'dateTime')])).toEqual([['last June', '2025-06']]);
    expect(attr(one(second!, 'a[href^="https:"]'), 'href')).toBe('https://example.org/ministry');
  });

  it('shows a picture kept beside the story, published with the site under the base path', () => {
    const img = one(one(page(site, FLEET), '.story-body'), 'img');
    expect(attr(img, 'alt')).toBe('Crews line the quay');
    expect(attr(img, 'src')).toBe(`${BASE}media/articles/pictures/fleet%20at%20the%20quay.png`);
    const published = fileFor(site, attr(img, 'src'));
    expect(published && readFileSync(published)).toEqual(readFileSync('tests/fixtures/site/content/articles/pictures/fleet at the quay.png'));
  });

  it('shows its timeline in order, each date at its precision with its distance from publication', () => {
    const events = all(page(site, SUMMIT), '.story-aside .timeline > li');
    expect(events.map((li) => text(one(li, '.event-title')))).toEqual([
      'Northland reviews its coastal policy.',
      'The coastal dispute begins.',
      'The fleet leaves port.',
      'Expected The ten-day window for a follow-up meeting.',
      'Arden and Brook open the summit.',
    ]);
    expect(events.map((li) => datetimes(all(li, '.event-date time')).join('/'))).toEqual([
      '2025',
      '2025-06',
      '2026-02-17',
      '2026-02-19/2026-03-01',
      '2026-02-20',
    ]);
    expect(events.map((li) => text(one(li, '.event-date time')))).toEqual([
      '2025',
      'June 2025',
      'Tue 17 Feb 2026',
      'Thu 19 Feb 2026',
      'Fri 20 Feb 2026',
    ]);
    expect(events.map((li) => text(one(li, '.offset')))).toEqual([
      '1 year before',
      '8 months before',
      '3 days before',
      'ongoing at publication',
      'same day',
    ]);
    expect(events.map((li) => attr(li, 'className').includes('expected'))).toEqual([false, false, false, true, false]);
  });

  it('lists its actors with role, kind and link, and its places', () => {
    const tree = page(site, SUMMIT);
    const actors = all(tree, '#story-actors ~ .actor-list li');
    expect(actors.map((li) => text(one(li, 'a')))).toEqual(['Anna Arden', 'Ben Brook', 'Northland', 'Coastal Fleet']);
    expect(attr(one(actors[0]!, 'a'), 'href')).toBe(`${BASE}actors/anna-arden/`);
    expect(text(one(actors[0]!, '.role'))).toBe('Foreign Minister of Northland');
    expect(text(one(actors[0]!, '.kind'))).toBe('person');
    expect(all(tree, '.place-list a').map((a) => text(a))).toEqual(['Harbor City', 'Grey Bay']);
  });

  it('shows a date-time publication in the story’s own offset, and the update', () => {
    const times = all(page(site, FLEET), '.byline time');
    expect(times.map((t) => [attr(t, 'dateTime'), text(t)])).toEqual([
      ['2026-03-02T08:15:00+02:00', 'Mon 2 Mar 2026, 08:15 (UTC+02:00)'],
      ['2026-03-02T18:40:00+02:00', 'Mon 2 Mar 2026, 18:40 (UTC+02:00)'],
    ]);
    expect(text(one(page(site, FLEET), '.byline'))).toMatch(/^By C\. Reporter/);
  });
});

describe('story threads', () => {
  it('show the earlier and later stories of a thread on each story page, with their dates', () => {
    const thread = (path: string, id: string) => all(page(site, path), `#${id} ~ .thread li`).map((li) => [attr(one(li, 'a'), 'href'), attr(one(li, 'time'), 'dateTime')]);
    expect(thread(FLEET, 'story-earlier')).toEqual([[SUMMIT, '2026-02-20']]);
    expect(thread(FLEET, 'story-later')).toEqual([]);
    expect(thread(SUMMIT, 'story-later')).toEqual([[FLEET, '2026-03-02T08:15:00+02:00']]);
    expect(text(one(page(site, FLEET), '#story-later ~ .empty'))).toBe('No later story yet.');
  });
});

describe('what is coming, and the data out', () => {
  const file = (path: string) => readFileSync(fileFor(site, `${BASE}${path}`)!, 'utf8');

  it('lists every expected event on /upcoming/, by date with its story, overdue as of the newest story', () => {
    const tree = page(site, `${BASE}upcoming/`);
    const events = all(tree, '.timeline > li');
    expect(events.map((li) => text(one(li, '.event-title')))).toEqual(['Overdue The ten-day window for a follow-up meeting.']);
    expect(attr(one(events[0]!, '.event-source a'), 'href')).toBe(`${SUMMIT}#2026-02-19--2026-03-01-the-ten-day-window-for-a-follow-up-meeting`);
    // The reference day is the newest story's, never the build machine's clock.
    expect(attr(one(tree, '.lede time'), 'dateTime')).toBe('2026-03-02');
  });

  it('publishes the expected events as an iCalendar feed a calendar parser reads back', () => {
    const calendar = new ICAL.Component(ICAL.parse(file('upcoming.ics')));
    const events = calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
    expect(events.map((e) => [e.summary, e.startDate.toString(), e.endDate.toString(), e.startDate.isDate])).toEqual([
      ['The ten-day window for a follow-up meeting.', '2026-02-19', '2026-03-02', true],
    ]);
    expect(events[0]!.component.getFirstPropertyValue('url')).toBe(`https://example.org${SUMMIT}#2026-02-19--2026-03-01-the-ten-day-window-for-a-follow-up-meeting`);
    expect(String(events[0]!.component.getFirstPropertyValue('dtstamp'))).toBe('2026-02-20T00:00:00Z');
  });

  it('publishes the events as CSV a CSV parser reads back, one row per event and story', () => {
    const rows = parseCsv(file('data/events.csv'), { columns: true }) as Record<string, string>[];
    const timeline = all(page(site, `${BASE}timeline/`), '.timeline > li');
    expect(rows.length).toBeGreaterThanOrEqual(timeline.length);
    expect(rows.find((row) => row.event_title === 'Arden and Brook open the summit.')).toMatchObject({ date: '2026-02-20', story_id: '2026-02-20-summit' });
  });

  it('publishes stories, events, actors and each story’s timeline as JSON, linked from the pages that show them', () => {
    const stories = JSON.parse(file('data/stories.json'));
    expect(stories.schema).toBe('dateline.stories/1');
    expect(stories.items.map((item: { id: string }) => item.id).sort()).toEqual(['2026-02-20-summit', '2026-03-02-fleet-returns']);
    expect(JSON.parse(file('data/actors.json')).items).toHaveLength(5);
    expect(JSON.parse(file('data/events.json')).count).toBeGreaterThan(0);
    const story = JSON.parse(file('data/timelines/2026-02-20-summit.json'));
    expect(story.title.text.headline).toBe('Arden and Brook meet at the harbour summit');
    // The site's timeline under the site's title and tagline.
    const timeline = JSON.parse(file('data/timeline.json'));
    expect(timeline.title.text).toEqual({ headline: 'Dateline: timeline', text: 'Wire stories, their actors, dates and places' });
    expect(story.events.length).toBe(all(page(site, SUMMIT), '#story-events .timeline > li').length);
    const downloads = (path: string) => all(page(site, path), 'main .downloads a').map((a) => attr(a, 'href'));
    expect(downloads(SUMMIT)).toEqual([`${BASE}data/timelines/2026-02-20-summit.json`]);
    expect(downloads(`${BASE}timeline/`)).toEqual([`${BASE}data/events.csv`, `${BASE}data/events.json`, `${BASE}data/timeline.json`]);
    expect(downloads(`${BASE}actors/`)).toEqual([`${BASE}data/actors.json`]);
    expect(downloads(`${BASE}upcoming/`)).toEqual([`${BASE}upcoming.ics`]);
  });
});

describe('the site timeline', () => {
  it('lists every event once, grouped by year and month, merged events linking to both stories', () => {
    const tree = page(site, `${BASE}timeline/`);
    expect(all(tree, '.timeline-year > h2').map((h) => text(h))).toEqual(['2025', '2026']);
    expect(all(tree, '.timeline-month > h3').map((h) => text(h))).toEqual([
      'Sometime in 2025',
      'June 2025',
      'February 2026',
      'March 2026',
    ]);
    const titles = all(tree, '.event-title').map((p) => text(p));
    expect(titles).toHaveLength(6);
    const fleet = all(tree, '.event').find((li) => text(li).includes('The fleet leaves port'))!;
    expect(all(fleet, '.event-source a').map((a) => attr(a, 'href'))).toEqual([
      `${SUMMIT}#2026-02-17-the-fleet-leaves-port`,
      `${FLEET}#2026-02-17-the-fleet-leaves-port`,
    ]);
    expect(all(fleet, '.event-refs a').map((a) => text(a))).toEqual(['Coastal Fleet', 'Northland', 'Grey Bay']);
    expect(all(tree, '.event.expected .badge').map((b) => text(b))).toEqual(['Expected']);
  });
});

describe('actor pages', () => {
  it('group every actor by kind with counts', () => {
    const tree = page(site, `${BASE}actors/`);
    expect(all(tree, 'main h2').map((h) => text(h))).toEqual([
      'People (2)',
      'States (1)',
      'Organisations (1)',
      'Military (1)',
    ]);
    const anna = all(tree, '.card').find((c) => text(c).startsWith('Anna Arden'))!;
    expect(text(one(anna, '.count'))).toBe('2 stories, 3 events');
  });

  it('list both stories that name an actor, their events, and who they appear with', () => {
    const tree = page(site, `${BASE}actors/anna-arden/`);
    expect(text(one(tree, 'h1'))).toBe('Anna Arden');
    expect(all(tree, '.teaser-title a').map((a) => attr(a, 'href'))).toEqual([FLEET, SUMMIT]);
    expect(all(tree, '#events ~ .timeline .event-title').map((p) => text(p))).toEqual([
      'Expected The ten-day window for a follow-up meeting.',
      'Arden and Brook open the summit.',
      'Arden inspects the returning fleet.',
    ]);
    expect(all(tree, 'aside .ranking > li').map((li) => text(one(li, 'a')) + ' ' + text(one(li, '.count')))).toEqual([
      'Coastal Fleet 2 stories, 1 event',
      'Northland 2 stories, 0 events',
      'Ben Brook 1 story, 2 events',
    ]);
    // Each companion with the stories naming both, newest first, each with its date.
    const shared = all(tree, 'aside .ranking > li').map((li) => all(li, '.shared li').map((item) => [attr(one(item, 'a'), 'href'), attr(one(item, 'time'), 'dateTime')]));
    expect(shared).toEqual([
      [[FLEET, '2026-03-02T08:15:00+02:00'], [SUMMIT, '2026-02-20']],
      [[FLEET, '2026-03-02T08:15:00+02:00'], [SUMMIT, '2026-02-20']],
      [[SUMMIT, '2026-02-20']],
    ]);
    expect(all(tree, '#coming ~ .timeline .event-title').map((p) => text(p))).toEqual(['Expected The ten-day window for a follow-up meeting.']);
  });

  it('exist for actors no story names yet, with their profile text', () => {
    const tree = page(site, `${BASE}actors/quiet-council/`);
    expect(text(one(tree, '.profile-body'))).toBe('A council that no story names yet.');
    expect(text(one(tree, '#stories ~ .empty'))).toMatch(/No story/);
  });
});

describe('date pages', () => {
  it('list the events of a day and the stories published that day', () => {
    const day = page(site, `${BASE}dates/2026/02/17/`);
    expect(text(one(day, 'h1'))).toBe('Tuesday 17 February 2026');
    expect(all(day, '.event-title').map((p) => text(p))).toEqual(['The fleet leaves port.']);
    const published = page(site, `${BASE}dates/2026/02/20/`);
    expect(all(published, '.teaser-title').map((h) => text(h))).toEqual(['Arden and Brook meet at the harbour summit']);
  });

  it('list a ten-day window on each day it covers', () => {
    const tree = page(site, `${BASE}dates/2026/02/25/`);
    expect(all(tree, '.event-title').map((p) => text(p))).toEqual(['Expected The ten-day window for a follow-up meeting.']);
  });

  it('show the events known only to the month beside the dated ones', () => {
    const june = page(site, `${BASE}dates/2025/06/`);
    expect(text(one(june, '#coarse'))).toBe('Known only to the month');
    expect(all(june, '#coarse ~ .timeline .event-title').map((p) => text(p))).toEqual(['The coastal dispute begins.']);
    const feb = page(site, `${BASE}dates/2026/02/`);
    expect(all(feb, '#fine ~ .timeline .event-title').map((p) => text(p))).toHaveLength(3);
    expect(all(feb, '.period-grid a').map((a) => attr(a, 'href'))).toContain(`${BASE}dates/2026/02/17/`);
  });

  it('show year-only events on the year page and months with counts in the archive', () => {
    const year = page(site, `${BASE}dates/2025/`);
    expect(all(year, '#coarse ~ .timeline .event-title').map((p) => text(p))).toEqual(['Northland reviews its coastal policy.']);
    const archive = page(site, `${BASE}dates/`);
    expect(all(archive, '.archive-year > h2').map((h) => text(h))).toEqual([
      '2026 4 events, 2 stories',
      '2025 2 events, 0 stories',
    ]);
  });
});

describe('location pages', () => {
  it('list the stories filed from a place and the events there', () => {
    const tree = page(site, `${BASE}locations/harbor-city/`);
    expect(all(tree, '#filed ~ .article-list .teaser-title a').map((a) => attr(a, 'href'))).toEqual([FLEET, SUMMIT]);
    expect(all(tree, '#events ~ .timeline .event-title').map((p) => text(p))).toEqual([
      'Arden and Brook open the summit.',
      'Arden inspects the returning fleet.',
    ]);
    expect(all(page(site, `${BASE}locations/northland/`), '#within ~ .place-list a').map((a) => text(a))).toEqual(['Harbor City']);
  });
});

describe('the front page', () => {
  it('shows the latest stories, most-mentioned actors and recent events', () => {
    const tree = page(site, BASE);
    expect(all(tree, '.front-lead .teaser-title a').map((a) => attr(a, 'href'))).toEqual([FLEET, SUMMIT]);
    expect(text(one(tree, '.ranking li'))).toBe('Anna Arden 2 stories, 3 events');
    expect(all(tree, '.front-aside .timeline .event-title').length).toBeGreaterThan(0);
  });
});

describe('pictures', () => {
  /** Each picture is an image named by its own <title> and described by its <desc>. */
  function expectAccessible(svg: Element): void {
    const own = (tag: string) => svg.children.find((c): c is Element => c.type === 'element' && c.tagName === tag)!;
    expect(attr(svg, 'role')).toBe('img');
    expect(text(own('title')).length).toBeGreaterThan(0);
    expect(text(own('desc')).length).toBeGreaterThan(20);
    expect(attr(svg, 'ariaLabelledBy')).toBe(attr(own('title'), 'id'));
    expect(attr(svg, 'ariaDescribedBy').split(/[ ,]/)).toContain(attr(own('desc'), 'id'));
    expect(attr(svg, 'viewBox')).toMatch(/^0 0 \d+ \d+$/);
  }

  const cells = (tr: Element) => all(tr, 'th, td').map((cell) => text(cell)).join(' | ');

  it('draw the site timeline to scale, in a narrow and a wide layout, the expected event dashed', async () => {
    const tree = page(site, `${BASE}timeline/`);
    const figure = one(tree, 'figure.time-axis');
    expect(text(one(figure, 'figcaption'))).toMatch(/dated to the day.*a month, a year or a range.*expected/);
    const svgs = all(figure, 'svg[role="img"]');
    expect(svgs.map((svg) => attr(svg, 'className'))).toEqual(['chart,narrow', 'chart,wide']);
    const ids = new Set<string>();
    const listed = all(tree, '#timeline-events .event').map((li) => `#${attr(li, 'id')}`);
    for (const variant of all(figure, '.variant')) {
      const svg = one(variant, 'svg[role="img"]');
      expectAccessible(svg);
      for (const id of all(svg, '[id]').map((e) => attr(e, 'id'))) ids.add(id);
      // Six events, numbered in the order of the list below; no links inside the image.
      expect(all(svg, '.marks .num').map((n) => text(n))).toEqual(['1', '2', '3', '4', '5', '6']);
      expect(all(svg, 'a')).toHaveLength(0);
      // A layer over it, hidden from assistive technology, links each mark to its entry.
      const links = one(variant, 'svg.links');
      expect(attr(links, 'ariaHidden')).toBe('true');
      expect(all(links, 'a').map((a) => attr(a, 'href'))).toEqual(listed);
      expect(all(links, 'a').map((a) => attr(a, 'tabIndex'))).toEqual(listed.map(() => '-1'));
      // The ten-day window was expected: a dashed span; the year 2025 and June 2025 are spans too.
      expect(all(svg, '.mark.expected').map((m) => attr(m, 'className'))).toEqual(['mark,span,expected']);
      expect(all(svg, 'rect.mark')).toHaveLength(3);
      expect(all(svg, 'circle.mark')).toHaveLength(3);
      // Ticks labelled by date-fns.
      expect(all(svg, '.ticks text').map((t) => text(t)).join(' ')).toMatch(/2025|2026/);
    }
    expect(ids.size).toBe(4);
    // The list the numbers refer to is named from the picture.
    const note = one(figure, 'figcaption a');
    expect(attr(note, 'href')).toBe('#timeline-events');
    const { readFileSync } = await import('node:fs');
    const html = readFileSync(fileFor(site, `${BASE}timeline/`)!, 'utf8');
    for (const svg of html.match(/<svg[^>]*role="img".*?<\/svg>/gs)!) expect(svg.length).toBeLessThan(15_000);
  });

  it('map every place with coordinates, one marker each, and list the others', () => {
    const tree = page(site, `${BASE}locations/`);
    const figure = one(tree, 'figure.place-map');
    const svg = one(figure, 'svg[role="img"]');
    expectAccessible(svg);
    expect(attr(svg, 'ariaDescribedBy').split(/[ ,]/)).toContain(attr(one(figure, 'table'), 'id'));
    // Only Harbor City has coordinates in the fixtures.
    const markers = all(svg, 'circle.marker');
    expect(markers).toHaveLength(1);
    expect(all(figure, 'svg.links a').map((a) => attr(a, 'href'))).toEqual([`${BASE}locations/harbor-city/`]);
    expect(all(svg, 'path.land')).toHaveLength(1);
    const rows = all(figure, 'tbody tr').map(cells);
    expect(rows).toHaveLength(3);
    expect(rows.filter((row) => row.includes('not on the map'))).toHaveLength(2);
    expect(rows.find((row) => row.startsWith('Harbor City'))).toBe('Harbor City | city | 2 | 2');
  });

  it('map a country with the places in it, and leave out the map where nothing can be drawn', () => {
    const country = one(page(site, `${BASE}locations/northland/`), 'figure.place-map');
    expectAccessible(one(country, 'svg[role="img"]'));
    expect(all(country, 'circle.marker')).toHaveLength(1);
    expect(all(country, 'tbody th').map((th) => text(th))).toEqual(['Harbor City', 'Northland (not on the map: no coordinates)']);
    const city = one(page(site, `${BASE}locations/harbor-city/`), 'figure.place-map');
    expect(all(city, 'circle.marker.highlight')).toHaveLength(1);
    expect(all(page(site, `${BASE}locations/grey-bay/`), 'figure.place-map')).toHaveLength(0);
  });

  it('draw who appears with whom, each node a link to the actor, with the pairs in a table', () => {
    const tree = page(site, `${BASE}actors/`);
    const figure = one(tree, 'figure.actor-network');
    const svg = one(figure, 'svg[role="img"]');
    expectAccessible(svg);
    // Quiet Council is in no story, so it has no node; each node links to its actor's page.
    expect(all(svg, '.nodes path')).toHaveLength(4);
    expect(all(svg, '.nodes path').map((p) => attr(p, 'className'))).toContain('node,kind-military');
    expect(all(figure, 'svg.links a').map((a) => attr(a, 'href')).sort()).toEqual(
      ['anna-arden', 'ben-brook', 'coastal-fleet', 'northland'].map((id) => `${BASE}actors/${id}/`),
    );
    // Four actors in one story: every pair is linked.
    expect(all(svg, '.edges path')).toHaveLength(6);
    expect(all(figure, '.legend-item').map((l) => text(l))).toEqual(['Person', 'State', 'Military']);
    const rows = all(figure, 'tbody tr').map(cells);
    expect(rows[0]).toBe('Anna Arden and Coastal Fleet | 2 | 1');
    expect(rows).toHaveLength(6);
  });
});
