/**
 * Search, as the reader uses it: the header box on every page (a plain GET form), /search/?q=…
 * running on load, and facet checkboxes that browse by actor, place or year without any words.
 */
import { readdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { ARTICLE, ARTICLE_TITLE, closePage, launchBrowser, newPage, recordProblems, siteUrl, squash } from './support';

let browser: Browser;
let page: Page;
let problems: ReturnType<typeof recordProblems>;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});
beforeEach(async () => {
  page = await newPage(browser, { viewport: { width: 1280, height: 800 } });
  problems = recordProblems(page);
});
afterEach(async () => {
  await closePage(page);
});

interface Results {
  status: string;
  links: { text: string; href: string }[];
}

/** Waits until #search-status reports a count ("1 result …"), then reads the listed results. */
async function results(): Promise<Results> {
  const status = page.locator('#search-status');
  await expect(status.getAttribute('role'), '#search-status is a live region (role=status)').resolves.toBe('status');
  try {
    await page.waitForFunction(
      () => /\b\d+ results?\b/.test(document.getElementById('search-status')?.textContent ?? ''),
      undefined,
      { timeout: 15_000 },
    );
  } catch {
    throw new Error(`the search never reported a result count; #search-status says "${squash(await status.textContent())}"`);
  }
  const links = await page.locator('ol#search-results > li a').evaluateAll((anchors) =>
    anchors.map((a) => ({ text: (a.textContent ?? '').replace(/\s+/g, ' ').trim(), href: (a as HTMLAnchorElement).href })),
  );
  return { status: squash(await status.textContent()), links };
}

function expectTheStory(found: Results, what: string): void {
  const story = found.links.find((link) => new URL(link.href).pathname.endsWith(ARTICLE));
  expect(story, `${what}: a result linking to ${ARTICLE}; got ${JSON.stringify(found.links)}`).toBeDefined();
  expect(story!.text).toBe(ARTICLE_TITLE);
  expect(found.status, `${what}: #search-status`).toMatch(/\b1 result\b/);
}

describe('the header search box', () => {
  it('is a plain GET form to /search/ with a q box on every page', async () => {
    const pages = readdirSync(inject('e2eSiteDir'), { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.html'))
      .map((file) => `/${file.replace(/(^|\/)index\.html$/, '$1')}`)
      .sort();
    expect(pages.length).toBeGreaterThan(10);
    const missing: string[] = [];
    for (const path of pages) {
      await page.goto(siteUrl(path), { waitUntil: 'domcontentloaded' });
      const form = page.locator('header form[role="search"][action="/search/"][method="get" i]');
      const box = form.locator('input[type="search"][name="q"]');
      if ((await form.count()) !== 1 || (await box.count()) !== 1 || !(await box.isVisible())) missing.push(path);
    }
    expect(missing, 'pages whose <header> lacks a visible <form role="search" action="/search/" method="get"> with <input type="search" name="q">').toEqual([]);
  });

  it('takes a query from the front page to /search/?q=… with results', async () => {
    await page.goto(siteUrl('/'), { waitUntil: 'networkidle' });
    const box = page.locator('header form[role="search"] input[name="q"]');
    await box.fill('Geneva');
    await box.press('Enter');
    await page.waitForURL((url) => url.pathname === '/search/' && url.searchParams.get('q') === 'Geneva');
    expectTheStory(await results(), 'the header box, “Geneva”');
    await expect(page.locator('main input[name="q"]').inputValue(), 'the search page’s own box shows the query').resolves.toBe('Geneva');
    expect(problems.list).toEqual([]);
  });
});

describe('the search page', () => {
  it.each([
    ['a place', 'Geneva'],
    ['an actor’s name', 'Araghchi'],
  ])('finds the story by %s on load: /search/?q=%s', async (_, query) => {
    await page.goto(siteUrl(`/search/?q=${encodeURIComponent(query)}`), { waitUntil: 'networkidle' });
    await expect(page.locator('main h1').innerText()).resolves.toBe('Search');
    expectTheStory(await results(), `/search/?q=${query}`);
    expect(problems.list).toEqual([]);
  });

  it.each([
    ['actor', 'Sergey Lavrov'],
    ['location', 'Geneva'],
    ['year', '2026'],
  ])('lists the story when the %s facet “%s” is ticked with no words', async (facet, value) => {
    await page.goto(siteUrl('/search/'), { waitUntil: 'networkidle' });
    await expect(page.locator('ol#search-results > li').count(), 'no results before anything is asked').resolves.toBe(0);
    const box = page.locator(`main form input[type="checkbox"][name="${facet}"][value="${value}"]`);
    await expect(box.count(), `a checkbox name="${facet}" value="${value}" in the search form`).resolves.toBe(1);
    await box.check();
    expectTheStory(await results(), `facet ${facet}=${value}`);
    expect(problems.list).toEqual([]);
  });
});
