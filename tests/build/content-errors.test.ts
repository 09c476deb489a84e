/** A build of content with broken references fails, and says what to fix in every file at once. */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type BuildResult } from '../helpers/build';

let result: BuildResult;

beforeAll(async () => {
  result = await buildSite({ content: 'tests/fixtures/broken-refs/content', name: 'broken-refs' });
});

describe('a build with missing references', () => {
  it('fails', () => {
    expect(result.ok).toBe(false);
  });

  it('reports every broken reference with its file, field, missing id and fix', () => {
    const article = 'tests/fixtures/broken-refs/content/articles/2026-02-20-broken.md';
    expect(result.output).toContain('4 broken references in content');
    expect(result.output).toContain(`${article}: dateline: unknown location "harbour-city". Fix: did you mean "harbor-city"?`);
    expect(result.output).toContain(`${article}: actors[1]: unknown actor "ana-arden". Fix: did you mean "anna-arden"?`);
    expect(result.output).toContain(
      `${article}: events[0].actors[0]: unknown actor "nobody-at-all". Fix: create tests/fixtures/broken-refs/content/actors/nobody-at-all.md`,
    );
    expect(result.output).toContain('tests/fixtures/broken-refs/content/actors/anna-arden.md: country: unknown location "atlantis"');
  });
});
