/**
 * Every template loads cleanly: no console errors (CSP violations included), no uncaught exceptions,
 * no failed requests and no 4xx/5xx responses — except the 404 page's own document.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closePage, launchBrowser, newPage, openTemplate, recordProblems, siteUrl, TEMPLATES } from './support';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('console and network', () => {
  it.each(TEMPLATES.map((t) => [t.name, t] as const))('%s loads with no errors and no failed requests', async (_, t) => {
    const page = await newPage(browser);
    const problems = recordProblems(page);
    if (t.status === 404) problems.allow(siteUrl(t.path));
    try {
      await openTemplate(page, t);
      expect(problems.list, `problems while loading ${t.path}`).toEqual([]);
    } finally {
      await closePage(page);
    }
  });
});
