/**
 * The resolver against its table (tests/fixtures/dates/cases.ts): every case in the three time
 * zones of the unit projects, and once more in a child process under Pacific/Apia, whose clocks
 * skipped 30 December 2011: a resolver that does calendar arithmetic through local midnight
 * loses that day there.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { findDates, type DateMention } from '../../src/lib/news-dates';
import { parsePartialDate } from '../../src/lib/partial-date';
import { CASES } from '../fixtures/dates/cases';

const value = (m: DateMention) => (m.value.end ? `${m.value.start.iso}/${m.value.end.iso}` : m.value.start.iso);

describe.each([...new Set(CASES.map((c) => c.point))])('%s', (point) => {
  const cases = CASES.filter((c) => c.point === point).map((c) => [`${c.published}: ${c.text}`, c] as const);
  it.each(cases)('%s', (_, c) => {
    const mentions = findDates(c.text, parsePartialDate(c.published));
    expect(mentions.map((m) => `${m.text}=${value(m)}`)).toEqual(c.expected);
    for (const m of mentions) expect(c.text.slice(m.start, m.end)).toBe(m.text);
  });
});

describe('the table under TZ=Pacific/Apia (a child process)', () => {
  it('gives every case the same answer', { timeout: 60_000 }, () => {
    const child = spawnSync('node_modules/.bin/node', ['node_modules/tsx/dist/cli.mjs', 'tests/fixtures/dates/resolve-table.ts'], {
      encoding: 'utf8',
      env: { ...process.env, TZ: 'Pacific/Apia' },
    });
    expect(child.stderr).toBe('');
    const check = spawnSync('node_modules/.bin/node', ['-e', 'process.stdout.write(String(new Date(2011, 11, 30).getDate()))'], {
      encoding: 'utf8',
      env: { ...process.env, TZ: 'Pacific/Apia' },
    });
    expect(check.stdout, 'the child really runs in a zone without 30 December 2011').toBe('31');
    const answers = JSON.parse(child.stdout) as string[][];
    const wrong = CASES.map((c, i) => ({ case: `${c.published}: ${c.text}`, expected: c.expected, got: answers[i] })).filter(
      (r) => JSON.stringify(r.expected) !== JSON.stringify(r.got),
    );
    expect(wrong).toEqual([]);
  });
});
