/**
 * Layouts at a phone's 375 px and a laptop's 1280 px: no page scrolls sideways, and full-page
 * screenshots of the main templates go to tests/e2e/screenshots/<name>-<width>.png (git-ignored).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closePage, launchBrowser, newPage, openTemplate, template, TEMPLATES } from './support';

const WIDTHS = [375, 1280] as const;
const SCREENSHOTS = join(import.meta.dirname, 'screenshots');
const SCREENSHOT_TEMPLATES = ['front', 'article', 'actor', 'timeline'];

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
  mkdirSync(SCREENSHOTS, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

describe.each(WIDTHS)('at %i px wide', (width) => {
  it.each(TEMPLATES.map((t) => [t.name, t] as const))('%s does not scroll sideways', async (_, t) => {
    const page = await newPage(browser, { viewport: { width, height: 800 } });
    try {
      await openTemplate(page, t);
      const { scrollWidth, innerWidth, culprits } = await page.evaluate(() => {
        const describe = (el: Element): string => {
          const id = el.id ? `#${el.id}` : '';
          const classes = [...el.classList].map((c) => `.${c}`).join('');
          return `${el.tagName.toLowerCase()}${id}${classes}`;
        };
        const path = (el: Element): string => {
          const parts: string[] = [];
          for (let node: Element | null = el; node && node !== document.body; node = node.parentElement) parts.unshift(describe(node));
          return parts.join(' > ');
        };
        const width = window.innerWidth;
        // The outermost elements that stick out past the right edge: where the overflow starts.
        const over = [...document.body.querySelectorAll('*')].filter((el) => el.getBoundingClientRect().right > width + 0.5);
        const outermost = over.filter((el) => !over.some((other) => other !== el && other.contains(el)));
        return {
          scrollWidth: document.documentElement.scrollWidth,
          innerWidth: width,
          culprits: outermost.slice(0, 10).map((el) => `${path(el)} (right edge ${Math.round(el.getBoundingClientRect().right)} px)`),
        };
      });
      expect(
        scrollWidth,
        `${t.path} at ${width} px: document is ${scrollWidth} px wide, window ${innerWidth} px; wider elements:\n  ${culprits.join('\n  ')}`,
      ).toBeLessThanOrEqual(innerWidth);
    } finally {
      await closePage(page);
    }
  });

  it.each(SCREENSHOT_TEMPLATES)(`screenshot: %s-${width}.png`, async (name) => {
    const page = await newPage(browser, { viewport: { width, height: 800 } });
    try {
      await openTemplate(page, template(name));
      // Web fonts (if any) and images settled before the shot.
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      const file = join(SCREENSHOTS, `${name}-${width}.png`);
      const png = await page.screenshot({ path: file, fullPage: true, animations: 'disabled' });
      expect(png.byteLength, `${file} was written`).toBeGreaterThan(1000);
    } finally {
      await closePage(page);
    }
  });
});
