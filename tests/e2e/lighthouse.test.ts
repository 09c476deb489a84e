/**
 * Lighthouse 13 on the story page, as a phone (Lighthouse's mobile defaults) and as a desktop:
 * accessibility, best practices and SEO at 0.95 or more. The performance score is printed, never
 * asserted (it depends on the machine). Everything Lighthouse loads must come from the local server.
 * The HTML reports go to tests/e2e/screenshots/ with the screenshots.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { desktopConfig, type Flags, type Result } from 'lighthouse';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ARTICLE, CHROMIUM_ARGS, CHROMIUM_PATH, siteUrl } from './support';

const THRESHOLD = 0.95;
const ASSERTED = ['accessibility', 'best-practices', 'seo'] as const;
const REPORTS = join(import.meta.dirname, 'screenshots');

let chrome: chromeLauncher.LaunchedChrome;

beforeAll(async () => {
  chrome = await chromeLauncher.launch({ chromePath: CHROMIUM_PATH, chromeFlags: CHROMIUM_ARGS, logLevel: 'silent' });
  mkdirSync(REPORTS, { recursive: true });
});
afterAll(() => {
  chrome?.kill();
});

type AuditResult = Result['audits'][string];

/** What to fix: each audit of a category that did not pass, with the nodes or URLs it names. */
function failingAudits(lhr: Result, category: string): string {
  const refs = lhr.categories[category]?.auditRefs ?? [];
  const lines: string[] = [];
  for (const ref of refs) {
    const audit: AuditResult | undefined = lhr.audits[ref.id];
    if (!audit || audit.score === null || audit.score >= 1 || audit.scoreDisplayMode === 'informative') continue;
    lines.push(`• ${audit.id} (weight ${ref.weight}, score ${audit.score}): ${audit.title}`);
    const details = audit.details as { items?: Array<Record<string, unknown>> } | undefined;
    for (const item of (details?.items ?? []).slice(0, 8)) {
      const node = item.node as { selector?: string; snippet?: string } | undefined;
      const where = node ? `${node.selector ?? ''} ${node.snippet ?? ''}` : String(item.url ?? item.source ?? item.description ?? JSON.stringify(item));
      lines.push(`    ${where.slice(0, 240)}`);
    }
  }
  return lines.join('\n') || '(no failing audit listed)';
}

/** Every URL the page requested, for checking that Lighthouse never left the local server. */
function requestedUrls(lhr: Result): string[] {
  const details = lhr.audits['network-requests']?.details as { items?: Array<{ url?: string }> } | undefined;
  return (details?.items ?? []).map((item) => item.url ?? '');
}

describe.each(['mobile', 'desktop'] as const)('Lighthouse on the story page (%s)', (formFactor) => {
  let lhr: Result;

  beforeAll(async () => {
    const flags: Flags = {
      port: chrome.port,
      output: 'html',
      logLevel: 'error',
      onlyCategories: ['performance', ...ASSERTED],
      // Measure as loaded: no simulated slow network or CPU on top of a local server.
      throttlingMethod: 'provided',
      formFactor,
    };
    const result = await lighthouse(siteUrl(ARTICLE), flags, formFactor === 'desktop' ? desktopConfig : undefined);
    if (!result) throw new Error('Lighthouse returned no result');
    lhr = result.lhr;
    const report = Array.isArray(result.report) ? result.report.join('\n') : result.report;
    writeFileSync(join(REPORTS, `lighthouse-article-${formFactor}.html`), report);
    if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
  });

  it('prints the scores', () => {
    const score = (id: string) => lhr.categories[id]?.score;
    console.log(
      `Lighthouse ${lhr.lighthouseVersion} (${formFactor}) ${ARTICLE}: performance ${score('performance')}, ` +
        ASSERTED.map((id) => `${id} ${score(id)}`).join(', ') +
        (lhr.runWarnings.length ? `\n  warnings: ${lhr.runWarnings.join('; ')}` : ''),
    );
    expect(lhr.finalDisplayedUrl).toBe(siteUrl(ARTICLE));
  });

  it.each(ASSERTED)(`scores at least ${THRESHOLD} for %s`, (category) => {
    const score = lhr.categories[category]?.score ?? 0;
    expect(score, `Lighthouse ${category} (${formFactor}) is ${score}; failing audits:\n${failingAudits(lhr, category)}`).toBeGreaterThanOrEqual(THRESHOLD);
  });

  it('loads nothing from outside the local server', () => {
    const origin = new URL(inject('e2eBaseUrl')).origin;
    const outside = requestedUrls(lhr).filter((url) => !url.startsWith(`${origin}/`) && !/^(data|blob):/.test(url));
    expect(requestedUrls(lhr).length, 'Lighthouse recorded the page’s requests').toBeGreaterThan(0);
    expect(outside, 'requests that left 127.0.0.1').toEqual([]);
  });
});
