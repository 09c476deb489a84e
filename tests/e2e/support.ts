/**
 * Shared pieces of the e2e tests: the served site's address, a headless Chromium, the page templates
 * a reader can reach, and a recorder of everything that goes wrong while a page loads.
 */
import { chromium, type Browser, type BrowserContextOptions, type Page, type Response } from 'playwright-core';
import { inject } from 'vitest';

export const CHROMIUM_PATH = '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const ARTICLE = '/articles/2026-02-20-lavrov-araghchi-call/';
export const ARTICLE_TITLE = 'Lavrov reaffirms Russian support for US-Iran talks in call with Araghchi';

/** Absolute URL of a path on the served demo site. */
export function siteUrl(path: string): string {
  return new URL(path.replace(/^\//, ''), inject('e2eBaseUrl')).href;
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

/** A fresh page in its own context (axe needs a page from browser.newContext()). */
export async function newPage(browser: Browser, options: BrowserContextOptions = {}): Promise<Page> {
  const context = await browser.newContext(options);
  return context.newPage();
}

export async function closePage(page: Page): Promise<void> {
  await page.context().close();
}

export interface Template {
  /** Short name, used in test titles and screenshot file names. */
  readonly name: string;
  readonly path: string;
  /** The page's visible <h1> text (a regular expression for the dynamic ones). */
  readonly heading: string | RegExp;
  /** The status the document itself is served with. */
  readonly status?: number;
  /** A selector that must be visible before the page counts as ready (search results). */
  readonly ready?: string;
}

/** One page of every template the site has. */
export const TEMPLATES: readonly Template[] = [
  { name: 'front', path: '/', heading: /Dateline/ },
  { name: 'article', path: ARTICLE, heading: ARTICLE_TITLE },
  { name: 'timeline', path: '/timeline/', heading: 'Timeline' },
  { name: 'upcoming', path: '/upcoming/', heading: 'Upcoming' },
  { name: 'actors-index', path: '/actors/', heading: 'Actors' },
  { name: 'actor', path: '/actors/sergey-lavrov/', heading: 'Sergey Lavrov' },
  { name: 'dates-index', path: '/dates/', heading: 'Dates' },
  { name: 'year', path: '/dates/2026/', heading: '2026' },
  { name: 'month', path: '/dates/2026/02/', heading: 'February 2026' },
  { name: 'day', path: '/dates/2026/02/20/', heading: 'Friday 20 February 2026' },
  { name: 'locations-index', path: '/locations/', heading: 'Places' },
  { name: 'location', path: '/locations/geneva/', heading: 'Geneva' },
  { name: '404', path: '/no-such-page/', heading: 'Page not found', status: 404 },
  { name: 'search', path: '/search/?q=Geneva', heading: 'Search', ready: '#search-results li a' },
];

export const template = (name: string): Template => {
  const found = TEMPLATES.find((t) => t.name === name);
  if (!found) throw new Error(`no template named ${name}`);
  return found;
};

/**
 * Opens a template's page and waits until it is ready: the network is idle, the <h1> reads as
 * expected, and any dynamic content (search results) is shown. Fails with what went wrong.
 */
export async function openTemplate(page: Page, t: Template): Promise<Response> {
  const response = await page.goto(siteUrl(t.path), { waitUntil: 'networkidle' });
  if (!response) throw new Error(`${t.path}: no response`);
  if (response.status() !== (t.status ?? 200)) {
    throw new Error(`${t.path}: served with status ${response.status()}, expected ${t.status ?? 200}`);
  }
  const h1 = page.locator('h1').first();
  await h1.waitFor({ state: 'attached' });
  const heading = (await h1.innerText()).replace(/\s+/g, ' ').trim();
  const matches = typeof t.heading === 'string' ? heading === t.heading : t.heading.test(heading);
  if (!matches) throw new Error(`${t.path}: the <h1> reads "${heading}", expected ${String(t.heading)}`);
  if (t.ready) {
    await page
      .locator(t.ready)
      .first()
      .waitFor({ state: 'visible', timeout: 15_000 })
      .catch(async () => {
        const status = await page.locator('#search-status').textContent().catch(() => null);
        throw new Error(`${t.path}: "${t.ready}" never appeared${status ? ` (#search-status says "${status.trim()}")` : ''}`);
      });
    await page.waitForLoadState('networkidle');
  }
  return response;
}

/** Everything that went wrong in a page: console errors, uncaught exceptions, failed requests and 4xx/5xx responses. */
export interface PageProblems {
  readonly list: string[];
  /** Responses that are allowed to fail (the deliberate 404 document). */
  allow(url: string): void;
}

export function recordProblems(page: Page): PageProblems {
  const list: string[] = [];
  const allowed = new Set<string>();
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const where = message.location();
    // Chromium logs every 4xx as "Failed to load resource"; the deliberate 404 page load is no error.
    if (allowed.has(where.url) && message.text().startsWith('Failed to load resource')) return;
    const at = where.url ? ` (at ${where.url}:${where.lineNumber})` : '';
    list.push(`console error: ${message.text()}${at}`);
  });
  page.on('pageerror', (error) => list.push(`uncaught exception: ${error.message}`));
  page.on('requestfailed', (request) =>
    list.push(`request failed: ${request.method()} ${request.url()} — ${request.failure()?.errorText ?? 'unknown error'}`),
  );
  page.on('response', (response) => {
    if (response.status() >= 400 && !allowed.has(response.url())) {
      list.push(`HTTP ${response.status()}: ${response.request().method()} ${response.url()}`);
    }
  });
  return {
    list,
    allow: (url) => {
      allowed.add(url);
    },
  };
}

/** Visible text with runs of white space collapsed. */
export const squash = (text: string | null): string => (text ?? '').replace(/\s+/g, ' ').trim();
