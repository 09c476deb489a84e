/**
 * axe-core on one page of every template: zero violations of any impact.
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Result } from 'axe-core';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closePage, launchBrowser, newPage, openTemplate, TEMPLATES } from './support';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** One line per rule and one per failing node, with its selector and axe's summary of the fix. */
function describeViolations(violations: Result[]): string {
  return violations
    .map((v) =>
      [
        `• ${v.id} (${v.impact ?? 'no impact'}): ${v.help} — ${v.helpUrl}`,
        ...v.nodes.map((node) => `    ${node.target.join(' ')}\n      ${(node.failureSummary ?? '').replace(/\n/g, '\n      ')}\n      ${node.html.slice(0, 200)}`),
      ].join('\n'),
    )
    .join('\n');
}

describe.each([375, 1280])('axe at %i px', (width) => {
  it.each(TEMPLATES.map((t) => [t.name, t] as const))('%s has no violations', async (_, t) => {
    const page = await newPage(browser, { viewport: { width, height: 800 } });
    try {
      await openTemplate(page, t);
      const { violations } = await new AxeBuilder({ page }).analyze();
      expect(violations.length, `axe violations on ${t.path} at ${width} px:\n${describeViolations(violations)}`).toBe(0);
    } finally {
      await closePage(page);
    }
  });
});
