/**
 * With JavaScript off the site is still all there: pages render their content, links lead where
 * they say, and the header search box still submits to /search/.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTICLE, ARTICLE_TITLE, closePage, launchBrowser, newPage, siteUrl, squash } from './support';

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  page = await newPage(browser, { javaScriptEnabled: false, viewport: { width: 1280, height: 800 } });
});
afterAll(async () => {
  if (page) await closePage(page);
  await browser?.close();
});

const h1 = async () => squash(await page.locator('main h1').first().innerText());
const mainText = async () => squash(await page.locator('main').innerText());

async function follow(link: ReturnType<Page['locator']>, to: string): Promise<void> {
  await expect(link.count(), `a link to ${to} on ${new URL(page.url()).pathname}`).resolves.toBeGreaterThan(0);
  await link.first().click();
  await page.waitForURL((url) => url.pathname === to);
}

describe('with JavaScript off', () => {
  it('the front page lists the story and its link opens it', async () => {
    await page.goto(siteUrl('/'), { waitUntil: 'load' });
    await expect(page.getByRole('heading', { name: 'Latest stories' }).isVisible()).resolves.toBe(true);
    await follow(page.locator('main').getByRole('link', { name: ARTICLE_TITLE, exact: true }), ARTICLE);
    expect(await h1()).toBe(ARTICLE_TITLE);
  });

  it('the story shows its text and timeline, and its actor links work', async () => {
    await page.goto(siteUrl(ARTICLE), { waitUntil: 'load' });
    expect(await h1()).toBe(ARTICLE_TITLE);
    const body = squash(await page.locator('.story-body').innerText());
    expect(body).toContain('Russian Foreign Minister Sergey Lavrov on Friday reaffirmed support');
    const timeline = squash(await page.locator('.story-aside').innerText());
    expect(timeline).toContain('Iran and Israel fight a 12-day war.');
    await follow(page.locator('.story-body').getByRole('link', { name: 'Sergey Lavrov', exact: true }), '/actors/sergey-lavrov/');
    expect(await h1()).toBe('Sergey Lavrov');
  });

  it('the actor page lists the story and the event, and links back to the story', async () => {
    await page.goto(siteUrl('/actors/sergey-lavrov/'), { waitUntil: 'load' });
    expect(await h1()).toBe('Sergey Lavrov');
    const text = await mainText();
    expect(text).toContain('Foreign Minister of Russia');
    expect(text).toContain('Lavrov and Araghchi discuss Iran\'s nuclear program by phone');
    await follow(page.locator('main .teaser-title').getByRole('link', { name: ARTICLE_TITLE, exact: true }), ARTICLE);
    expect(await h1()).toBe(ARTICLE_TITLE);
  });

  it('the day page shows the day’s event and story, and its links work', async () => {
    await page.goto(siteUrl('/dates/2026/02/20/'), { waitUntil: 'load' });
    expect(await h1()).toBe('Friday 20 February 2026');
    const text = await mainText();
    expect(text).toContain('Lavrov and Araghchi discuss Iran\'s nuclear program by phone');
    expect(text).toContain(ARTICLE_TITLE);
    await follow(page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'February 2026', exact: true }), '/dates/2026/02/');
    expect(await h1()).toBe('February 2026');
    await follow(page.locator('main').getByRole('link', { name: 'Fri 20 Feb 2026', exact: true }), '/dates/2026/02/20/');
    await follow(page.locator('main .teaser-title').getByRole('link', { name: ARTICLE_TITLE, exact: true }), ARTICLE);
    expect(await h1()).toBe(ARTICLE_TITLE);
  });

  it('/upcoming/ lists what the stories expect, and its links lead to the story and the day', async () => {
    await page.goto(siteUrl('/upcoming/'), { waitUntil: 'load' });
    expect(await h1()).toBe('Upcoming');
    expect(await mainText()).toContain('End of the roughly 10-day window Trump gave for clarity on a deal with Iran.');
    await follow(page.locator('main .timeline .event-date').getByRole('link', { name: 'Sun 1 Mar 2026', exact: true }), '/dates/2026/03/01/');
    expect(await h1()).toBe('Sunday 1 March 2026');
    await follow(page.locator('main .timeline .event-source').getByRole('link', { name: ARTICLE_TITLE, exact: true }), ARTICLE);
    expect(await h1()).toBe(ARTICLE_TITLE);
  });

  it('an actor page shows what they said, each quotation linking to its story', async () => {
    await page.goto(siteUrl('/actors/jd-vance/'), { waitUntil: 'load' });
    const words = page.locator('main section', { has: page.getByRole('heading', { name: 'In their words', exact: true }) });
    expect(squash(await words.innerText())).toContain('in some ways');
    await follow(words.getByRole('link', { name: ARTICLE_TITLE, exact: true }), ARTICLE);
    expect(await h1()).toBe(ARTICLE_TITLE);
  });

  it('the header search box still submits to /search/?q=…, which says how to browse instead', async () => {
    await page.goto(siteUrl('/'), { waitUntil: 'load' });
    const box = page.locator('header form[role="search"] input[name="q"]');
    await box.fill('Geneva');
    await box.press('Enter');
    await page.waitForURL((url) => url.pathname === '/search/' && url.searchParams.get('q') === 'Geneva');
    expect(await h1()).toBe('Search');
    // The <noscript> note renders only because JavaScript really is off.
    expect(await mainText(), 'the search page’s <noscript> note').toMatch(/JavaScript/i);
  });
});
