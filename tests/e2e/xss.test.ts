/**
 * A story whose raw HTML tries every usual way to run code (tests/fixtures/xss): in a real browser
 * no dialog ever opens, whatever the reader does on the page.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../helpers/build';
import { serveStatic, type StaticServer } from '../helpers/serve';
import { closePage, launchBrowser, newPage } from './support';

let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  const site = await buildSite({ content: 'tests/fixtures/xss/content', name: 'e2e-xss' });
  if (!site.ok) throw new Error(site.output);
  server = await serveStatic(site.outDir);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('hostile HTML in a story', () => {
  it('opens no dialog on load, hover, click or focus', async () => {
    const page: Page = await newPage(browser);
    const dialogs: string[] = [];
    page.on('dialog', async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
    await page.goto(new URL('articles/2026-02-20-hostile-html/', server.url).href, { waitUntil: 'load' });
    expect(await page.locator('h1').textContent()).toBe('A story whose raw HTML tries to run code');
    const body = page.locator('.story-body');
    for (const element of await body.locator('*').all()) {
      await element.hover({ force: true, timeout: 1000 }).catch(() => undefined);
    }
    await page.keyboard.press('Tab');
    await body.getByText('a javascript: link').click({ timeout: 2000 }).catch(() => undefined);
    await page.waitForTimeout(300); // let any stray handler fire before counting
    expect(dialogs).toEqual([]);
    expect(await page.evaluate(() => document.querySelectorAll('script:not([type="application/ld+json"])').length)).toBe(0);
    await closePage(page);
  });
});
