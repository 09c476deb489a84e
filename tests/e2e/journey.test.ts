/**
 * A reader's journey through the demo site, by clicking links as a reader would: the front page,
 * the story, one of its actors and what they said in it, the date of one of their events, that
 * day's archive, what is coming (/upcoming/), and back to the story.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTICLE, ARTICLE_TITLE, closePage, launchBrowser, newPage, recordProblems, siteUrl, squash } from './support';

let browser: Browser;
let page: Page;
let problems: ReturnType<typeof recordProblems>;

beforeAll(async () => {
  browser = await launchBrowser();
  page = await newPage(browser, { viewport: { width: 1280, height: 800 } });
  problems = recordProblems(page);
});

afterAll(async () => {
  if (page) await closePage(page);
  await browser?.close();
});

const h1 = async () => squash(await page.locator('main h1').first().innerText());
const main = () => page.locator('main');
const path = () => new URL(page.url()).pathname;

async function follow(link: ReturnType<Page['locator']>, to: string): Promise<void> {
  await expect(link.count(), `a link to ${to} on ${path()}`).resolves.toBeGreaterThan(0);
  await link.first().click();
  await page.waitForURL((url) => url.pathname === to);
  await page.waitForLoadState('networkidle');
}

describe('a reader’s journey', () => {
  it('front page → story → actor → in their words → a date → the day → upcoming → story, each page showing what it should', async () => {
    // The front page lists the story.
    await page.goto(siteUrl('/'), { waitUntil: 'networkidle' });
    await expect(page.getByRole('heading', { name: 'Latest stories' }).isVisible()).resolves.toBe(true);
    const teaser = main().getByRole('link', { name: ARTICLE_TITLE, exact: true });
    await expect(teaser.first().isVisible(), 'the story’s teaser link on the front page').resolves.toBe(true);

    // The story: headline, dateline, body text and its timeline.
    await follow(teaser, ARTICLE);
    expect(await h1()).toBe(ARTICLE_TITLE);
    await expect(page.locator('.dateline-label').innerText()).resolves.toBe('ISTANBUL');
    expect(squash(await page.locator('.story-body').innerText())).toContain(
      'Russian Foreign Minister Sergey Lavrov on Friday reaffirmed support for the negotiation process',
    );
    await expect(page.getByRole('heading', { name: 'Timeline' }).isVisible()).resolves.toBe(true);

    // An actor named in the story, and what they said in it.
    await follow(page.locator('.story-body').getByRole('link', { name: 'Abbas Araghchi', exact: true }), '/actors/abbas-araghchi/');
    expect(await h1()).toBe('Abbas Araghchi');
    const words = page.locator('main section', { has: page.getByRole('heading', { name: 'In their words', exact: true }) });
    await expect(words.isVisible(), 'the "In their words" section').resolves.toBe(true);
    expect(squash(await words.locator('q').first().innerText())).toBe('more constructive');
    expect(squash(await words.locator('.quote-source').first().innerText())).toBe(`${ARTICLE_TITLE}, Fri 20 Feb 2026`);
    const events = page.locator('main section', { has: page.getByRole('heading', { name: 'Events', exact: true }) });
    expect(squash(await events.innerText())).toContain('Araghchi says the talks showed progress in a "more constructive" atmosphere.');

    // The date of that event leads to the day's archive.
    await follow(events.getByRole('link', { name: 'Tue 17 Feb 2026', exact: true }), '/dates/2026/02/17/');
    expect(await h1()).toBe('Tuesday 17 February 2026');
    const day = squash(await main().innerText());
    expect(day).toContain('The US and Iran conclude a second round of indirect negotiations, mediated by Oman, in Geneva.');

    // What the stories expect next, from the site's navigation.
    await follow(page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Upcoming', exact: true }), '/upcoming/');
    expect(await h1()).toBe('Upcoming');
    const upcoming = page.locator('main .timeline > li');
    expect(squash(await upcoming.first().innerText())).toContain('End of the roughly 10-day window Trump gave for clarity on a deal with Iran.');
    expect(squash(await upcoming.first().locator('time').first().innerText())).toBe('Sun 1 Mar 2026');

    // And back to the story that reported it.
    await follow(upcoming.first().locator('.event-source').getByRole('link', { name: ARTICLE_TITLE, exact: true }), ARTICLE);
    expect(await h1()).toBe(ARTICLE_TITLE);

    expect(problems.list, 'console errors or failed requests during the journey').toEqual([]);
  });
});
