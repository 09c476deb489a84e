/**
 * A reader's journey through the demo site, by clicking links as a reader would: the front page,
 * the story, one of its actors, the day of the call, and back to the story.
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
  it('front page → story → actor → day → story, each page showing what it should', async () => {
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

    // An actor named in the story.
    await follow(page.locator('.story-body').getByRole('link', { name: 'Sergey Lavrov', exact: true }), '/actors/sergey-lavrov/');
    expect(await h1()).toBe('Sergey Lavrov');
    expect(squash(await main().innerText())).toContain('Foreign Minister of Russia');
    const events = page.locator('main section', { has: page.getByRole('heading', { name: 'Events' }) });
    expect(squash(await events.innerText())).toContain('Lavrov and Araghchi discuss Iran\'s nuclear program by phone');
    expect(squash(await events.locator('time').first().innerText())).toBe('Fri 20 Feb 2026');

    // The day of the call: the actor page's dates are not links, so through the Dates section.
    await follow(page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Dates', exact: true }), '/dates/');
    expect(await h1()).toBe('Dates');
    await follow(main().getByRole('link', { name: '2026', exact: true }), '/dates/2026/');
    expect(await h1()).toBe('2026');
    await follow(main().getByRole('link', { name: 'February 2026', exact: true }), '/dates/2026/02/');
    expect(await h1()).toBe('February 2026');
    await follow(main().getByRole('link', { name: 'Fri 20 Feb 2026', exact: true }), '/dates/2026/02/20/');
    expect(await h1()).toBe('Friday 20 February 2026');
    const day = squash(await main().innerText());
    expect(day).toContain('Lavrov and Araghchi discuss Iran\'s nuclear program by phone');
    await expect(page.getByRole('heading', { name: 'Published this day' }).isVisible()).resolves.toBe(true);

    // And back to the story from the day's list.
    const published = page.locator('main section', { has: page.getByRole('heading', { name: 'Published this day' }) });
    await follow(published.getByRole('link', { name: ARTICLE_TITLE, exact: true }), ARTICLE);
    expect(await h1()).toBe(ARTICLE_TITLE);

    expect(problems.list, 'console errors or failed requests during the journey').toEqual([]);
  });
});
