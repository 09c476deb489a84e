/**
 * A build of content with broken references fails and says what to fix in every file at once —
 * from the content check before Astro runs, and from the site index should Astro run anyway.
 */
import { existsSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type BuildResult } from '../helpers/build';

const content = 'tests/fixtures/broken-refs/content';
const article = `${content}/articles/2026-02-20-broken.md`;
let checked: BuildResult;
let unchecked: BuildResult;

beforeAll(async () => {
  checked = await buildSite({ content, name: 'broken-refs' });
  unchecked = await buildSite({ content, name: 'broken-refs-unchecked', env: { DATELINE_SKIP_LINT: '1' } });
});

describe('a build with missing references', () => {
  it('fails before Astro runs, listing every broken reference with its line and fix', () => {
    expect(checked.ok).toBe(false);
    expect(checked.output).toContain(`${article}:3: error: dateline: unknown location "harbour-city". Fix: did you mean "harbor-city"?`);
    expect(checked.output).toContain(`${article}:6: error: actors[1]: unknown actor "ana-arden". Fix: did you mean "anna-arden"?`);
    expect(checked.output).toContain(
      `${article}:10: error: events[0].actors[0]: unknown actor "nobody-at-all". Fix: create ${content}/actors/nobody-at-all.md`,
    );
    expect(checked.output).toContain(`${content}/actors/anna-arden.md:4: error: country: unknown location "atlantis"`);
    expect(checked.output).toContain('4 content errors. Build failed: nothing was written.');
    expect(checked.output).not.toContain('[build]'); // Astro never started
  });

  it('still fails inside Astro when the check is skipped, with the same problems, and writes nothing', () => {
    expect(unchecked.ok).toBe(false);
    expect(unchecked.output).toContain('4 broken references in content');
    expect(unchecked.output).toContain(`${article}: actors[1]: unknown actor "ana-arden"`);
    expect(unchecked.output).toContain('Build failed: nothing was written.');
    expect(existsSync(unchecked.outDir)).toBe(false);
    expect(existsSync('.astro/.prerender'), 'Astro’s half-built chunks').toBe(false);
  });
});
