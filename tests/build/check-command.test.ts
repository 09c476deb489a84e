/** `npm run check` as an editor runs it: exit code and messages, on real content folders. */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

function check(content: string) {
  const result = spawnSync('node_modules/.bin/tsx', ['scripts/check.ts', '--content-only'], {
    env: { ...process.env, DATELINE_CONTENT: content, NO_COLOR: '1' },
    encoding: 'utf8',
  });
  return { status: result.status, output: result.stdout + result.stderr };
}

describe('npm run check', () => {
  it('passes the demo content with no error or warning', () => {
    const { status, output } = check('content');
    expect(output).toContain('0 errors, 0 warnings');
    expect(status).toBe(0);
  });

  it('exits 0 on warnings alone, printing each with file, line and fix', () => {
    const { status, output } = check('tests/fixtures/site/content');
    expect(status).toBe(0);
    expect(output).toContain(
      'tests/fixtures/site/content/articles/2026-02-20-summit.md:9: warning: actors[2]: actor "northland" is never named in the text. Fix: add the name the text uses to "aliases" in tests/fixtures/site/content/actors/northland.md, or remove "northland" from actors.',
    );
  });

  it('exits 1 and reports every error of the run', () => {
    const { status, output } = check('tests/fixtures/broken-refs/content');
    expect(status).toBe(1);
    const errors = output.split('\n').filter((line) => line.includes(': error: '));
    expect(errors).toEqual([
      'tests/fixtures/broken-refs/content/actors/anna-arden.md:4: error: country: unknown location "atlantis". Fix: create tests/fixtures/broken-refs/content/locations/atlantis.md or remove "atlantis" from country.',
      'tests/fixtures/broken-refs/content/articles/2026-02-20-broken.md:3: error: dateline: unknown location "harbour-city". Fix: did you mean "harbor-city"? Otherwise create tests/fixtures/broken-refs/content/locations/harbour-city.md or remove "harbour-city" from dateline.',
      'tests/fixtures/broken-refs/content/articles/2026-02-20-broken.md:6: error: actors[1]: unknown actor "ana-arden". Fix: did you mean "anna-arden"? Otherwise create tests/fixtures/broken-refs/content/actors/ana-arden.md or remove "ana-arden" from actors.',
      'tests/fixtures/broken-refs/content/articles/2026-02-20-broken.md:10: error: events[0].actors[0]: unknown actor "nobody-at-all". Fix: create tests/fixtures/broken-refs/content/actors/nobody-at-all.md or remove "nobody-at-all" from events[0].actors.',
    ]);
    expect(output).toContain('4 errors, 1 warning');
  });
});
