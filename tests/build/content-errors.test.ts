/**
 * A build of content with broken references fails and says what to fix in every file at once,
 * before anything is rendered or written.
 */
import { existsSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type BuildResult } from '../helpers/build';

const content = 'tests/fixtures/broken-refs/content';
const article = `${content}/articles/2026-02-20-broken.md`;
let checked: BuildResult;

beforeAll(async () => {
  checked = await buildSite({ content, name: 'broken-refs' });
});

describe('a build with missing references', () => {
  it('fails before rendering, listing every broken reference with its line and fix', () => {
    expect(checked.ok).toBe(false);
    expect(checked.output).toContain(`${article}:3: error: dateline: unknown location "harbour-city". Fix: did you mean "harbor-city"?`);
    expect(checked.output).toContain(`${article}:6: error: actors[1]: unknown actor "ana-arden". Fix: did you mean "anna-arden"?`);
    expect(checked.output).toContain(
      `${article}:10: error: events[0].actors[0]: unknown actor "nobody-at-all". Fix: create ${content}/actors/nobody-at-all.md`,
    );
    expect(checked.output).toContain(`${content}/actors/anna-arden.md:4: error: country: unknown location "atlantis"`);
    expect(checked.output).toContain('4 content errors. Build failed: nothing was written.');
    expect(existsSync(checked.outDir)).toBe(false);
  });
});
